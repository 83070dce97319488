import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nextClassName } from '@/domain/students/rollover'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

let t: TestContext
const ids = { current: 0, next: 0 }
const idOf = (value: any) => (typeof value === 'object' && value !== null ? value.id : value)
const seatedCount = async (year: number, grades: number[]) => {
  const classes = await t.payload.find({
    collection: 'classes',
    where: { and: [{ schoolYear: { equals: year } }, { grade: { in: grades } }] },
    pagination: false,
  })
  return (
    await t.payload.count({
      collection: 'enrolments',
      where: {
        and: [
          { class: { in: classes.docs.map((c) => c.id) } },
          { isLatest: { equals: true } },
          { status: { in: ['studying', 'transferred-in'] } },
        ],
      },
    })
  ).totalDocs
}

beforeAll(async () => {
  t = await bootPayload()
  ids.current = (
    await t.payload.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })
  ).docs[0]!.id
  const next = await t.payload.create({
    collection: 'school-years',
    data: { name: '2027-2028', startDate: '2027-09-05', endDate: '2028-05-31', isCurrent: false },
  })
  ids.next = next.id
  // The next grade's class for every class of grades 6–8 this year (other test files may have
  // added classes), except 9A2, left for the test of a missing class.
  const now = await t.payload.find({
    collection: 'classes',
    where: { and: [{ schoolYear: { equals: ids.current } }, { grade: { in: [6, 7, 8] } }] },
    pagination: false,
  })
  const names = new Set(
    now.docs.map((c) => nextClassName(c.name)).filter((n): n is string => n !== null && n !== '9A2'),
  )
  for (const name of names) {
    await t.payload.create({ collection: 'classes', data: { name, grade: Number(name[0]), schoolYear: ids.next } })
  }
})
afterAll(async () => {
  // Other files expect the demo school's two years: remove the test's year and what it holds.
  if (ids.next) {
    await t.payload.delete({
      collection: 'enrolments',
      where: { schoolYear: { equals: ids.next } },
      overrideAccess: true,
    })
    await t.payload.delete({ collection: 'classes', where: { schoolYear: { equals: ids.next } }, overrideAccess: true })
    await t.payload.delete({ collection: 'school-years', id: ids.next, overrideAccess: true })
  }
  await shutdownPayload(t)
})

describe('yearly roll-over (gradebook administrator)', () => {
  it('only the gradebook administrator previews or runs it', async () => {
    for (const email of ['gv.toan@haugiang.test', 'hieutruong@haugiang.test']) {
      const token = await t.api.login(email)
      expect(
        (await t.api.rest('GET', '/enrolments/rollover', { token, query: { from: ids.current, to: ids.next } })).status,
      ).toBe(403)
      expect(
        (await t.api.rest('POST', '/enrolments/rollover', { token, body: { from: ids.current, to: ids.next } })).status,
      ).toBe(403)
    }
  })

  it('a missing class in the new year shows in the preview and blocks the run; nothing is written', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const preview = await t.api.rest('GET', '/enrolments/rollover', {
      token,
      query: { from: ids.current, to: ids.next },
    })
    expect(preview.status).toBe(200)
    expect(preview.body.problems).toEqual([expect.objectContaining({ className: '9A2' })])
    const run = await t.api.rest('POST', '/enrolments/rollover', { token, body: { from: ids.current, to: ids.next } })
    expect(run.status).toBe(400)
    expect(
      (await t.payload.count({ collection: 'enrolments', where: { schoolYear: { equals: ids.next } } })).totalDocs,
    ).toBe(0)
  })

  it('moves every promoted student up a grade in one run, grade 9 finishing; a second run moves nobody', async () => {
    await t.payload.create({ collection: 'classes', data: { name: '9A2', grade: 9, schoolYear: ids.next } })
    const token = await t.api.login('sodiem@haugiang.test')
    const keptBack = (
      await t.payload.find({ collection: 'students', where: { 'currentClass.name': { equals: '7A2' } }, limit: 1 })
    ).docs[0]!
    const preview = await t.api.rest('GET', '/enrolments/rollover', {
      token,
      query: { from: ids.current, to: ids.next },
    })
    expect(preview.body.problems).toEqual([])
    const movable = await seatedCount(ids.current, [6, 7, 8])
    expect(preview.body.moves).toHaveLength(movable)
    expect(preview.body.finishing).toBe(await seatedCount(ids.current, [9]))
    expect(preview.body.moves.find((m: any) => m.fromClass === '6A1').toClass).toBe('7A1')

    const run = await t.api.rest('POST', '/enrolments/rollover', {
      token,
      body: { from: ids.current, to: ids.next, keptBack: [keptBack.id] },
    })
    expect(run.status).toBe(201)
    expect(run.body.moves).toHaveLength(movable - 1)
    expect(run.body.keptBack).toBe(1)
    expect(
      (await t.payload.count({ collection: 'enrolments', where: { schoolYear: { equals: ids.next } } })).totalDocs,
    ).toBe(movable - 1)
    const again = await t.api.rest('POST', '/enrolments/rollover', { token, body: { from: ids.current, to: ids.next } })
    expect(again.body.moves.length).toBe(1) // only the student kept back the first time
    expect(again.body.alreadyPlaced).toBe(movable - 1)
  })

  it('when the new year becomes current, current classes follow; and back', async () => {
    const student = (
      await t.payload.find({ collection: 'students', where: { 'currentClass.name': { equals: '6A1' } }, limit: 1 })
    ).docs[0]!
    const before = idOf(student.currentClass)
    await t.payload.update({ collection: 'school-years', id: ids.next, data: { isCurrent: true } })
    const moved = await t.payload.findByID({ collection: 'students', id: student.id, depth: 1 })
    expect((moved.currentClass as { name: string }).name).toBe('7A1')
    const finished = await t.payload.count({ collection: 'students', where: { 'currentClass.grade': { equals: 6 } } })
    expect(finished.totalDocs).toBe(0)
    await t.payload.update({ collection: 'school-years', id: ids.current, data: { isCurrent: true } })
    expect(idOf((await t.payload.findByID({ collection: 'students', id: student.id })).currentClass)).toBe(before)
  })
})
