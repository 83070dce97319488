import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/access/relation-id'
import { loadScope, teachesClassSubject } from '@/access/scope'
import { sheetForbidden } from '@/endpoints/gradeSheet/saveSheet'

import { bootPayload, shutdownPayload, type TestContext, type TestUser as User, userByEmail } from '../helpers/payload'

/**
 * The sheet read (`GET /api/grades/sheet`, one SQL statement since issue 14) against the read it
 * replaced, kept here as the reference: the caller's scope from `loadScope`, the class list and the
 * grades through the Local API (grades with the caller's access), a transferred student's grade
 * followed from the earlier class. Same answer, row for row, and the same refusals.
 */
let t: TestContext
let year = 0
const TEACHERS = ['gv.toan@haugiang.test', 'gv.van@haugiang.test']
// The classes with history in the demo school: transfers out (8A2), a drop-out (9A2), a move 9A1 → 9A2,
// a newcomer (6A2), and the Toán teacher's 7A1.
const CLASSES = ['6A2', '7A1', '8A2', '9A1', '9A2']

type Key = { class: number; subject: number; term: number }

/** The sheet as the Local API read it before the rework (the reference). */
const referenceSheet = async (payload: Payload, user: User, key: Key) => {
  const [enrolments, grades, subject, klass, deadlines] = await Promise.all([
    payload.find({
      collection: 'enrolments',
      where: { and: [{ class: { equals: key.class } }, { isLatest: { equals: true } }] },
      depth: 1,
      pagination: false,
      overrideAccess: true, // the reference's system read of the class list, as the old endpoint did
      select: { student: true, status: true },
      populate: { students: { fullName: true, studentCode: true } },
    }),
    payload.find({
      collection: 'grades',
      where: {
        and: [{ class: { equals: key.class } }, { subject: { equals: key.subject } }, { term: { equals: key.term } }],
      },
      depth: 0,
      pagination: false,
      user,
      overrideAccess: false,
    }),
    payload.findByID({ collection: 'subjects', id: key.subject, depth: 0 }),
    payload.findByID({ collection: 'classes', id: key.class, depth: 0 }),
    payload.find({
      collection: 'grade-entry-deadlines',
      where: { term: { equals: key.term } },
      sort: 'dueDate',
      depth: 0,
      pagination: false,
      user,
      overrideAccess: false,
    }),
  ])
  const listed = enrolments.docs.map((e) => relationId(e.student as { id: number }) as number)
  const missing = listed.filter((id) => !grades.docs.some((g) => relationId(g.student) === id))
  const followed =
    missing.length === 0
      ? []
      : (
          await payload.find({
            collection: 'grades',
            where: {
              and: [
                { student: { in: missing } },
                { subject: { equals: key.subject } },
                { term: { equals: key.term } },
                { class: { not_equals: key.class } },
              ],
            },
            depth: 0,
            pagination: false,
            overrideAccess: true, // the reference's system read of followed grades, as the old endpoint did
          })
        ).docs
  const byStudent = new Map([...followed, ...grades.docs].map((g) => [relationId(g.student), g]))
  const rows = enrolments.docs
    .map((e) => {
      const student = e.student as { id: number; fullName?: string; studentCode?: string }
      const g = byStudent.get(student.id)
      return {
        student: student.id,
        fullName: student.fullName ?? '',
        studentCode: student.studentCode ?? '',
        status: e.status,
        grade: g
          ? {
              id: g.id,
              regular: g.regular ?? [],
              midterm: g.midterm ?? null,
              final: g.final ?? null,
              comment: g.comment ?? null,
              yearComment: g.yearComment ?? null,
              average: g.average ?? null,
              locked: g.locked,
              revision: g.revision,
            }
          : null,
      }
    })
    .sort(
      (a, b) =>
        a.fullName.split(' ').pop()!.localeCompare(b.fullName.split(' ').pop()!, 'vi') ||
        a.fullName.localeCompare(b.fullName, 'vi'),
    )
  const counts = (subject.regularAssessments ?? {}) as Record<string, number | null>
  return {
    ...key,
    assessment: subject.assessment,
    requiredRegular: Number(counts[`grade${klass.grade}`] ?? 0),
    deadlines: deadlines.docs.map((d) => ({ column: d.column, dueDate: d.dueDate })),
    rows,
  }
}

/** The refusal before the rework: the caller teaches the class and subject in the current year. */
const referenceMayUse = async (payload: Payload, user: User | null, key: Key) => {
  if (!user) return false
  const req = { payload, user, context: {} } as never
  return teachesClassSubject(await loadScope(req), key.class, key.subject)
}

const read = async (token: string | undefined, key: Key) => t.api.rest('GET', '/grades/sheet', { token, query: key })

const idsOf = async (collection: 'classes' | 'subjects' | 'terms' | 'school-years', where: object) =>
  (await t.payload.find({ collection, where: where as never, pagination: false, depth: 0 })).docs.map((d) => d.id)

beforeAll(async () => {
  t = await bootPayload()
  year = (await idsOf('school-years', { isCurrent: { equals: true } }))[0]!
})
afterAll(() => shutdownPayload(t))

describe('grade sheet read: the SQL read answers as the Local API read did', () => {
  it('every sheet of the teachers in the classes with history, both terms, row for row', async () => {
    const terms = await idsOf('terms', { schoolYear: { equals: year } })
    const classes = await idsOf('classes', { and: [{ schoolYear: { equals: year } }, { name: { in: CLASSES } }] })
    expect(classes).toHaveLength(CLASSES.length)
    let compared = 0
    let withGrades = 0
    for (const email of TEACHERS) {
      const user = await userByEmail(t.payload, email)
      const token = await t.api.login(email)
      const { docs } = await t.payload.find({
        collection: 'teaching-assignments',
        where: { and: [{ teacher: { equals: user.id } }, { schoolYear: { equals: year } }] },
        pagination: false,
        depth: 0,
      })
      for (const a of docs) {
        for (const term of terms) {
          const key = { class: Number(relationId(a.class)), subject: Number(relationId(a.subject)), term }
          if (!classes.includes(key.class)) continue
          const res = await read(token, key)
          expect(res.status).toBe(200)
          const reference = await referenceSheet(t.payload, user, key)
          expect(res.body).toEqual(JSON.parse(JSON.stringify(reference)))
          compared += 1
          if (reference.rows.some((r) => r.grade)) withGrades += 1
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(4)
    expect(withGrades).toBeGreaterThanOrEqual(2)
  })

  it('a transferred student keeps the grade of the earlier class; a locked grade reads locked', async () => {
    const [term] = await idsOf('terms', { and: [{ schoolYear: { equals: year } }, { term: { equals: 'I' } }] })
    const [from] = await idsOf('classes', { and: [{ schoolYear: { equals: year } }, { name: { equals: '9A1' } }] })
    const [target] = await idsOf('classes', { and: [{ schoolYear: { equals: year } }, { name: { equals: '9A2' } }] })
    const [subject] = await idsOf('subjects', { code: { equals: 'TOAN' } })
    const moved = (
      await t.payload.find({
        collection: 'enrolments',
        where: { and: [{ class: { equals: target } }, { status: { equals: 'transferred-in' } }] },
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    const student = Number(relationId(moved.student))
    // Test data: the moved student's Toán grade of term I, entered in the earlier class, then locked
    // by a direct write (no hooks); removed at the end.
    const earlier = await t.payload.create({
      collection: 'grades',
      data: { student, class: from!, subject: subject!, term: term!, regular: ['8', '7'], midterm: '7', final: '8' },
    })
    await t.payload.db.updateOne({ collection: 'grades', id: earlier.id, data: { locked: true } })
    const assignment = (
      await t.payload.find({
        collection: 'teaching-assignments',
        where: { and: [{ class: { equals: target } }, { subject: { equals: subject } }] },
        depth: 1,
        limit: 1,
      })
    ).docs[0]!
    const teacher = assignment.teacher as { id: number; email: string }
    const user = await userByEmail(t.payload, teacher.email)
    const key = { class: target!, subject: subject!, term: term! }
    try {
      const res = await read(await t.api.login(teacher.email), key)
      expect(res.status).toBe(200)
      const row = res.body.rows.find((r: { student: number }) => r.student === student)
      expect(row.grade).toMatchObject({ id: earlier.id, locked: true, midterm: '7', regular: ['8', '7'] })
      expect(res.body).toEqual(JSON.parse(JSON.stringify(await referenceSheet(t.payload, user, key))))
    } finally {
      await t.payload.db.deleteOne({ collection: 'grades', where: { id: { equals: earlier.id } } })
    }
  })

  it('the same refusals: only the teacher of the class and subject this year; bad keys 400', async () => {
    const [klass] = await idsOf('classes', { and: [{ schoolYear: { equals: year } }, { name: { equals: '7A1' } }] })
    const [pastClass] = await idsOf('classes', {
      and: [{ schoolYear: { not_equals: year } }, { name: { equals: '7A1' } }],
    })
    const subjects = await idsOf('subjects', { code: { in: ['TOAN', 'NV'] } })
    const [term] = await idsOf('terms', { schoolYear: { equals: year } })
    const emails = [
      'gv.toan@haugiang.test',
      'gv.van@haugiang.test',
      'hieutruong@haugiang.test',
      'pht.chuyenmon@haugiang.test',
      'totruong.toan@haugiang.test',
    ]
    let refused = 0
    for (const email of emails) {
      const user = await userByEmail(t.payload, email)
      const token = await t.api.login(email)
      for (const k of [klass, pastClass].filter(Boolean)) {
        for (const subject of subjects) {
          const key = { class: k!, subject, term: term! }
          const allowed = await referenceMayUse(t.payload, user, key)
          const res = await read(token, key)
          expect(res.status, `${email} ${JSON.stringify(key)}`).toBe(allowed ? 200 : 403)
          if (!allowed) {
            expect(res.body.errors[0].message).toBe(sheetForbidden)
            refused += 1
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(5)
    const anonymous = await read(undefined, { class: klass!, subject: subjects[0]!, term: term! })
    expect(anonymous.status).toBe(403)
    const guardian = await t.api.rest('POST', '/guardians/login', {
      body: { email: 'phuhuynh@haugiang.test', password: process.env.DEMO_PASSWORD || 'HauGiang@2026' },
    })
    expect(guardian.status).toBe(200)
    expect((await read(guardian.body.token, { class: klass!, subject: subjects[0]!, term: term! })).status).toBe(403)
    expect(
      (await read(await t.api.login('gv.toan@haugiang.test'), { class: klass!, subject: 0, term: term! })).status,
    ).toBe(400)
  })
})
