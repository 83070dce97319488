import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isHomeroomTeacherOf, loadScope, teachesClassSubject } from '@/access/scope'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { classIdIn, currentYearId } from '../helpers/school'

let t: TestContext
let currentYear: number
const ids = { class7A1: 0, class7A2: 0, class6A1: 0, toan: 0, nv: 0 }

beforeAll(async () => {
  t = await bootPayload()
  currentYear = await currentYearId(t.payload)
  const classId = (name: string) => classIdIn(t.payload, currentYear, name)
  const subjectId = async (code: string) =>
    (await t.payload.find({ collection: 'subjects', where: { code: { equals: code } } })).docs[0]!.id
  ids.class7A1 = await classId('7A1')
  ids.class7A2 = await classId('7A2')
  ids.class6A1 = await classId('6A1')
  ids.toan = await subjectId('TOAN')
  ids.nv = await subjectId('NV')
})
afterAll(() => shutdownPayload(t))

const errorPath = (body: any) => body?.errors?.[0]?.data?.errors?.[0]?.path

describe('demo school', () => {
  it('has two school years, the current one 2026-2027 with term I open', async () => {
    const years = await t.payload.find({ collection: 'school-years', sort: 'name' })
    expect(years.docs.map((y) => [y.name, y.isCurrent])).toEqual([
      ['2025-2026', false],
      ['2026-2027', true],
    ])
    const termI = await t.payload.find({
      collection: 'terms',
      where: { and: [{ schoolYear: { equals: currentYear } }, { term: { equals: 'I' } }] },
    })
    expect(termI.docs[0]!.status).toBe('open')
  })

  it('has at least two classes per grade with 30–45 students each', async () => {
    const classes = await t.payload.find({
      collection: 'classes',
      where: { schoolYear: { equals: currentYear } },
      pagination: false,
    })
    for (const grade of [6, 7, 8, 9])
      expect(classes.docs.filter((c) => c.grade === grade).length).toBeGreaterThanOrEqual(2)
    for (const klass of classes.docs) {
      const { totalDocs } = await t.payload.count({ collection: 'enrolments', where: { class: { equals: klass.id } } })
      expect(totalDocs, klass.name).toBeGreaterThanOrEqual(30)
      expect(totalDocs, klass.name).toBeLessThanOrEqual(45)
    }
    expect((await t.payload.count({ collection: 'students' })).totalDocs).toBeGreaterThanOrEqual(300)
  })

  it('derives regular assessments from periods: Công nghệ 2, 2, 3, 3; Toán 4; comment subjects 2', async () => {
    const find = async (code: string) =>
      (await t.payload.find({ collection: 'subjects', where: { code: { equals: code } } })).docs[0]!
    expect((await find('CN')).regularAssessments).toMatchObject({ grade6: 2, grade7: 2, grade8: 3, grade9: 3 })
    expect((await find('TOAN')).regularAssessments).toMatchObject({ grade6: 4, grade9: 4 })
    expect((await find('GDTC')).regularAssessments).toMatchObject({ grade6: 2 })
  })

  it('loads a teacher’s scope from assignments, once per request', async () => {
    const user = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    const req = { payload: t.payload, user } as unknown as PayloadRequest
    const scope = await loadScope(req)
    expect(await loadScope(req)).toBe(scope)
    expect(isHomeroomTeacherOf(scope, ids.class7A1)).toBe(true)
    expect(isHomeroomTeacherOf(scope, ids.class7A2)).toBe(false)
    expect(teachesClassSubject(scope, ids.class7A1, ids.toan)).toBe(true)
    expect(teachesClassSubject(scope, ids.class7A2, ids.toan)).toBe(true)
    expect(teachesClassSubject(scope, ids.class6A1, ids.toan)).toBe(false)
    expect(teachesClassSubject(scope, ids.class7A1, ids.nv)).toBe(false)

    const head = await userByEmail(t.payload, 'totruong.toan@haugiang.test')
    const headScope = await loadScope({ payload: t.payload, user: head } as unknown as PayloadRequest)
    expect(headScope.headedDepartmentIds).toHaveLength(1)
    expect(headScope.departmentMemberIds).toContain(user.id)
  })
})

describe('structure access: teachers read, the gradebook administrator writes', () => {
  const newClass = () => ({ name: '6A9', grade: 6, schoolYear: currentYear })

  it('a teacher reads classes through REST and GraphQL', async () => {
    const token = await t.api.login('gv.van@haugiang.test')
    const rest = await t.api.rest('GET', '/classes', { token, query: { limit: 50 } })
    expect(rest.status).toBe(200)
    expect(rest.body.totalDocs).toBeGreaterThanOrEqual(16)
    const gql = await t.api.graphql('{ Classes(limit: 50) { totalDocs docs { name grade } } }', { token })
    expect(gql.body.data.Classes.totalDocs).toBe(rest.body.totalDocs)
  })

  it('the public reads no structure', async () => {
    expect((await t.api.rest('GET', '/classes')).status).toBe(403)
    const gql = await t.api.graphql('{ Classes { docs { name } } }')
    expect(gql.body.errors?.length).toBeGreaterThan(0)
  })

  it('a teacher cannot create, update or delete through REST, GraphQL or the Local API', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    expect((await t.api.rest('POST', '/classes', { token, body: newClass() })).status).toBe(403)
    expect((await t.api.rest('PATCH', `/classes/${ids.class7A1}`, { token, body: { maxStudents: 30 } })).status).toBe(
      403,
    )
    expect((await t.api.rest('DELETE', `/classes/${ids.class7A1}`, { token })).status).toBe(403)
    const gql = await t.api.graphql(`mutation { updateClass(id: ${ids.class7A1}, data: { maxStudents: 30 }) { id } }`, {
      token,
    })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const user = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    await expect(
      t.payload.update({
        collection: 'subjects',
        id: ids.toan,
        data: { name: 'Đổi tên' },
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const klass = await t.payload.findByID({ collection: 'classes', id: ids.class7A1 })
    expect(klass.maxStudents).toBe(45)
    expect((await t.payload.findByID({ collection: 'subjects', id: ids.toan })).name).toBe('Toán')
  })

  it('the gradebook administrator creates and updates classes and assignments', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const created = await t.api.rest('POST', '/classes', { token, body: newClass() })
    expect(created.status).toBe(201)
    const teacher = await userByEmail(t.payload, 'gv.van@haugiang.test')
    const assignment = await t.api.rest('POST', '/teaching-assignments', {
      token,
      body: { teacher: teacher.id, class: created.body.doc.id, subject: ids.nv },
    })
    expect(assignment.status).toBe(201)
    expect(assignment.body.doc.schoolYear.id ?? assignment.body.doc.schoolYear).toBe(currentYear)
    const updated = await t.api.rest('PATCH', `/classes/${created.body.doc.id}`, {
      token,
      body: { homeroomTeacher: teacher.id },
    })
    expect(updated.status).toBe(200)
  })
})

describe('bad input gets a 400 naming the field', () => {
  it('a class of grade 10', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const { status, body } = await t.api.rest('POST', '/classes', {
      token,
      body: { name: '10A1', grade: 10, schoolYear: currentYear },
    })
    expect(status).toBe(400)
    const paths = body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toContain('grade')
  })

  it('a duplicate class name in a year', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const { status, body } = await t.api.rest('POST', '/classes', {
      token,
      body: { name: '7A1', grade: 7, schoolYear: currentYear },
    })
    expect(status).toBe(400)
    expect(errorPath(body)).toBe('name')
    expect(body.errors[0].data.errors[0].message).toMatch(/trùng tên/)
  })

  it('a teaching assignment for a subject the class’s grade does not have', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const subject = await t.api.rest('POST', '/subjects', {
      token,
      body: {
        name: 'Chuyên đề khối 9',
        code: 'CD9',
        assessment: 'score',
        periods: { grade6: 0, grade7: 0, grade8: 0, grade9: 35 },
      },
    })
    expect(subject.status).toBe(201)
    const teacher = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    const { status, body } = await t.api.rest('POST', '/teaching-assignments', {
      token,
      body: { teacher: teacher.id, class: ids.class7A1, subject: subject.body.doc.id },
    })
    expect(status).toBe(400)
    expect(errorPath(body)).toBe('subject')
    expect(body.errors[0].data.errors[0].message).toMatch(/khối 7/)
  })

  it('a 46th student in a class', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const { totalDocs } = await t.payload.count({
      collection: 'enrolments',
      where: { class: { equals: ids.class7A2 } },
    })
    const newStudent = async (i: number) =>
      (
        await t.payload.create({
          collection: 'students',
          data: {
            studentCode: `79990${String(i).padStart(5, '0')}`,
            fullName: `Học Sinh Thử ${i}`,
            dateOfBirth: '2014-03-01',
            gender: 'female',
            permanentAddress: '1 Hậu Giang, Phường 11, Quận 6',
            guardians: [{ name: 'Phụ Huynh Thử', relationship: 'Mẹ', phone: '0901234567', occupation: 'Buôn bán' }],
          },
        })
      ).id
    for (let i = totalDocs; i < 45; i++) {
      const response = await t.api.rest('POST', '/enrolments', {
        token,
        body: { student: await newStudent(i), class: ids.class7A2, status: 'studying', date: '2026-09-05' },
      })
      expect(response.status).toBe(201)
    }
    const { status, body } = await t.api.rest('POST', '/enrolments', {
      token,
      body: { student: await newStudent(46), class: ids.class7A2, status: 'studying', date: '2026-09-05' },
    })
    expect(status).toBe(400)
    expect(errorPath(body)).toBe('class')
    expect(body.errors[0].data.errors[0].message).toMatch(/đủ 45/)
    expect(
      (await t.payload.count({ collection: 'enrolments', where: { class: { equals: ids.class7A2 } } })).totalDocs,
    ).toBe(45)
  })

  it('a second class for a student in the same year', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const enrolment = (
      await t.payload.find({ collection: 'enrolments', where: { class: { equals: ids.class7A1 } }, limit: 1, depth: 0 })
    ).docs[0]!
    const { status, body } = await t.api.rest('POST', '/enrolments', {
      token,
      body: { student: enrolment.student, class: ids.class6A1, status: 'studying', date: '2026-09-05' },
    })
    expect(status).toBe(400)
    expect(errorPath(body)).toBe('student')
  })
})
