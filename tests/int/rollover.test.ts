import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext } from '../helpers/payload'
import { createFinishedYear, removeYears } from '../helpers/yearEndFixture'

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 })

let t: TestContext
let fixture: Awaited<ReturnType<typeof createFinishedYear>>
const ids = { next: 0 }
const PRINCIPAL = 'hieutruong@haugiang.test'
const HOMEROOM = 'gv.van@haugiang.test'
const ADMIN = 'sodiem@haugiang.test'

const post = async (email: string, path: string, body: object) =>
  t.api.rest('POST', path as `/${string}`, { token: await t.api.login(email), body })

/** The class through its year-end steps, as the people do it (REST); summer training as given. */
const closeClass = async (classId: number, summerTraining: Record<string, string> = {}) => {
  expect((await post(HOMEROOM, '/year-end-results/compute', { class: classId })).status).toBe(200)
  const docs = (await t.payload.find({ collection: 'year-end-results', where: { class: { equals: classId } } })).docs
  for (const d of docs)
    await t.payload.update({
      collection: 'year-end-results',
      id: d.id,
      data: { comment: 'Có cố gắng.' },
      context: { yearEndSystemWrite: true },
    })
  expect((await post(HOMEROOM, '/year-end-results/propose', { class: classId })).status).toBe(200)
  const approved = await post(PRINCIPAL, '/year-end-results/approve', { class: classId })
  expect(approved.status, JSON.stringify(approved.body).slice(0, 300)).toBe(200)
  if (Object.keys(summerTraining).length > 0)
    expect(
      (await post(HOMEROOM, '/year-end-results/summer', { class: classId, training: summerTraining })).status,
    ).toBe(200)
  expect((await post(PRINCIPAL, '/year-end-results/close', { class: classId })).status).toBe(200)
}

const names = {
  up: 'Đỗ Minh Khôi',
  back: 'Vũ Thị Lan',
  absent: 'Hoàng Văn Nam',
  up7: 'Bùi Thị Oanh',
  done: 'Ngô Gia Phúc',
}

beforeAll(async () => {
  t = await bootPayload()
  fixture = await createFinishedYear(t.payload, '2032-2033', [
    {
      name: '6A1',
      homeroom: HOMEROOM,
      teacher: 'gv.toan@haugiang.test',
      students: [
        { name: names.up, level: 80, conduct: ['tot', 'kha'] },
        { name: names.back, level: 75, conduct: ['chua-dat', 'chua-dat'] },
        { name: names.absent, level: 75, conduct: ['kha', 'kha'], absent: 50 },
      ],
    },
    {
      name: '7A1',
      homeroom: HOMEROOM,
      teacher: 'gv.toan@haugiang.test',
      students: [{ name: names.up7, level: 70, conduct: ['kha', 'kha'] }],
    },
    {
      name: '9A1',
      homeroom: HOMEROOM,
      teacher: 'gv.toan@haugiang.test',
      students: [{ name: names.done, level: 90, conduct: ['tot', 'tot'] }],
    },
  ])
  const next = await t.payload.create({
    collection: 'school-years',
    data: { name: '2033-2034', startDate: '2033-09-05', endDate: '2034-05-31', isCurrent: false },
  })
  ids.next = next.id
  for (const name of ['6A1', '7A1', '8A1'])
    await t.payload.create({ collection: 'classes', data: { name, grade: Number(name[0]), schoolYear: next.id } })
  await closeClass(fixture.classes['6A1']!.id, { [fixture.classes['6A1']!.students[names.back]!]: 'chua-dat' })
  await closeClass(fixture.classes['9A1']!.id)
})
afterAll(async () => {
  await removeYears(t.payload, ['2033-2034', '2032-2033'], (id) => removeTestClass(t.payload, id))
  await shutdownPayload(t)
})

const seatOf = async (studentId: number) =>
  (
    await t.payload.find({
      collection: 'enrolments',
      where: { and: [{ student: { equals: studentId } }, { isLatest: { equals: true } }] },
      sort: '-createdAt',
      depth: 1,
    })
  ).docs.map((e) => ({
    class: (e.class as { name: string }).name,
    // populated at depth 1: compare by id
    year: typeof e.schoolYear === 'object' && e.schoolYear ? e.schoolYear.id : e.schoolYear,
    status: e.status,
  }))

describe('roll-over from the final outcomes (gradebook administrator)', () => {
  it('only the gradebook administrator previews or runs it', async () => {
    for (const email of ['gv.toan@haugiang.test', PRINCIPAL]) {
      const token = await t.api.login(email)
      const query = { from: fixture.yearId, to: ids.next }
      expect((await t.api.rest('GET', '/enrolments/rollover', { token, query })).status).toBe(403)
      expect((await t.api.rest('POST', '/enrolments/rollover', { token, body: query })).status).toBe(403)
    }
  })

  it('a class not closed blocks the run and is listed; nothing is written', async () => {
    const token = await t.api.login(ADMIN)
    const preview = await t.api.rest('GET', '/enrolments/rollover', {
      token,
      query: { from: fixture.yearId, to: ids.next },
    })
    expect(preview.status).toBe(200)
    expect(preview.body.problems).toEqual([expect.objectContaining({ className: '7A1' })])
    const run = await post(ADMIN, '/enrolments/rollover', { from: fixture.yearId, to: ids.next })
    expect(run.status).toBe(400)
    expect(run.body.errors[0].message).toContain('7A1')
    expect(
      (await t.payload.count({ collection: 'enrolments', where: { schoolYear: { equals: ids.next } } })).totalDocs,
    ).toBe(0)
  })

  it('promoted go up, kept back and over-absence repeat, grade 9 graduates; the preview shows each; a second run changes nothing', async () => {
    await closeClass(fixture.classes['7A1']!.id)
    const token = await t.api.login(ADMIN)
    const preview = await t.api.rest('GET', '/enrolments/rollover', {
      token,
      query: { from: fixture.yearId, to: ids.next },
    })
    expect(preview.body.problems).toEqual([])
    const s = (c: string, n: string) => fixture.classes[c]!.students[n]!
    expect(preview.body.moves).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ studentId: s('6A1', names.up), toClass: '7A1', kind: 'promote' }),
        expect.objectContaining({ studentId: s('6A1', names.back), toClass: '6A1', kind: 'repeat' }),
        expect.objectContaining({ studentId: s('6A1', names.absent), toClass: '6A1', kind: 'repeat' }),
        expect.objectContaining({ studentId: s('7A1', names.up7), toClass: '8A1', kind: 'promote' }),
      ]),
    )
    expect(preview.body.moves).toHaveLength(4)
    expect(preview.body.graduating).toEqual([expect.objectContaining({ studentId: s('9A1', names.done) })])

    const run = await post(ADMIN, '/enrolments/rollover', { from: fixture.yearId, to: ids.next })
    expect(run.status, JSON.stringify(run.body).slice(0, 300)).toBe(201)
    expect(run.body.keptBack).toBe(2)
    expect((await seatOf(s('6A1', names.up)))[0]).toMatchObject({ class: '7A1', status: 'studying' })
    expect((await seatOf(s('6A1', names.back))).map((e) => e.class)).toContain('6A1')
    const repeat = (await seatOf(s('6A1', names.back))).find((e) => e.year === ids.next)
    expect(repeat).toMatchObject({ class: '6A1', status: 'studying' })
    const graduated = (await seatOf(s('9A1', names.done)))[0]
    expect(graduated).toMatchObject({ class: '9A1', status: 'graduated' })

    const count = async () =>
      (await t.payload.count({ collection: 'enrolments', where: { schoolYear: { in: [ids.next, fixture.yearId] } } }))
        .totalDocs
    const before = await count()
    const again = await post(ADMIN, '/enrolments/rollover', { from: fixture.yearId, to: ids.next })
    expect(again.status).toBe(201)
    expect(again.body.moves).toEqual([])
    expect(again.body.graduating).toEqual([])
    expect(again.body.alreadyPlaced).toBe(4)
    expect(await count()).toBe(before)
  })
})
