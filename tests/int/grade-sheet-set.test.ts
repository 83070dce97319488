import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRADE_MESSAGES } from '@/domain/grading'
import { sqlOf } from '@/lib/sql'
import { sql } from '@payloadcms/db-postgres'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

/**
 * The set-based sheet save (`POST /api/grades/sheet`) against the single-document path (REST,
 * GraphQL): same grades, same audit entries, same refusals; statements per 45-student save.
 * Works on a class of its own (45 students), removed at the end.
 */
let t: TestContext
const TEACHER = 'gv.toan@haugiang.test'
const key = { class: 0, subject: 0, term: 0 }
let students: number[] = []
let token = ''

beforeAll(async () => {
  t = await bootPayload()
  const p = t.payload
  const year = (await p.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!
  key.subject = (await p.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
  key.term = (
    await p.find({
      collection: 'terms',
      where: { and: [{ schoolYear: { equals: year.id } }, { term: { equals: 'I' } }] },
    })
  ).docs[0]!.id
  const klass = await p.create({ collection: 'classes', data: { name: '7A7', grade: 7, schoolYear: year.id } as never })
  key.class = klass.id
  await p.create({
    collection: 'teaching-assignments',
    data: { teacher: (await userByEmail(p, TEACHER)).id, class: klass.id, subject: key.subject } as never,
  })
  for (let i = 0; i < 45; i++) {
    const s = await p.create({
      collection: 'students',
      data: {
        studentCode: `SET-${String(i).padStart(3, '0')}`,
        fullName: `Học Sinh Tập ${i + 1}`,
        dateOfBirth: '2013-03-01',
        gender: i % 2 ? 'male' : 'female',
      } as never,
    })
    await p.create({
      collection: 'enrolments',
      data: { student: s.id, class: klass.id, status: 'studying', date: '2026-09-05' } as never,
    })
    students.push(s.id)
  }
  token = await t.api.login(TEACHER)
}, 180_000)

afterAll(async () => {
  if (t && key.class) await removeTestClass(t.payload, key.class)
  await shutdownPayload(t)
})

const save = (rows: object[]) => t.api.rest('POST', '/grades/sheet', { token, body: { ...key, rows } })
const db = () => sqlOf({ payload: t.payload } as never)

/** Grades of the test class, comparable across paths (no ids or timestamps). */
const gradesOf = async (ids: number[]) => {
  const { docs } = await t.payload.find({
    collection: 'grades',
    where: { and: [{ student: { in: ids } }, { term: { equals: key.term } }, { subject: { equals: key.subject } }] },
    depth: 0,
    pagination: false,
    sort: 'student',
  })
  return docs
}
const comparable = (docs: object[]) =>
  (docs as Array<Record<string, unknown>>).map(({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest)

/** Audit entries of these grades after `since` (an audit_log id), comparable across paths. */
const auditOf = async (since: number) => {
  const { rows } = await (
    await db()
  ).execute(
    sql`SELECT a.action, a.user_id, a.changes, a.ip, a.cause_collection, a.cause_id, g.student_id
        FROM audit_log a JOIN grades g ON g.id::text = a.document_id
        WHERE a.collection = 'grades' AND a.id > ${since} ORDER BY g.student_id, a.id`,
  )
  return rows
}
const lastAuditId = async () =>
  Number((await (await db()).execute(sql`SELECT coalesce(max(id), 0) AS id FROM audit_log`)).rows[0]!.id)
const forget = async (ids: number[]) =>
  (await db()).execute(
    sql`DELETE FROM grades WHERE term_id = ${key.term} AND student_id = ANY(${`{${ids.join(',')}}`}::int[])`,
  )

const input = (i: number) => ({
  regular: ['8', '7,5', '9', String(5 + (i % 5))],
  midterm: '7.5',
  final: i % 2 ? '8' : '10',
  comment: i === 0 ? '  Tiến bộ rõ.  ' : null,
})
const update = (i: number) => ({ midterm: '6', comment: `Cần cố gắng ${i}` })

describe('set-based sheet save and the single-document path', () => {
  it('give the same grades and the same audit entries (create, then update)', async () => {
    const few = students.slice(0, 4)
    const runSingle = async () => {
      for (const [i, student] of few.entries()) {
        const res = await t.api.rest('POST', '/grades', { token, body: { ...key, student, ...input(i) } })
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201)
      }
      for (const [i, grade] of (await gradesOf(few)).entries()) {
        const res = await t.api.rest('PATCH', `/grades/${grade.id}`, { token, body: update(i) })
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
      }
    }
    const runSheet = async () => {
      const created = await save(few.map((student, i) => ({ student, revision: null, ...input(i) })))
      expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(200)
      expect(created.body.changed).toBe(4)
      const updated = await save(
        (await gradesOf(few)).map((g, i) => ({ student: g.student, revision: g.revision, ...update(i) })),
      )
      expect(updated.status, JSON.stringify(updated.body).slice(0, 300)).toBe(200)
    }
    try {
      const since1 = await lastAuditId()
      await runSingle()
      const single = { grades: comparable(await gradesOf(few)), audit: await auditOf(since1) }
      await forget(few)
      const since2 = await lastAuditId()
      await runSheet()
      const set = { grades: comparable(await gradesOf(few)), audit: await auditOf(since2) }
      expect(single.audit).toHaveLength(8)
      expect(set).toEqual(single)
      // (8 + 7.5 + 9 + 5 + 2 × 6 + 3 × 10) / 9 = 7.94
      expect(set.grades[0]).toMatchObject({ comment: 'Cần cố gắng 0', midterm: '6', revision: 2, average: '7.9' })
    } finally {
      await forget(few)
    }
  })

  const bad: Array<[string, Record<string, unknown>, string, string]> = [
    ['more than one decimal', { final: '7.25' }, 'final', 'Cuối kỳ: Điểm chỉ có tối đa một chữ số thập phân.'],
    ['above 10', { midterm: '11' }, 'midterm', 'Giữa kỳ: Điểm không được lớn hơn 10.'],
    ['a comment result in a scored subject', { regular: ['Đ'] }, 'regular.0', 'ĐĐGtx 1:'],
    ['too many regular assessments', { regular: ['1', '2', '3', '4', '5'] }, 'regular', 'chỉ có 4 lần'],
    ['a comment too long', { comment: 'x'.repeat(501) }, 'comment', 'tối đa 500 ký tự'],
  ]
  it.each(bad)('refuse %s with the same message, nothing written', async (_name, cells, path, message) => {
    const student = students[10]!
    const before = await lastAuditId()
    const single = await t.api.rest('POST', '/grades', { token, body: { ...key, student, ...cells } })
    expect(single.status).toBe(400)
    const singleError = single.body.errors[0].data.errors[0]
    expect(singleError).toMatchObject({ path })
    expect(singleError.message).toContain(message)
    const gql = await t.api.graphql(`mutation($data: mutationGradeInput!) { createGrade(data: $data) { id } }`, {
      token,
      variables: { data: { ...key, student, ...cells } },
    })
    expect(JSON.stringify(gql.body.errors)).toContain(JSON.stringify(singleError.message).slice(1, -1))
    // In a full sheet: only this row is bad; nothing of the sheet is written.
    const rows = students.map((s, i) => ({ student: s, revision: null, ...input(i), ...(s === student ? cells : {}) }))
    const sheet = await save(rows)
    expect(sheet.status).toBe(400)
    expect(sheet.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: `rows.10.${path}`, message: singleError.message }),
    ])
    expect(await gradesOf(students)).toHaveLength(0)
    expect(await lastAuditId()).toBe(before)
  })

  it('a student not in the class: the same refusal', async () => {
    const other = (
      await t.payload.find({ collection: 'enrolments', where: { class: { not_equals: key.class } }, limit: 1 })
    ).docs[0]!.student as { id: number }
    const single = await t.api.rest('POST', '/grades', { token, body: { ...key, student: other.id, midterm: '5' } })
    const sheet = await save([{ student: other.id, midterm: '5' }])
    expect([single.status, sheet.status]).toEqual([400, 400])
    expect(sheet.body.errors[0].data.errors[0].message).toBe(GRADE_MESSAGES.notEnrolled)
    expect(single.body.errors[0].data.errors[0].message).toBe(GRADE_MESSAGES.notEnrolled)
  })

  it('a 45-student save: at most 30 statements; unchanged rows neither written nor audited', async () => {
    const counted: string[] = []
    const original = pg.Client.prototype.query
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text
      counted.push(String(text))
      return (original as (...a: unknown[]) => unknown).apply(this, args)
    } as never
    const measure = async (rows: object[]) => {
      counted.length = 0
      const res = await save(rows)
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
      return { res, statements: counted.length }
    }
    try {
      const created = await measure(students.map((student, i) => ({ student, revision: null, ...input(i) })))
      expect(created.res.body.changed).toBe(45)
      const stored = await gradesOf(students)
      const updated = await measure(stored.map((g, i) => ({ student: g.student, revision: g.revision, ...update(i) })))
      expect(updated.res.body.changed).toBe(45)
      const since = await lastAuditId()
      const again = await gradesOf(students)
      const unchanged = await measure(again.map((g, i) => ({ student: g.student, revision: g.revision, ...update(i) })))
      expect(unchanged.res.body.changed).toBe(0)
      expect(await lastAuditId()).toBe(since)
      expect((await gradesOf(students)).map((g) => g.revision)).toEqual(again.map((g) => g.revision))
      console.log(
        `statements per 45-student save: create ${created.statements}, update ${updated.statements}, unchanged ${unchanged.statements}`,
      )
      expect(created.statements).toBeLessThanOrEqual(30)
      expect(updated.statements).toBeLessThanOrEqual(30)
    } finally {
      pg.Client.prototype.query = original
    }
  })

  it('a concurrent save: one wins, the other gets 409, nothing of the winner is lost', async () => {
    const stored = await gradesOf(students)
    const rows = (final: string) => stored.map((g) => ({ student: g.student, revision: g.revision, final }))
    const since = await lastAuditId()
    const [a, b] = await Promise.all([save(rows('4')), save(rows('3'))])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const winner = a.status === 200 ? '4' : '3'
    const after = await gradesOf(students)
    expect(after.every((g) => g.final === winner && g.revision === Number(stored[0]!.revision) + 1)).toBe(true)
    expect((await auditOf(since)).length).toBe(45)
  })

  it('a lock scope: both paths refuse with the same message, nothing written', async () => {
    const admin = await t.api.login('sodiem@haugiang.test')
    const lock = await t.api.rest('POST', '/grade-locks', { token: admin, body: { ...key } })
    expect(lock.status).toBe(201)
    try {
      const [grade] = await gradesOf(students.slice(0, 1))
      const single = await t.api.rest('PATCH', `/grades/${grade!.id}`, { token, body: { final: '9' } })
      const sheet = await save([{ student: grade!.student, revision: grade!.revision, final: '9' }])
      expect([single.status, sheet.status]).toEqual([403, 403])
      expect(single.body.errors[0].message).toBe(GRADE_MESSAGES.locked)
      expect(sheet.body.errors[0].message).toBe(`Dòng 1: ${GRADE_MESSAGES.locked}`)
      expect((await gradesOf(students.slice(0, 1)))[0]!.final).toBe(grade!.final)
    } finally {
      await t.payload.delete({ collection: 'grade-locks', id: lock.body.doc.id as number })
    }
  })
})
