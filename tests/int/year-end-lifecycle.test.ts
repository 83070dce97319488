import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { createFinishedYear, removeYears } from '../helpers/yearEndFixture'

// PDF rendering and whole-class steps are slow on a loaded machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 })

let t: TestContext
let fixture: Awaited<ReturnType<typeof createFinishedYear>>
const PRINCIPAL = 'hieutruong@haugiang.test'
const HOMEROOM = 'gv.van@haugiang.test'
const TEACHER = 'gv.toan@haugiang.test'
const names = {
  good: 'Nguyễn Thị Ánh',
  summer: 'Trần Văn Bình',
  training: 'Lê Thị Cúc',
  absent: 'Phạm Đức Dũng',
}
let classId = 0
const sid = (name: string) => fixture.classes['6A1']!.students[name]!

beforeAll(async () => {
  t = await bootPayload()
  fixture = await createFinishedYear(t.payload, '2030-2031', [
    {
      name: '6A1',
      homeroom: HOMEROOM,
      teacher: TEACHER,
      students: [
        { name: names.good, level: 85, conduct: ['tot', 'tot'] },
        { name: names.summer, level: 30, conduct: ['dat', 'dat'] },
        { name: names.training, level: 70, conduct: ['chua-dat', 'chua-dat'] },
        { name: names.absent, level: 70, conduct: ['kha', 'kha'], absent: 50 },
      ],
    },
  ])
  classId = fixture.classes['6A1']!.id
})
afterAll(async () => {
  await removeYears(t.payload, ['2030-2031'], (id) => removeTestClass(t.payload, id))
  await shutdownPayload(t)
})

const post = async (email: string, path: string, body: object) =>
  t.api.rest('POST', `/year-end-results/${path}` as `/${string}`, { token: await t.api.login(email), body })
const results = async () =>
  (
    await t.payload.find({
      collection: 'year-end-results',
      where: { class: { equals: classId } },
      pagination: false,
      depth: 0,
    })
  ).docs
const resultOf = async (name: string) => (await results()).find((r) => r.student === sid(name))!

/** Counts the statements sent to PostgreSQL while `work` runs (every client of this process). */
const countStatements = async (work: () => Promise<unknown>) => {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = proto.query
  let count = 0
  proto.query = function (this: unknown, ...args: unknown[]) {
    count += 1
    return original.apply(this, args)
  }
  try {
    await work()
  } finally {
    proto.query = original
  }
  return count
}

describe('year-end lifecycle of a class (REST)', () => {
  it('compute: the homeroom teacher only, in a bounded number of statements whatever the class size', async () => {
    expect((await post(TEACHER, 'compute', { class: classId })).status).toBe(403)
    let res: Awaited<ReturnType<typeof post>> | undefined
    const token = await t.api.login(HOMEROOM)
    const small = await countStatements(async () => {
      res = await t.api.rest('POST', '/year-end-results/compute', { token, body: { class: classId } })
    })
    expect(res!.status).toBe(200)
    expect(res!.body.docs).toHaveLength(4)
    // A demo class of the current year (about 36 students), computed by its homeroom teacher.
    const big = (
      await t.payload.find({
        collection: 'classes',
        where: { and: [{ name: { equals: '6A1' } }, { 'schoolYear.isCurrent': { equals: true } }] },
      })
    ).docs[0]!
    const students = (await t.payload.count({ collection: 'enrolments', where: { class: { equals: big.id } } }))
      .totalDocs
    expect(students).toBeGreaterThan(30)
    const large = await countStatements(async () => {
      res = await t.api.rest('POST', '/year-end-results/compute', { token, body: { class: big.id } })
    })
    expect(res!.status).toBe(200)
    expect(res!.body.docs.length).toBeGreaterThan(30)
    await t.payload.delete({ collection: 'year-end-results', where: { class: { equals: big.id } } })
    expect(small).toBeGreaterThan(5)
    expect(large).toBeLessThanOrEqual(40)
    expect(Math.abs(large - small)).toBeLessThanOrEqual(2)
  })

  it('approving a class that was not proposed is refused naming the class; nothing written', async () => {
    const res = await post(PRINCIPAL, 'approve', { class: classId })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('6A1')
    expect(new Set((await results()).map((r) => r.status))).toEqual(new Set(['draft']))
  })

  it('the homeroom teacher writes the year comments and proposes; summer entries before approval are refused', async () => {
    // A past year (2030-2031 is not the current year): the class's homeroom teacher of that year
    // still writes the year comments through REST; another teacher does not.
    const [first] = await results()
    const other = await t.api.rest('PATCH', `/year-end-results/${first!.id}`, {
      token: await t.api.login(TEACHER),
      body: { comment: 'Không phải lớp tôi.' },
    })
    expect([403, 404]).toContain(other.status)
    const homeroomToken = await t.api.login(HOMEROOM)
    for (const r of await results()) {
      const res = await t.api.rest('PATCH', `/year-end-results/${r.id}`, {
        token: homeroomToken,
        body: { comment: 'Chăm ngoan, tiến bộ.' },
      })
      expect(res.status, JSON.stringify(res.body).slice(0, 200)).toBe(200)
    }
    expect(new Set((await results()).map((r) => r.comment))).toEqual(new Set(['Chăm ngoan, tiến bộ.']))
    expect((await post(TEACHER, 'propose', { class: classId })).status).toBe(403)
    const res = await post(HOMEROOM, 'propose', { class: classId })
    expect(res.status).toBe(200)
    const homeroom = await userByEmail(t.payload, HOMEROOM)
    for (const r of await results()) {
      expect(r.status).toBe('proposed')
      expect(r.proposedBy).toBe(homeroom.id)
      expect(r.proposedAt).toBeTruthy()
    }
    const early = await post(HOMEROOM, 'summer', { class: classId, training: { [sid(names.training)]: 'dat' } })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toContain('6A1')
  })

  it('the principal approves: outcomes, the summer list, who and when', async () => {
    for (const email of [HOMEROOM, 'pht.chuyenmon@haugiang.test', 'sodiem@haugiang.test'])
      expect((await post(email, 'approve', { class: classId })).status, email).toBe(403)
    const res = await post(PRINCIPAL, 'approve', { class: classId })
    expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200)
    const principal = await userByEmail(t.payload, PRINCIPAL)
    const good = await resultOf(names.good)
    expect(good).toMatchObject({ status: 'approved', outcome: 'promoted', title: 'gioi', approvedBy: principal.id })
    expect(good.summerList).toBeNull()
    const summer = await resultOf(names.summer)
    expect(summer.outcome).toBe('summer-reassessment')
    expect((summer.summerList as { subjects: string[] }).subjects).toContain('TOAN')
    expect((await resultOf(names.training)).summerList).toEqual({ training: true, subjects: [] })
    expect((await resultOf(names.absent)).outcome).toBe('absences-over-limit')
    // Approved: the collection's doors are shut.
    const token = await t.api.login(HOMEROOM)
    expect((await t.api.rest('PATCH', `/year-end-results/${good.id}`, { token, body: { comment: 'x' } })).status).toBe(
      403,
    )
    await expect(
      t.payload.update({
        collection: 'year-end-results',
        id: good.id,
        data: { comment: 'x' },
        user: await userByEmail(t.payload, HOMEROOM),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await post(PRINCIPAL, 'approve', { class: classId })).status).toBe(400)
  })

  it('refuses bad summer input naming the student or field, and writes nothing', async () => {
    const toan = (await t.payload.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
    const notListed = await post(TEACHER, 'summer', {
      class: classId,
      subject: toan,
      scores: { [sid(names.good)]: '7' },
    })
    expect(notListed.status).toBe(400)
    expect(notListed.body.errors[0].message).toContain(names.good)
    for (const bad of ['11', '6.55', '-1', 'abc']) {
      const res = await post(TEACHER, 'summer', { class: classId, subject: toan, scores: { [sid(names.summer)]: bad } })
      expect(res.status, bad).toBe(400)
      expect(res.body.errors[0].message).toContain(names.summer)
    }
    const mixed = await post(TEACHER, 'summer', {
      class: classId,
      subject: toan,
      scores: { [sid(names.summer)]: '7', [sid(names.good)]: '7' },
    })
    expect(mixed.status).toBe(400)
    expect(
      (await post(HOMEROOM, 'summer', { class: classId, subject: toan, scores: { [sid(names.summer)]: '7' } })).status,
    ).toBe(403)
    const trainingNotListed = await post(HOMEROOM, 'summer', {
      class: classId,
      training: { [sid(names.summer)]: 'dat' },
    })
    expect(trainingNotListed.status).toBe(400)
    expect(trainingNotListed.body.errors[0].message).toContain(names.summer)
    expect((await post(TEACHER, 'summer', { class: classId, training: { [sid(names.training)]: 'dat' } })).status).toBe(
      403,
    )
    const summer = await resultOf(names.summer)
    expect(summer.summerResults).toBeNull()
    expect((await resultOf(names.training)).summerTraining).toBeNull()
  })

  it('final approval waits for every listed student, then closes with the summer results', async () => {
    const early = await post(PRINCIPAL, 'close', { class: classId })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toContain(names.summer)
    expect(early.body.errors[0].message).toContain(names.training)
    const subjects = (await t.payload.find({ collection: 'subjects', pagination: false })).docs
    const listed = ((await resultOf(names.summer)).summerList as { subjects: string[] }).subjects
    for (const code of listed) {
      const subject = subjects.find((s) => s.code === code)!
      const value = subject.assessment === 'comment' ? 'D' : '6.5'
      const res = await post(TEACHER, 'summer', {
        class: classId,
        subject: subject.id,
        scores: { [sid(names.summer)]: value },
      })
      expect(res.status, code).toBe(200)
    }
    expect(
      (await post(HOMEROOM, 'summer', { class: classId, training: { [sid(names.training)]: 'dat' } })).status,
    ).toBe(200)
    expect((await post(HOMEROOM, 'close', { class: classId })).status).toBe(403)
    const res = await post(PRINCIPAL, 'close', { class: classId })
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    const principal = await userByEmail(t.payload, PRINCIPAL)
    const summer = await resultOf(names.summer)
    expect(summer).toMatchObject({ status: 'closed', outcome: 'promoted', title: null, closedBy: principal.id })
    expect((summer.subjects as Array<{ code: string; year: string }>).find((s) => s.code === 'TOAN')!.year).toBe('6.5')
    expect(await resultOf(names.training)).toMatchObject({ outcome: 'promoted', training: 'dat' })
    expect((await resultOf(names.absent)).outcome).toBe('absences-over-limit')
    expect((await resultOf(names.good)).title).toBe('gioi')
    const audit = await t.payload.count({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'year-end-results' } }, { documentId: { equals: String(summer.id) } }] },
    })
    expect(audit.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('a closed class changes only through the principal’s correction, with its reason', async () => {
    expect((await post(HOMEROOM, 'compute', { class: classId })).status).toBe(409)
    expect((await post(HOMEROOM, 'propose', { class: classId })).status).toBe(400)
    const doc = await resultOf(names.training)
    const comment = await t.api.rest('PATCH', `/year-end-results/${doc.id}`, {
      token: await t.api.login(HOMEROOM),
      body: { comment: 'Sửa sau khi khoá sổ.' },
    })
    expect(comment.status).toBe(403)
    expect(comment.body.errors[0].message).toContain('khoá sổ')
    expect((await resultOf(names.training)).comment).toBe('Chăm ngoan, tiến bộ.')
    expect((await post(HOMEROOM, 'correct', { id: doc.id, reason: 'x', summerTraining: 'chua-dat' })).status).toBe(403)
    expect((await post(PRINCIPAL, 'correct', { id: doc.id, summerTraining: 'chua-dat' })).status).toBe(400)
    const res = await post(PRINCIPAL, 'correct', {
      id: doc.id,
      reason: 'Hội đồng xét lại kết quả rèn luyện hè.',
      summerTraining: 'chua-dat',
    })
    expect(res.status).toBe(200)
    const after = await resultOf(names.training)
    expect(after.outcome).toBe('kept-back')
    expect(after.corrections).toEqual([
      expect.objectContaining({
        reason: 'Hội đồng xét lại kết quả rèn luyện hè.',
        by: (await userByEmail(t.payload, PRINCIPAL)).id,
      }),
    ])
  })
})

describe('comment bank (a teacher’s own reusable comments per subject)', () => {
  it('a teacher creates, sees and edits only their own, through REST, GraphQL and the Local API', async () => {
    const toan = (await t.payload.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
    const mine = await t.api.rest('POST', '/comment-bank', {
      token: await t.api.login(TEACHER),
      body: { subject: toan, text: 'Tư duy tốt, trình bày rõ ràng.', teacher: 1 },
    })
    expect(mine.status).toBe(201)
    const owner = await userByEmail(t.payload, TEACHER)
    expect(mine.body.doc.teacher.id ?? mine.body.doc.teacher).toBe(owner.id)
    const other = await t.api.login(HOMEROOM)
    try {
      const list = await t.api.rest('GET', '/comment-bank', { token: other })
      expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(mine.body.doc.id)
      const foreign = await t.api.rest('PATCH', `/comment-bank/${mine.body.doc.id}`, {
        token: other,
        body: { text: 'x' },
      })
      expect([403, 404]).toContain(foreign.status)
      const gql = await t.api.graphql('{ CommentBanks { docs { id text } } }', { token: other })
      expect(gql.body.data.CommentBanks.docs.map((d: { id: number }) => d.id)).not.toContain(mine.body.doc.id)
      const local = await t.payload.find({
        collection: 'comment-bank',
        user: await userByEmail(t.payload, HOMEROOM),
        overrideAccess: false,
      })
      expect(local.docs.map((d) => d.id)).not.toContain(mine.body.doc.id)
      const tooLong = await t.api.rest('POST', '/comment-bank', {
        token: await t.api.login(TEACHER),
        body: { subject: toan, text: 'x'.repeat(501) },
      })
      expect(tooLong.status).toBe(400)
      const edited = await t.api.rest('PATCH', `/comment-bank/${mine.body.doc.id}`, {
        token: await t.api.login(TEACHER),
        body: { text: 'Tư duy tốt.', teacher: (await userByEmail(t.payload, HOMEROOM)).id },
      })
      expect(edited.status).toBe(200)
      expect(edited.body.doc.teacher.id ?? edited.body.doc.teacher).toBe(owner.id)
      expect(
        (
          await t.api.rest('POST', '/comment-bank', {
            token: await t.api.login('ketoan@haugiang.test'),
            body: { subject: toan, text: 'x' },
          })
        ).status,
      ).toBe(403)
    } finally {
      await t.payload.delete({ collection: 'comment-bank', id: mine.body.doc.id })
    }
  })
})
