import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasPublicationConsent } from '@/access/consent'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { classIdIn, yearAnd7A } from '../helpers/school'

let t: TestContext
const ids = { year: 0, c7A1: 0, c7A2: 0, c6A1: 0, c6A2: 0, c8A1: 0 }
const TEACHER = 'gv.van@haugiang.test' // homeroom 6A1, teaches Ngữ văn in 6A1 and 7A1
const HOMEROOM_7A1 = 'gv.toan@haugiang.test' // homeroom 7A1, teaches Toán in 7A1 and 7A2
const HEAD = 'totruong.toan@haugiang.test' // department head, teaches Toán in 6A1 and 6A2
const SENSITIVE = [
  'ethnicity',
  'permanentAddress',
  'policyStatus',
  'contactPhone',
  'citizenId',
  'guardians',
  'publicationConsent',
  'photo',
]

const classId = (name: string) => classIdIn(t.payload, ids.year, name)
const studentsIn = async (klass: number) =>
  (
    await t.payload.find({
      collection: 'students',
      where: { currentClass: { equals: klass } },
      pagination: false,
      depth: 0,
      sort: 'id',
    })
  ).docs
/** An enrolment record sent through REST by the holder of the token. */
const enrol = (token: string, body: object) => t.api.rest('POST', '/enrolments', { token, body })
const errorPaths = (body: any): string[] => (body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)
/** Hidden: absent, or the empty list Payload leaves in place of an unreadable array field. */
const hidden = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0)
const idOf = (value: any) => (typeof value === 'object' && value !== null ? value.id : value)

beforeAll(async () => {
  t = await bootPayload()
  Object.assign(ids, await yearAnd7A(t.payload))
  ids.c6A1 = await classId('6A1')
  ids.c6A2 = await classId('6A2')
  ids.c8A1 = await classId('8A1')
})
afterAll(() => shutdownPayload(t))

describe('seeded students', () => {
  it('every student has guardians; current classes follow the latest enrolment', async () => {
    // The demo school's students (codes 7912022… to 7912026…), not those other files create.
    const all = await t.payload.find({
      collection: 'students',
      where: { studentCode: { like: '791202' } },
      pagination: false,
      depth: 0,
    })
    expect(all.docs.length).toBeGreaterThan(300)
    expect(all.docs.every((s) => (s.guardians?.length ?? 0) > 0)).toBe(true)
    const left = await t.payload.find({
      collection: 'enrolments',
      where: {
        and: [
          { isLatest: { equals: true } },
          { status: { in: ['transferred-out', 'dropped-out'] } },
          { schoolYear: { equals: ids.year } },
        ],
      },
      depth: 0,
    })
    expect(left.totalDocs).toBeGreaterThanOrEqual(3)
    for (const e of left.docs)
      expect(
        (await t.payload.findByID({ collection: 'students', id: idOf(e.student) })).currentClass ?? null,
      ).toBeNull()
  })
})

describe('a subject teacher sees identity fields of taught classes only', () => {
  it('REST: lists exactly the students of 6A1 (homeroom) and 7A1 (taught); 7A1 without sensitive fields', async () => {
    const token = await t.api.login(TEACHER)
    const { status, body } = await t.api.rest('GET', '/students', { token, query: { limit: 500, depth: 0 } })
    expect(status).toBe(200)
    const expected = (await studentsIn(ids.c6A1)).length + (await studentsIn(ids.c7A1)).length
    expect(body.totalDocs).toBe(expected)
    for (const doc of body.docs) {
      expect([ids.c6A1, ids.c7A1]).toContain(doc.currentClass)
      if (doc.currentClass === ids.c7A1) {
        for (const field of SENSITIVE) expect(hidden(doc[field]), field).toBe(true)
        expect(doc.fullName && doc.studentCode && doc.dateOfBirth && doc.gender).toBeTruthy()
      } else {
        expect(doc.permanentAddress).toBeTruthy()
        expect(doc.guardians.length).toBeGreaterThan(0)
      }
    }
  })

  it('REST: a student of another class is not found', async () => {
    const token = await t.api.login(TEACHER)
    const other = (await studentsIn(ids.c8A1))[0]!
    expect((await t.api.rest('GET', `/students/${other.id}`, { token })).status).toBe(404)
  })

  it('where and sort on sensitive fields are refused (REST and GraphQL)', async () => {
    const token = await t.api.login(TEACHER)
    const target = (await studentsIn(ids.c7A1))[0]!
    for (const where of [
      { permanentAddress: { equals: target.permanentAddress } },
      { 'guardians.phone': { equals: target.guardians![0]!.phone } },
      { ethnicity: { equals: 'Kinh' } },
      { or: [{ contactPhone: { like: '09' } }] },
      { AnD: [{ policyStatus: { exists: true } }] },
    ]) {
      const { status, body } = await t.api.rest('GET', '/students', { token, query: { where } })
      const leaked = status === 200 && (body.docs ?? []).some((d: { id: number }) => d.id === target.id)
      expect(leaked, JSON.stringify(where)).toBe(false)
    }
    const sorted = await t.api.rest('GET', '/students', { token, query: { sort: 'permanentAddress', limit: 500 } })
    expect(sorted.status).toBeGreaterThanOrEqual(400)
    const gql = await t.api.graphql(
      `{ Students(where: { permanentAddress: { like: "Quận 6" } }) { totalDocs docs { id } } }`,
      { token },
    )
    expect(gql.body.data?.Students?.totalDocs ?? 0).toBe(0)
  })

  it('GraphQL shows no sensitive value of a taught class', async () => {
    const token = await t.api.login(TEACHER)
    const { body } = await t.api.graphql(
      `{ Students(limit: 500) { totalDocs docs { id currentClass { id } fullName permanentAddress ethnicity contactPhone guardians { name phone } } } }`,
      { token },
    )
    const taught = body.data.Students.docs.filter((d: any) => d.currentClass?.id === ids.c7A1)
    expect(taught.length).toBeGreaterThan(0)
    for (const d of taught) {
      expect(d.permanentAddress).toBeNull()
      expect(d.ethnicity).toBeNull()
      expect(d.contactPhone).toBeNull()
      expect(hidden(d.guardians)).toBe(true)
    }
  })

  it('depth through enrolments shows no more than the direct read', async () => {
    const token = await t.api.login(TEACHER)
    const { status, body } = await t.api.rest('GET', '/enrolments', { token, query: { depth: 2, limit: 500 } })
    expect(status).toBe(200)
    expect(body.docs.length).toBeGreaterThan(0)
    for (const e of body.docs) {
      expect([ids.c6A1, ids.c7A1]).toContain(idOf(e.class))
      if (idOf(e.class) === ids.c7A1 && typeof e.student === 'object' && e.student) {
        for (const field of SENSITIVE) expect(hidden(e.student[field]), field).toBe(true)
        expect(e.reason).toBeUndefined()
      }
    }
    // a condition through the relationship path must not reveal the hidden field either
    const target = (await studentsIn(ids.c7A1))[0]!
    const probe = await t.api.rest('GET', '/enrolments', {
      token,
      query: { where: { 'student.permanentAddress': { equals: target.permanentAddress } } },
    })
    expect(probe.status === 200 ? probe.body.totalDocs : 0).toBe(0)
    const probeGuardian = await t.api.rest('GET', '/enrolments', {
      token,
      query: { where: { 'student.guardians.phone': { equals: target.guardians![0]!.phone } } },
    })
    expect(probeGuardian.status === 200 ? probeGuardian.body.totalDocs : 0).toBe(0)
    const gql = await t.api.graphql(
      `{ Enrolments(limit: 500) { docs { class { id } student { permanentAddress guardians { phone } } } } }`,
      { token },
    )
    for (const e of gql.body.data.Enrolments.docs.filter((d: any) => d.class.id === ids.c7A1)) {
      expect(e.student?.permanentAddress ?? null).toBeNull()
      expect(hidden(e.student?.guardians)).toBe(true)
    }
  })

  it('Local API with overrideAccess: false applies the same rules', async () => {
    const user = await userByEmail(t.payload, TEACHER)
    const found = await t.payload.find({
      collection: 'students',
      user,
      overrideAccess: false,
      where: { currentClass: { equals: ids.c7A1 } },
      limit: 5,
    })
    expect(found.docs.length).toBeGreaterThan(0)
    for (const doc of found.docs) expect(doc.permanentAddress).toBeUndefined()
    await expect(
      t.payload.find({
        collection: 'students',
        user,
        overrideAccess: false,
        where: { permanentAddress: { exists: true } },
      }),
    ).rejects.toThrow()
  })

  it('a department head sees identity fields of the classes they teach only', async () => {
    const token = await t.api.login(HEAD)
    const { body } = await t.api.rest('GET', '/students', { token, query: { limit: 500, depth: 0 } })
    const expected = (await studentsIn(ids.c6A1)).length + (await studentsIn(ids.c6A2)).length
    expect(body.totalDocs).toBe(expected)
    for (const doc of body.docs) for (const field of SENSITIVE) expect(hidden(doc[field]), field).toBe(true)
  })

  it('a subject teacher cannot update or create', async () => {
    const token = await t.api.login(TEACHER)
    const target = (await studentsIn(ids.c7A1))[0]!
    const res = await t.api.rest('PATCH', `/students/${target.id}`, { token, body: { fullName: 'Đổi Tên' } })
    expect(res.status).toBeGreaterThanOrEqual(403)
    expect((await t.payload.findByID({ collection: 'students', id: target.id })).fullName).toBe(target.fullName)
    const created = await t.api.rest('POST', '/students', {
      token,
      body: { studentCode: '7999999001', fullName: 'X', dateOfBirth: '2013-01-01', gender: 'male' },
    })
    expect(created.status).toBe(403)
  })
})

describe('the homeroom teacher keeps their own class', () => {
  it('reads and edits own class, including sensitive fields', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const target = (await studentsIn(ids.c7A1)).find((s) => s.permanentAddress && s.guardians?.[0]?.occupation)!
    const read = await t.api.rest('GET', `/students/${target.id}`, { token })
    expect(read.body.permanentAddress).toBe(target.permanentAddress)
    expect(read.body.guardians[0].occupation).toBeTruthy()
    const res = await t.api.rest('PATCH', `/students/${target.id}`, {
      token,
      body: { permanentAddress: '12 Bình Tiên, Phường 7, Quận 6', contactPhone: '+84901112233' },
    })
    expect(res.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'students', id: target.id })
    expect(stored.permanentAddress).toBe('12 Bình Tiên, Phường 7, Quận 6')
  })

  it('cannot edit another class (even one they teach), cannot delete', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const other = (await studentsIn(ids.c7A2))[0]!
    const res = await t.api.rest('PATCH', `/students/${other.id}`, { token, body: { permanentAddress: 'Đã sửa' } })
    expect(res.status).toBeGreaterThanOrEqual(403)
    expect((await t.payload.findByID({ collection: 'students', id: other.id })).permanentAddress).toBe(
      other.permanentAddress,
    )
    const read = await t.api.rest('GET', `/students/${other.id}`, { token })
    expect(read.body.permanentAddress).toBeUndefined()
    const own = (await studentsIn(ids.c7A1))[0]!
    expect((await t.api.rest('DELETE', `/students/${own.id}`, { token })).status).toBe(403)
    const gql = await t.api.graphql(`mutation { deleteStudent(id: ${own.id}) { id } }`, { token })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await t.payload.count({ collection: 'students', where: { id: { equals: own.id } } })).totalDocs).toBe(1)
  })
})

describe('medical staff and everyone else', () => {
  it('medical staff: identity and guardians’ contact of every student, nothing more', async () => {
    const token = await t.api.login('yte@haugiang.test')
    const { body } = await t.api.rest('GET', '/students', { token, query: { limit: 5, depth: 0 } })
    expect(body.totalDocs).toBe((await t.payload.count({ collection: 'students' })).totalDocs)
    for (const doc of body.docs) {
      expect(doc.guardians[0].phone).toBeTruthy()
      expect(doc.guardians[0].occupation).toBeUndefined()
      expect(doc.contactPhone).toBeTruthy()
      expect(doc.permanentAddress).toBeUndefined()
      expect(doc.ethnicity).toBeUndefined()
    }
    const byPhone = await t.api.rest('GET', '/students', {
      token,
      query: { where: { 'guardians.phone': { equals: body.docs[0].guardians[0].phone } } },
    })
    expect(byPhone.status).toBe(200)
    const byJob = await t.api.rest('GET', '/students', {
      token,
      query: { where: { 'guardians.occupation': { equals: 'Giáo viên' } } },
    })
    expect(byJob.status === 200 ? byJob.body.totalDocs : 0).toBe(0)
  })

  it('accountant, librarian and the public see nothing', async () => {
    for (const email of ['ketoan@haugiang.test', 'thuvien@haugiang.test', 'admin@haugiang.test']) {
      const token = await t.api.login(email)
      expect((await t.api.rest('GET', '/students', { token })).status, email).toBe(403)
      expect((await t.api.rest('GET', '/enrolments', { token })).status, email).toBe(403)
      const gql = await t.api.graphql('{ Students { docs { fullName } } }', { token })
      expect(gql.body.data?.Students ?? null).toBeNull()
    }
    expect((await t.api.rest('GET', '/students')).status).toBe(403)
  })

  it('leadership and the gradebook administrator read every field', async () => {
    const token = await t.api.login('pht.chuyenmon@haugiang.test')
    const { body } = await t.api.rest('GET', '/students', {
      token,
      query: { where: { permanentAddress: { like: 'Quận 6' } }, limit: 1 },
    })
    expect(body.totalDocs).toBeGreaterThan(300)
    expect(body.docs[0].guardians[0].occupation).toBeTruthy()
  })
})

describe('validation: a 400 naming the field, nothing written', () => {
  const base = { studentCode: '7999000001', fullName: 'Nguyễn Thử Nghiệm', dateOfBirth: '2013-05-05', gender: 'male' }
  const count = async () => (await t.payload.count({ collection: 'students' })).totalDocs

  it.each([
    [{ contactPhone: '12345' }, 'contactPhone'],
    [{ guardians: [{ name: 'Cha', phone: '09123' }] }, 'guardians.0.phone'],
    [{ dateOfBirth: '2030-01-01' }, 'dateOfBirth'],
    [{ dateOfBirth: '2019-01-01' }, 'dateOfBirth'],
  ])('%j', async (patch, path) => {
    const token = await t.api.login('sodiem@haugiang.test')
    const before = await count()
    const { status, body } = await t.api.rest('POST', '/students', { token, body: { ...base, ...patch } })
    expect(status).toBe(400)
    expect(errorPaths(body)).toContain(path)
    expect(await count()).toBe(before)
  })

  it('a duplicate student code', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const existing = (await studentsIn(ids.c8A1))[0]!
    const { status, body } = await t.api.rest('POST', '/students', {
      token,
      body: { ...base, studentCode: existing.studentCode },
    })
    expect(status).toBe(400)
    expect(errorPaths(body)).toContain('studentCode')
  })

  it('a valid student outside the usual ages is saved (the warning does not block)', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const { status } = await t.api.rest('POST', '/students', {
      token,
      body: { ...base, studentCode: '7999000002', dateOfBirth: '2010-02-01', contactPhone: '+84 90 111 2233' },
    })
    expect(status).toBe(201)
  })
})

describe('enrolment history', () => {
  it('a transfer out is a new record; the homeroom teacher then no longer sees the student', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const student = (await studentsIn(ids.c7A1)).at(-1)!
    const before = await t.payload.count({ collection: 'enrolments', where: { student: { equals: student.id } } })
    const res = await t.api.rest('POST', '/enrolments', {
      token,
      body: {
        student: student.id,
        class: ids.c7A1,
        status: 'transferred-out',
        date: '2026-11-20',
        reason: 'Chuyển trường',
      },
    })
    expect(res.status).toBe(201)
    const history = await t.payload.find({
      collection: 'enrolments',
      where: { student: { equals: student.id } },
      sort: 'id',
      depth: 0,
    })
    expect(history.totalDocs).toBe(before.totalDocs + 1)
    expect(history.docs.map((d) => d.status)).toContain('studying')
    expect((await t.payload.findByID({ collection: 'students', id: student.id })).currentClass ?? null).toBeNull()
    const homeroom = await t.api.login(HOMEROOM_7A1)
    expect((await t.api.rest('GET', `/students/${student.id}`, { token: homeroom })).status).toBe(404)
    // A second drop-out of a student no longer in the class is refused.
    const again = await enrol(token, {
      student: student.id,
      class: ids.c7A1,
      status: 'dropped-out',
      date: '2026-11-21',
    })
    expect(again.status).toBe(400)
    expect(errorPaths(again.body)).toContain('status')
  })

  it('records are never edited or deleted, by anyone', async () => {
    const enrolment = (await t.payload.find({ collection: 'enrolments', limit: 1, depth: 0 })).docs[0]!
    for (const email of ['sodiem@haugiang.test', 'hieutruong@haugiang.test']) {
      const token = await t.api.login(email)
      expect(
        (await t.api.rest('PATCH', `/enrolments/${enrolment.id}`, { token, body: { status: 'dropped-out' } })).status,
      ).toBe(403)
      expect((await t.api.rest('DELETE', `/enrolments/${enrolment.id}`, { token })).status).toBe(403)
    }
    expect((await t.payload.findByID({ collection: 'enrolments', id: enrolment.id })).status).toBe(enrolment.status)
  })

  it('an unknown class and a second class in a year are refused', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const student = (await studentsIn(ids.c8A1))[0]!
    const unknown = await enrol(token, { student: student.id, class: 999999, status: 'studying', date: '2026-09-05' })
    expect(unknown.status).toBe(400)
    expect(errorPaths(unknown.body)).toContain('class')
    const second = await enrol(token, { student: student.id, class: ids.c7A2, status: 'studying', date: '2026-09-05' })
    expect(second.status).toBe(400)
    expect(errorPaths(second.body)).toContain('student')
  })

  it('a homeroom teacher enrols into their own class only', async () => {
    const admin = await t.api.login('sodiem@haugiang.test')
    const created = await t.api.rest('POST', '/students', {
      token: admin,
      body: { studentCode: '7999000003', fullName: 'Lê Văn Mới', dateOfBirth: '2013-04-04', gender: 'male' },
    })
    expect(created.status).toBe(201)
    const token = await t.api.login(HOMEROOM_7A1)
    const body = { student: created.body.doc.id, status: 'transferred-in', date: '2026-11-25' }
    expect((await enrol(token, { ...body, class: ids.c7A2 })).status).toBe(403)
    expect((await enrol(token, { ...body, class: ids.c7A1 })).status).toBe(201)
    expect((await t.api.rest('GET', `/students/${created.body.doc.id}`, { token })).status).toBe(200)
  })
})

describe('publication consent', () => {
  it('is recorded with who and when, and read by hasPublicationConsent (failing closed)', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const target = (await studentsIn(ids.c7A1))[2]!
    const sodiem = await userByEmail(t.payload, 'sodiem@haugiang.test')
    const res = await t.api.rest('PATCH', `/students/${target.id}`, {
      token,
      body: { publicationConsent: { guardianConsent: true, studentConsent: false, recordedBy: sodiem.id } },
    })
    expect(res.status).toBe(200)
    const me = await userByEmail(t.payload, HOMEROOM_7A1)
    const stored = await t.payload.findByID({ collection: 'students', id: target.id, depth: 0 })
    expect(stored.publicationConsent?.recordedBy).toBe(me.id)
    expect(stored.publicationConsent?.guardianConsentDate).toBeTruthy()
    expect(await hasPublicationConsent(t.payload, target.id)).toBe(false)
    await t.api.rest('PATCH', `/students/${target.id}`, {
      token,
      body: { publicationConsent: { guardianConsent: true, studentConsent: true } },
    })
    expect(await hasPublicationConsent(t.payload, target.id)).toBe(true)
    expect(await hasPublicationConsent(t.payload, 99999999)).toBe(false)
    expect(await hasPublicationConsent(t.payload, 'không-phải-số')).toBe(false)
  })
})
