import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { computeEntryProgress, filledRegularMask, type GradeCells } from '@/domain/grading'
import { changeOfEntry } from '@/endpoints/gradeProgress/gradeHistory'
import { poolSql } from '@/lib/sql'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
const ids = {
  term: 0,
  klass: 0,
  toan: 0,
  nv: 0,
  gvToan: 0,
  gvVan: 0,
  students: [] as number[],
  grades: [] as number[],
  assignments: [] as number[],
}
const PRINCIPAL = 'hieutruong@haugiang.test'
const VP = 'pht.chuyenmon@haugiang.test'
const HEAD = 'totruong.toan@haugiang.test' // heads Toán–Tin: gv.toan is a member, gv.van is not

const progress = async (email: string, query: Record<string, unknown> = { term: ids.term, class: ids.klass }) =>
  t.api.rest('GET', '/grades/progress', { token: await t.api.login(email), query })
const remind = async (email: string, body: object) =>
  t.api.rest('POST', '/grades/progress/remind', { token: await t.api.login(email), body })
const rowOf = (body: any, subject: number) =>
  body.rows.find((r: any) => r.subjectId === subject && r.classId === ids.klass)

beforeAll(async () => {
  t = await bootPayload()
  const p = t.payload
  const year = (await p.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!.id
  ids.term = (
    await p.find({ collection: 'terms', where: { and: [{ schoolYear: { equals: year } }, { term: { equals: 'I' } }] } })
  ).docs[0]!.id
  ids.toan = (await p.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
  ids.nv = (await p.find({ collection: 'subjects', where: { code: { equals: 'NV' } } })).docs[0]!.id
  ids.gvToan = (await userByEmail(p, 'gv.toan@haugiang.test')).id
  ids.gvVan = (await userByEmail(p, 'gv.van@haugiang.test')).id
  // A fresh class of grade 8 (Toán: 4 regular assessments, so 6 cells a student), three students
  // studying and one who left (not counted).
  ids.klass = (await p.create({ collection: 'classes', data: { name: '8A9', grade: 8, schoolYear: year } as any })).id
  for (const [teacher, subject] of [
    [ids.gvToan, ids.toan],
    [ids.gvVan, ids.nv],
  ]) {
    ids.assignments.push(
      (await p.create({ collection: 'teaching-assignments', data: { teacher, class: ids.klass, subject } as any })).id,
    )
  }
  for (let i = 0; i < 4; i++) {
    const student = await p.create({
      collection: 'students',
      data: {
        studentCode: `CT-PROGRESS-${i}`,
        fullName: `Lê Tiến Độ ${i}`,
        dateOfBirth: '2012-03-01',
        gender: 'male',
      } as any,
    })
    ids.students.push(student.id)
    await p.create({
      collection: 'enrolments',
      data: { student: student.id, class: ids.klass, status: 'studying', date: '2026-09-05' } as any,
    })
  }
  await p.create({
    collection: 'enrolments',
    data: { student: ids.students[3], class: ids.klass, status: 'transferred-out', date: '2026-10-01' } as any,
  })
  const teacher = await userByEmail(p, 'gv.toan@haugiang.test')
  const enter = async (student: number, cells: object) =>
    ids.grades.push(
      (
        await p.create({
          collection: 'grades',
          data: { student, class: ids.klass, subject: ids.toan, term: ids.term, ...cells } as any,
          user: teacher,
          overrideAccess: false,
        })
      ).id,
    )
  await enter(ids.students[0]!, { regular: ['8', '7'], midterm: '7' })
  await enter(ids.students[1]!, { regular: ['8', '7', '9', '6'], midterm: '7', final: '8' })
  await enter(ids.students[3]!, { regular: ['5'] }) // left the class: not required, not counted
})

afterAll(async () => {
  // Later files count the classes and students of the demo school, and the teachers' scope.
  await removeTestClass(t.payload, ids.klass)
  await shutdownPayload(t)
})

describe('grade entry progress', () => {
  it('counts cells entered of cells required per teacher, class and subject, overall and this month', async () => {
    const res = await progress(PRINCIPAL)
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    expect(rowOf(res.body, ids.toan)).toMatchObject({
      teacherId: ids.gvToan,
      className: '8A9',
      subjectName: 'Toán',
      required: 18,
      entered: 9,
      enteredThisMonth: 9,
      percent: 50,
      lastReminder: null,
    })
    expect(rowOf(res.body, ids.nv)).toMatchObject({ teacherId: ids.gvVan, required: 18, entered: 0, percent: 0 })
    expect(res.body.rows).toHaveLength(2)
  })

  it('the academic vice principal sees the whole school; a department head only their teachers; others 403', async () => {
    const vp = await progress(VP)
    expect(vp.status).toBe(200)
    expect(vp.body.rows).toHaveLength(2)
    expect(vp.body.anomalies).toBeUndefined()
    const head = await progress(HEAD)
    expect(head.status).toBe(200)
    expect(head.body.rows.map((r: any) => r.subjectId)).toEqual([ids.toan])
    const whole = await progress(HEAD, { term: ids.term })
    expect(whole.body.rows.every((r: any) => r.subjectName !== 'Ngữ văn')).toBe(true)
    expect(whole.body.anomalies).toBeUndefined()
    for (const email of [
      'gv.toan@haugiang.test',
      'gv.van@haugiang.test',
      'sodiem@haugiang.test',
      'pht.csvc@haugiang.test',
      'vanthu@haugiang.test',
    ]) {
      expect((await progress(email)).status, email).toBe(403)
    }
    expect((await t.api.rest('GET', '/grades/progress', { query: { term: ids.term } })).status).toBe(401)
    expect((await progress(PRINCIPAL, {})).status).toBe(400)
  })

  it('flags for the principal a grade changed three times', async () => {
    const teacher = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    for (const midterm of ['7.5', '8', '8.5'])
      await t.payload.update({
        collection: 'grades',
        id: ids.grades[1]!,
        data: { midterm },
        user: teacher,
        overrideAccess: false,
      })
    const res = await progress(PRINCIPAL)
    expect(res.body.anomalies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'many-changes',
          gradeId: ids.grades[1],
          changes: 3,
          className: '8A9',
          subjectName: 'Toán',
          studentName: 'Lê Tiến Độ 1',
        }),
      ]),
    )
    // Corrections are not entries: this month still counts 9 cells entered.
    expect(rowOf(res.body, ids.toan)).toMatchObject({ entered: 9, enteredThisMonth: 9 })
  })

  it('keeps each grade’s filled regular cells alike from both write paths, and counts as the domain does', async () => {
    const p = t.payload
    const gradesOfClass = async () =>
      (await p.find({ collection: 'grades', where: { class: { equals: ids.klass } }, depth: 0, pagination: false }))
        .docs
    // The single-document path (the grades of beforeAll, one updated three times above).
    for (const g of await gradesOfClass()) expect(g.regularFilled, `grade ${g.id}`).toBe(filledRegularMask(g.regular))
    // The sheet save (also the Excel import's and the corrections' path).
    const saved = await t.api.rest('POST', '/grades/sheet', {
      token: await t.api.login('gv.van@haugiang.test'),
      body: {
        class: ids.klass,
        subject: ids.nv,
        term: ids.term,
        rows: [
          { student: ids.students[0], revision: null, regular: ['6', '', '7'], midterm: '5' },
          { student: ids.students[2], revision: null, regular: [null, '8,5'], final: '9' },
        ],
      },
    })
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200)
    const grades = await gradesOfClass()
    expect(grades).toHaveLength(5)
    for (const g of grades) expect(g.regularFilled, `grade ${g.id}`).toBe(filledRegularMask(g.regular))

    // The report's counts are the domain's on the same grades and history.
    const requiredOf = async (subject: number) =>
      Number((await p.findByID({ collection: 'subjects', id: subject, depth: 0 })).regularAssessments?.grade8 ?? 0)
    const seated = ids.students.slice(0, 3)
    const sheets = [
      {
        teacherId: ids.gvToan,
        classId: ids.klass,
        subjectId: ids.toan,
        requiredRegular: await requiredOf(ids.toan),
        studentIds: seated,
      },
      {
        teacherId: ids.gvVan,
        classId: ids.klass,
        subjectId: ids.nv,
        requiredRegular: await requiredOf(ids.nv),
        studentIds: seated,
      },
    ]
    const cells: GradeCells[] = grades.map((g) => ({
      id: g.id,
      studentId: g.student as number,
      classId: g.class as number,
      subjectId: g.subject as number,
      regular: g.regular as GradeCells['regular'],
      midterm: g.midterm,
      final: g.final,
    }))
    const { rows: entries } = await poolSql(p).execute(sql`
      SELECT document_id, created_at, changes FROM audit_log
      WHERE collection = 'grades' AND document_id = ANY(${`{${grades.map((g) => g.id).join(',')}}`}::text[])`)
    const changes = entries.map((e) => ({
      gradeId: Number(e.document_id),
      at: new Date(String(e.created_at)).toISOString(),
      ...changeOfEntry(e.changes),
    }))
    const now = new Date()
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 7 * 3600 * 1000).toISOString()
    const expected = computeEntryProgress(sheets, cells, changes, monthStart)
    const res = await progress(PRINCIPAL)
    for (const row of expected) expect(rowOf(res.body, Number(row.subjectId))).toMatchObject(row)
    expect(expected.find((r) => r.subjectId === ids.nv)).toMatchObject({ entered: 5, enteredThisMonth: 5 })
  })
})

describe('remind', () => {
  it('the department head reminds their teacher: a reminder recorded, an e-mail queued, shown on the dashboard', async () => {
    const res = await remind(HEAD, { term: ids.term, class: ids.klass, subject: ids.toan, teacher: ids.gvToan })
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201)
    const head = await userByEmail(t.payload, HEAD)
    expect(res.body.doc).toMatchObject({ teacher: ids.gvToan, sentBy: head.id, missing: 9, emailStatus: 'queued' })
    expect(res.body.doc.message).toContain('còn thiếu 9 ô điểm')
    const jobs = await t.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendGradeReminder' } },
    })
    const job = jobs.docs.find((j) => (j.input as { reminderId?: number }).reminderId === res.body.doc.id)
    expect(job).toBeTruthy()
    const row = rowOf((await progress(PRINCIPAL)).body, ids.toan)
    expect(row.lastReminder).toMatchObject({ by: head.fullName })
    // The teacher reads it in their list; another teacher does not.
    const mine = await t.api.rest('GET', '/grade-reminders', { token: await t.api.login('gv.toan@haugiang.test') })
    expect(mine.body.docs.map((d: any) => d.id)).toContain(res.body.doc.id)
    const others = await t.api.rest('GET', '/grade-reminders', { token: await t.api.login('gv.van@haugiang.test') })
    expect(others.body.docs.map((d: any) => d.id)).not.toContain(res.body.doc.id)
    // The queue sends it and records the outcome (no SMTP server in tests: failed, recorded).
    await t.payload.jobs.runByID({ id: job!.id, silent: true })
    const after = await t.payload.findByID({ collection: 'grade-reminders', id: res.body.doc.id })
    expect(['sent', 'failed']).toContain(after.emailStatus)
  })

  it('refused: a teacher outside the head’s department, a teacher, nobody may write reminders directly', async () => {
    expect((await remind(HEAD, { term: ids.term, class: ids.klass, subject: ids.nv, teacher: ids.gvVan })).status).toBe(
      404,
    )
    expect(
      (
        await remind('gv.toan@haugiang.test', {
          term: ids.term,
          class: ids.klass,
          subject: ids.toan,
          teacher: ids.gvToan,
        })
      ).status,
    ).toBe(403)
    expect((await remind(PRINCIPAL, { term: ids.term, class: ids.klass })).status).toBe(400)
    const direct = await t.api.rest('POST', '/grade-reminders', {
      token: await t.api.login(PRINCIPAL),
      body: { teacher: ids.gvVan, term: ids.term, class: ids.klass, subject: ids.nv, message: 'x' },
    })
    expect(direct.status).toBe(403)
  })
})
