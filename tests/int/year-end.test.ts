import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 })

let t: TestContext
const ids = { last6A1: 0, c7A1: 0 }
const PRINCIPAL = 'hieutruong@haugiang.test'
const HOMEROOM_7A1 = 'gv.toan@haugiang.test'

beforeAll(async () => {
  t = await bootPayload()
  const klass = async (name: string, isCurrent: boolean) =>
    (
      await t.payload.find({
        collection: 'classes',
        where: {
          and: [
            { name: { equals: name } },
            isCurrent ? { 'schoolYear.isCurrent': { equals: true } } : { 'schoolYear.name': { equals: '2025-2026' } },
          ],
        },
      })
    ).docs[0]!.id
  ids.last6A1 = await klass('6A1', false)
  ids.c7A1 = await klass('7A1', true)
})
afterAll(() => shutdownPayload(t))

const post = async (email: string, path: string, body: object) =>
  t.api.rest('POST', `/year-end-results/${path}` as `/${string}`, { token: await t.api.login(email), body })

describe('last year’s results (seeded through the lifecycle)', () => {
  it('every class of 2025-2026 is closed by the principal, with stories: summer re-assessment passed, kept back, graduated', async () => {
    const results = await t.payload.find({
      collection: 'year-end-results',
      where: { 'schoolYear.name': { equals: '2025-2026' } },
      pagination: false,
      depth: 0,
    })
    const classes = await t.payload.count({
      collection: 'classes',
      where: { 'schoolYear.name': { equals: '2025-2026' } },
    })
    expect(new Set(results.docs.map((r) => r.class)).size).toBe(classes.totalDocs)
    for (const r of results.docs) {
      expect(r.status).toBe('closed')
      expect(r.closedBy).toBeTruthy()
      expect(['promoted', 'completed', 'kept-back']).toContain(r.outcome)
    }
    const reassessed = results.docs.filter((r) => r.summerResults && r.outcome === 'promoted')
    expect(reassessed.length).toBeGreaterThan(0)
    expect(results.docs.filter((r) => r.outcome === 'kept-back')).toHaveLength(1)
    const graduated = await t.payload.count({
      collection: 'enrolments',
      where: { and: [{ status: { equals: 'graduated' } }, { 'schoolYear.name': { equals: '2025-2026' } }] },
    })
    expect(graduated.totalDocs).toBe(results.docs.filter((r) => r.outcome === 'completed').length)
    expect(graduated.totalDocs).toBeGreaterThan(0)
  })
})

describe('approval of an incomplete class', () => {
  it('only the principal approves; a class not proposed is refused naming it; an incomplete one gets the list', async () => {
    for (const email of ['pht.chuyenmon@haugiang.test', 'sodiem@haugiang.test', 'gv.van@haugiang.test']) {
      expect((await post(email, 'approve', { class: ids.c7A1 })).status, email).toBe(403)
    }
    const notProposed = await post(PRINCIPAL, 'approve', { class: ids.c7A1 })
    expect(notProposed.status).toBe(400)
    expect(notProposed.body.errors[0].message).toContain('7A1')
    expect((await post(HOMEROOM_7A1, 'propose', { class: ids.c7A1 })).status).toBe(200)
    const res = await post(PRINCIPAL, 'approve', { class: ids.c7A1 })
    expect(res.status).toBe(409)
    const missing = res.body.missing as Array<Record<string, unknown>>
    expect(missing.length).toBeGreaterThan(0)
    const toanTeacher = (await t.payload.find({ collection: 'users', where: { email: { equals: HOMEROOM_7A1 } } }))
      .docs[0]!.fullName
    // Term I is under way: end-of-term Toán scores are not entered yet, owed by the Toán teacher.
    expect(missing).toContainEqual(
      expect.objectContaining({
        kind: 'grade',
        teacher: toanTeacher,
        subject: 'Toán',
        term: expect.stringContaining('HK I'),
        cells: expect.arrayContaining(['final']),
      }),
    )
    expect(missing).toContainEqual(
      expect.objectContaining({ kind: 'attendance', month: '2027-05', teacher: toanTeacher }),
    )
    expect(missing).toContainEqual(expect.objectContaining({ kind: 'conduct', teacher: toanTeacher }))
    expect(
      (
        await t.payload.count({
          collection: 'year-end-results',
          where: { and: [{ class: { equals: ids.c7A1 } }, { status: { equals: 'approved' } }] },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('the homeroom teacher comments through REST and GraphQL, but cannot approve, change computed fields, create or delete', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const doc = (
      await t.payload.find({ collection: 'year-end-results', where: { class: { equals: ids.c7A1 } }, limit: 1 })
    ).docs[0]!
    const res = await t.api.rest('PATCH', `/year-end-results/${doc.id}`, {
      token,
      body: { comment: 'Chăm chỉ.', learning: 'tot', outcome: 'promoted' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ comment: 'Chăm chỉ.', status: 'proposed', learning: null, outcome: null })
    const gql = await t.api.graphql(
      `mutation { updateYearEndResult(id: ${doc.id}, data: { comment: "Ngoan." }) { comment } }`,
      { token },
    )
    expect(gql.body.data?.updateYearEndResult?.comment).toBe('Ngoan.')
    for (const body of [{ status: 'approved' }, { status: 'closed' }, { summerResults: { TOAN: '9' } }])
      expect((await t.api.rest('PATCH', `/year-end-results/${doc.id}`, { token, body })).status).toBe(403)
    expect(
      (await t.api.rest('POST', '/year-end-results', { token, body: { student: doc.student, class: ids.c7A1 } }))
        .status,
    ).toBe(403)
    expect((await t.api.rest('DELETE', `/year-end-results/${doc.id}`, { token })).status).toBe(403)
    expect(
      (
        await t.api.rest('PATCH', `/year-end-results/${doc.id}`, {
          token: await t.api.login('gv.van@haugiang.test'),
          body: { comment: 'x' },
        })
      ).status,
    ).toBe(403)
  })

  it('closed results are frozen, even for the principal, through every door', async () => {
    const doc = (
      await t.payload.find({ collection: 'year-end-results', where: { class: { equals: ids.last6A1 } }, limit: 1 })
    ).docs[0]!
    await expect(
      t.payload.update({ collection: 'year-end-results', id: doc.id, data: { comment: 'x' } }),
    ).rejects.toThrow(/khoá sổ/)
    const token = await t.api.login(PRINCIPAL)
    expect((await t.api.rest('PATCH', `/year-end-results/${doc.id}`, { token, body: { comment: 'x' } })).status).toBe(
      403,
    )
    const gql = await t.api.graphql(
      `mutation { updateYearEndResult(id: ${doc.id}, data: { comment: "x" }) { comment } }`,
      { token },
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await t.payload.findByID({ collection: 'year-end-results', id: doc.id })).comment).toBe(doc.comment)
  })
})

describe('attendance and conduct: the homeroom teacher writes own class', () => {
  it('writes own class, refuses another class and bad values; readers as grades', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const student = (
      await t.payload.find({ collection: 'enrolments', where: { class: { equals: ids.c7A1 } }, limit: 1, depth: 0 })
    ).docs[0]!.student
    const ok = await t.api.rest('POST', '/attendance', {
      token,
      body: { student, class: ids.c7A1, month: '2026-11', excused: 2, unexcused: 0 },
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const bad = await t.api.rest('POST', '/attendance', {
      token,
      body: { student, class: ids.c7A1, month: '2026-13', excused: -1, unexcused: 0 },
    })
    expect(bad.status).toBe(400)
    const other = await t.api.rest('POST', '/attendance', {
      token: await t.api.login('gv.van@haugiang.test'),
      body: { student, class: ids.c7A1, month: '2026-12', excused: 0, unexcused: 0 },
    })
    expect(other.status).toBe(403)
    const termI = (
      await t.payload.find({
        collection: 'terms',
        where: { and: [{ 'schoolYear.isCurrent': { equals: true } }, { term: { equals: 'I' } }] },
      })
    ).docs[0]!.id
    const conduct = await t.api.rest('POST', '/conduct', {
      token,
      body: { student, class: ids.c7A1, term: termI, level: 'kha', comment: 'Ngoan.' },
    })
    expect(conduct.status).toBe(201)
    expect(
      (await t.api.rest('POST', '/conduct', { token, body: { student, class: ids.c7A1, term: termI, level: 'tot' } }))
        .status,
    ).toBe(400)
    expect((await t.api.rest('DELETE', `/attendance/${ok.body.doc.id}`, { token })).status).toBe(403)
    // The facilities vice principal reads none; gv.van (teaches 7A1) reads 7A1's attendance.
    const csvc = await t.api.rest('GET', '/attendance', { token: await t.api.login('pht.csvc@haugiang.test') })
    expect(csvc.status === 403 || csvc.body.totalDocs === 0).toBe(true)
    const van = await t.api.rest('GET', '/attendance', {
      token: await t.api.login('gv.van@haugiang.test'),
      query: { where: { class: { equals: ids.c7A1 } }, limit: 1 },
    })
    expect(van.body.totalDocs).toBeGreaterThan(0)
  })
})

describe('attendance and conduct of a locked term', () => {
  it('the homeroom teacher cannot change them while a lock covers the class; a 403 names the lock', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const admin = await t.api.login('sodiem@haugiang.test')
    const termI = (
      await t.payload.find({
        collection: 'terms',
        where: { and: [{ 'schoolYear.isCurrent': { equals: true } }, { term: { equals: 'I' } }] },
      })
    ).docs[0]!.id
    const attendance = (
      await t.payload.find({
        collection: 'attendance',
        where: { and: [{ class: { equals: ids.c7A1 } }, { month: { equals: '2026-11' } }] },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!
    const conduct = (
      await t.payload.find({
        collection: 'conduct',
        where: { and: [{ class: { equals: ids.c7A1 } }, { term: { equals: termI } }] },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!
    // A subject's lock is about grades only.
    const nv = (await t.payload.find({ collection: 'subjects', where: { code: { equals: 'NV' } } })).docs[0]!.id
    const subjectLock = await t.api.rest('POST', '/grade-locks', {
      token: admin,
      body: { term: termI, class: ids.c7A1, subject: nv },
    })
    expect(subjectLock.status).toBe(201)
    expect((await t.api.rest('PATCH', `/attendance/${attendance.id}`, { token, body: { excused: 1 } })).status).toBe(
      200,
    )
    const lock = await t.api.rest('POST', '/grade-locks', { token: admin, body: { term: termI, class: ids.c7A1 } })
    expect(lock.status).toBe(201)
    try {
      const refused = await t.api.rest('PATCH', `/attendance/${attendance.id}`, { token, body: { excused: 3 } })
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toMatch(
        new RegExp(`chuyên cần.*lớp 7A1 đã khoá \\(khoá sổ điểm số ${lock.body.doc.id}\\)`),
      )
      const level = conduct.level === 'tot' ? 'kha' : 'tot'
      const refusedConduct = await t.api.rest('PATCH', `/conduct/${conduct.id}`, { token, body: { level } })
      expect(refusedConduct.status).toBe(403)
      expect(refusedConduct.body.errors[0].message).toContain('kết quả rèn luyện')
      expect((await t.payload.findByID({ collection: 'attendance', id: attendance.id })).excused).toBe(1)
    } finally {
      await t.api.rest('DELETE', `/grade-locks/${lock.body.doc.id}`, { token: admin })
      await t.api.rest('DELETE', `/grade-locks/${subjectLock.body.doc.id}`, { token: admin })
    }
    expect((await t.api.rest('PATCH', `/attendance/${attendance.id}`, { token, body: { excused: 2 } })).status).toBe(
      200,
    )
  })
})
