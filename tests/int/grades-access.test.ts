import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { classIdIn } from '../helpers/school'

let t: TestContext
const ids = {
  year: 0,
  lastYear: 0,
  termI: 0,
  termII: 0,
  lastTermII: 0,
  c7A1: 0,
  c7A2: 0,
  c6A1: 0,
  toan: 0,
  nv: 0,
  gdtc: 0,
}
let students7A1: number[] = []
let student7A2 = 0

const TOAN_TEACHER = 'gv.toan@haugiang.test' // Toán 7A1, 7A2; homeroom 7A1
const VAN_TEACHER = 'gv.van@haugiang.test' // Ngữ văn 6A1, 7A1; homeroom 6A1
const errorPaths = (body: any): string[] => (body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)

const count = async (where: Where) => (await t.payload.count({ collection: 'grades', where })).totalDocs
const gradeOf = async (where: Where) =>
  (await t.payload.find({ collection: 'grades', where, limit: 1, depth: 0, sort: 'id' })).docs[0]!

beforeAll(async () => {
  t = await bootPayload()
  const p = t.payload
  const year = async (isCurrent: boolean) =>
    (await p.find({ collection: 'school-years', where: { isCurrent: { equals: isCurrent } } })).docs[0]!.id
  ids.year = await year(true)
  ids.lastYear = await year(false)
  const term = async (schoolYear: number, name: 'I' | 'II') =>
    (
      await p.find({
        collection: 'terms',
        where: { and: [{ schoolYear: { equals: schoolYear } }, { term: { equals: name } }] },
      })
    ).docs[0]!.id
  ids.termI = await term(ids.year, 'I')
  ids.termII = await term(ids.year, 'II')
  ids.lastTermII = await term(ids.lastYear, 'II')
  const klass = (name: string) => classIdIn(p, ids.year, name)
  ids.c7A1 = await klass('7A1')
  ids.c7A2 = await klass('7A2')
  ids.c6A1 = await klass('6A1')
  const subject = async (code: string) =>
    (await p.find({ collection: 'subjects', where: { code: { equals: code } } })).docs[0]!.id
  ids.toan = await subject('TOAN')
  ids.nv = await subject('NV')
  ids.gdtc = await subject('GDTC')
  const enrolled = async (classId: number) =>
    (
      await p.find({
        collection: 'enrolments',
        where: { class: { equals: classId } },
        pagination: false,
        depth: 0,
        sort: 'student',
      })
    ).docs.map((e) => e.student as number)
  students7A1 = await enrolled(ids.c7A1)
  student7A2 = (await enrolled(ids.c7A2))[0]!
})
afterAll(() => shutdownPayload(t))

describe('seeded gradebook', () => {
  it('has term I grades for 7A1 with computed averages and last year’s complete, locked grades', async () => {
    expect(await count({ and: [{ class: { equals: ids.c7A1 } }, { term: { equals: ids.termI } }] })).toBe(
      students7A1.length * 12,
    )
    const last = await gradeOf({ and: [{ term: { equals: ids.lastTermII } }, { subject: { equals: ids.toan } }] })
    expect(last.locked).toBe(true)
    expect(last.average).toMatch(/^\d+(\.\d)?$/)
    expect((last.regular as unknown[]).length).toBe(4)
  })
})

describe('who reads grades (Where queries: lists, counts, filters and sorts)', () => {
  const restCount = async (email: string, where?: Where) => {
    const res = await t.api.rest('GET', '/grades', {
      token: await t.api.login(email),
      query: { where, limit: 1, depth: 0 },
    })
    return res
  }
  const teacherScope: Where = {
    or: [{ class: { equals: 0 } }, { and: [{ class: { equals: 0 } }, { subject: { equals: 0 } }] }],
  }

  it('the subject and homeroom teacher: own class’s subjects and own teaching, nothing else (REST)', async () => {
    ;(teacherScope.or![0] as any).class.equals = ids.c7A1
    ;(teacherScope.or![1] as any).and[0].class.equals = ids.c7A2
    ;(teacherScope.or![1] as any).and[1].subject.equals = ids.toan
    const res = await restCount(TOAN_TEACHER)
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(await count(teacherScope))
    // Reads Ngữ văn of own class 7A1 (homeroom), not of 6A1.
    expect(
      (await restCount(TOAN_TEACHER, { and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.nv } }] })).body
        .totalDocs,
    ).toBe(students7A1.length)
    expect((await restCount(TOAN_TEACHER, { class: { equals: ids.c6A1 } })).body.totalDocs).toBe(0)
    expect(
      (await restCount(TOAN_TEACHER, { and: [{ class: { equals: ids.c7A2 } }, { subject: { equals: ids.nv } }] })).body
        .totalDocs,
    ).toBe(0)
  })

  it('a where or sort on grades never reaches rows outside the scope', async () => {
    const token = await t.api.login(VAN_TEACHER)
    // gv.van teaches Ngữ văn in 7A1 but is not its homeroom teacher: Toán of 7A1 stays hidden.
    const probe = await t.api.rest('GET', '/grades', {
      token,
      query: {
        where: {
          and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.toan } }, { average: { exists: true } }],
        },
      },
    })
    expect(probe.body.totalDocs).toBe(0)
    const or = await t.api.rest('GET', '/grades', {
      token,
      query: {
        where: { oR: [{ subject: { equals: ids.toan } }, { average: { exists: true } }] },
        limit: 500,
        depth: 0,
      },
    })
    for (const doc of or.body.docs) expect([ids.c6A1, ids.c7A1]).toContain(doc.class)
    for (const doc of or.body.docs) if (doc.class === ids.c7A1) expect(doc.subject).toBe(ids.nv)
    const sorted = await t.api.rest('GET', '/grades', { token, query: { sort: '-average', limit: 1000, depth: 0 } })
    expect(sorted.body.totalDocs).toBe(
      await count({
        or: [
          { class: { equals: ids.c6A1 } },
          { and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.nv } }] },
        ],
      }),
    )
  })

  it('the department head reads the subjects taught by department members', async () => {
    const res = await restCount('totruong.toan@haugiang.test', {
      and: [{ class: { equals: ids.c7A2 } }, { subject: { equals: ids.toan } }],
    })
    expect(res.body.totalDocs).toBeGreaterThan(0)
    expect((await restCount('totruong.toan@haugiang.test', { subject: { equals: ids.nv } })).body.totalDocs).toBe(0)
  })

  it('leadership and the gradebook administrator read everything; others read nothing', async () => {
    const total = await count({})
    for (const email of ['hieutruong@haugiang.test', 'pht.chuyenmon@haugiang.test', 'sodiem@haugiang.test']) {
      expect((await restCount(email)).body.totalDocs, email).toBe(total)
    }
    for (const email of ['pht.csvc@haugiang.test', 'vanthu@haugiang.test', 'yte@haugiang.test']) {
      const res = await restCount(email)
      expect(res.status === 403 || res.body.totalDocs === 0, email).toBe(true)
    }
    expect((await t.api.rest('GET', '/grades')).status).toBe(403)
  })

  it('GraphQL answers the same scope, also through the correction’s grade relation', async () => {
    const token = await t.api.login(VAN_TEACHER)
    const res = await t.api.graphql(
      `{ Grades(limit: 1000, where: { subject: { equals: ${ids.toan} } }) { totalDocs docs { class { id } } } }`,
      { token },
    )
    expect(res.body.data.Grades.totalDocs).toBe(
      await count({ and: [{ class: { equals: ids.c6A1 } }, { subject: { equals: ids.toan } }] }),
    )
    const outsider = await t.api.graphql(`{ Grades { totalDocs } }`, {
      token: await t.api.login('ketoan@haugiang.test'),
    })
    expect(outsider.body.data?.Grades ?? null).toBeNull()
  })

  it('the Local API with overrideAccess: false applies the same Where', async () => {
    const user = await userByEmail(t.payload, VAN_TEACHER)
    const found = await t.payload.find({
      collection: 'grades',
      where: { class: { equals: ids.c7A2 } },
      user,
      overrideAccess: false,
    })
    expect(found.totalDocs).toBe(0)
  })
})

describe('writing grades: the subject teacher, own class and subject, open term, unlocked', () => {
  it('updates own cell; the average is computed, never taken from input', async () => {
    const grade = await gradeOf({
      and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.nv } }, { term: { equals: ids.termI } }],
    })
    const token = await t.api.login(VAN_TEACHER)
    const res = await t.api.rest('PATCH', `/grades/${grade.id}`, {
      token,
      body: { regular: ['8', '7', '9', '6'], midterm: '7.5', final: '8', average: '10', locked: true, revision: 99 },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ average: '7.7', locked: false, midterm: '7.5' })
    expect(res.body.doc.revision).toBe(Number(grade.revision ?? 0) + 1)
    // 8.25 rounds up: (8 + 8 + 8 + 8 + 2×9 + 3×8.5... ) → choose cells giving exactly 8.25: n = 4, Σ = 74.25 impossible; check 8.15 via the sheet rules
    const exact = await t.api.rest('PATCH', `/grades/${grade.id}`, {
      token,
      body: { regular: ['8', '8', '8', '8'], midterm: '8', final: '8.5' },
    })
    // (32 + 16 + 25.5) / 9 = 8.1666… → 8.2
    expect(exact.body.doc.average).toBe('8.2')
  })

  it('refuses bad values with a 400 naming the cell, and writes nothing', async () => {
    const grade = await gradeOf({
      and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.nv } }, { term: { equals: ids.termI } }],
    })
    const token = await t.api.login(VAN_TEACHER)
    const cases: Array<[object, string]> = [
      [{ midterm: '11' }, 'midterm'],
      [{ final: '-1' }, 'final'],
      [{ midterm: '7.25' }, 'midterm'],
      [{ final: 'abc' }, 'final'],
      [{ midterm: 'D' }, 'midterm'],
      [{ regular: ['8', '8', '8', '8', '8'] }, 'regular'],
      [{ regular: ['8', '12'] }, 'regular.1'],
    ]
    for (const [body, path] of cases) {
      const res = await t.api.rest('PATCH', `/grades/${grade.id}`, { token, body })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(errorPaths(res.body), JSON.stringify(body)).toContain(path)
    }
    const after = await t.payload.findByID({ collection: 'grades', id: grade.id, depth: 0 })
    expect(after.updatedAt).toBe(grade.updatedAt)
  })

  it('comment subjects take Đ/CĐ only', async () => {
    const grade = await gradeOf({
      and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.gdtc } }, { term: { equals: ids.termI } }],
    })
    const teacherId = (
      await t.payload.find({
        collection: 'teaching-assignments',
        where: { and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.gdtc } }] },
        depth: 1,
      })
    ).docs[0]!.teacher as { email: string }
    const token = await t.api.login(teacherId.email)
    const bad = await t.api.rest('PATCH', `/grades/${grade.id}`, { token, body: { midterm: '8' } })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toContain('midterm')
    const good = await t.api.rest('PATCH', `/grades/${grade.id}`, {
      token,
      body: { regular: ['Đ', 'Đ'], midterm: 'Đạt', final: 'CĐ' },
    })
    expect(good.status).toBe(200)
    expect(good.body.doc).toMatchObject({ regular: ['D', 'D'], midterm: 'D', final: 'CD', average: 'CD' })
  })

  it('creates a grade for own class and subject; refuses duplicates, other students, other subjects', async () => {
    const token = await t.api.login(VAN_TEACHER)
    const data = { student: students7A1[0], subject: ids.nv, class: ids.c7A1, term: ids.termII, regular: ['9'] }
    const created = await t.api.rest('POST', '/grades', { token, body: data })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.average).toBeNull()
    const again = await t.api.rest('POST', '/grades', { token, body: data })
    expect(again.status).toBe(400)
    const stranger = await t.api.rest('POST', '/grades', { token, body: { ...data, student: student7A2 } })
    expect(stranger.status).toBe(400)
    expect(errorPaths(stranger.body)).toContain('student')
    const notTaught = await t.api.rest('POST', '/grades', { token, body: { ...data, subject: ids.toan } })
    expect(notTaught.status).toBe(403)
    const otherYearTerm = await t.api.rest('POST', '/grades', {
      token,
      body: { ...data, student: students7A1[1], term: ids.lastTermII },
    })
    expect(otherYearTerm.status).toBe(400)
    expect(errorPaths(otherYearTerm.body)).toContain('term')
  })

  it('another teacher’s cell cannot be written through REST, GraphQL, Local API or a bulk update', async () => {
    const grade = await gradeOf({
      and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.toan } }, { term: { equals: ids.termI } }],
    })
    const token = await t.api.login(VAN_TEACHER)
    // 0.3 is a mid-term score the seed never gives (it uses halves), so any write would show.
    expect((await t.api.rest('PATCH', `/grades/${grade.id}`, { token, body: { midterm: '0.3' } })).status).toBe(403)
    const gql = await t.api.graphql(`mutation { updateGrade(id: ${grade.id}, data: { midterm: "0.3" }) { id } }`, {
      token,
    })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const user = await userByEmail(t.payload, VAN_TEACHER)
    await expect(
      t.payload.update({ collection: 'grades', id: grade.id, data: { midterm: '0.3' }, user, overrideAccess: false }),
    ).rejects.toThrow()
    const bulk = await t.api.rest('PATCH', '/grades', {
      token,
      query: { where: { subject: { equals: ids.toan } } },
      body: { midterm: '0.3' },
    })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    expect(await count({ midterm: { equals: '0.3' } })).toBe(0)
    expect((await t.payload.findByID({ collection: 'grades', id: grade.id, depth: 0 })).midterm).toBe(grade.midterm)
  })

  it('nobody deletes a grade, not even the principal', async () => {
    const grade = await gradeOf({ class: { equals: ids.c7A1 } })
    for (const email of [VAN_TEACHER, 'hieutruong@haugiang.test', 'sodiem@haugiang.test', 'admin@haugiang.test']) {
      expect(
        (await t.api.rest('DELETE', `/grades/${grade.id}`, { token: await t.api.login(email) })).status,
        email,
      ).toBe(403)
    }
  })
})

describe('locking by term, class and subject', () => {
  const cell = () =>
    gradeOf({
      and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.nv } }, { term: { equals: ids.termI } }],
    })

  it('only the gradebook administrator and the academic vice principal lock', async () => {
    for (const email of [VAN_TEACHER, 'pht.csvc@haugiang.test', 'hieutruong@haugiang.test']) {
      const res = await t.api.rest('POST', '/grade-locks', {
        token: await t.api.login(email),
        body: { term: ids.termI, class: ids.c7A1, subject: ids.nv },
      })
      expect(res.status, email).toBe(403)
    }
  })

  it('a locked cell is refused on every door; unlocking opens it again', async () => {
    const token = await t.api.login('pht.chuyenmon@haugiang.test')
    const lock = await t.api.rest('POST', '/grade-locks', {
      token,
      body: { term: ids.termI, class: ids.c7A1, subject: ids.nv },
    })
    expect(lock.status).toBe(201)
    const grade = await cell()
    expect(grade.locked).toBe(true)
    // Other cells of the class stay open.
    expect(
      (
        await gradeOf({
          and: [{ class: { equals: ids.c7A1 } }, { subject: { equals: ids.toan } }, { term: { equals: ids.termI } }],
        })
      ).locked,
    ).toBe(false)

    const teacher = await t.api.login(VAN_TEACHER)
    expect((await t.api.rest('PATCH', `/grades/${grade.id}`, { token: teacher, body: { midterm: '10' } })).status).toBe(
      403,
    )
    const gql = await t.api.graphql(`mutation { updateGrade(id: ${grade.id}, data: { midterm: "10" }) { id } }`, {
      token: teacher,
    })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const bulk = await t.api.rest('PATCH', '/grades', {
      token: teacher,
      query: { where: { and: [{ class: { equals: ids.c7A1 } }, { term: { equals: ids.termI } }] } },
      body: { final: '10' },
    })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    // Even the Local API without access checks: the lock is a rule of the data, not of the caller.
    await expect(t.payload.update({ collection: 'grades', id: grade.id, data: { midterm: '10' } })).rejects.toThrow(
      /khoá/,
    )
    await expect(
      t.payload
        .update({ collection: 'grades', where: { id: { equals: grade.id } }, data: { midterm: '10' } })
        .then((r) => r.errors.length),
    ).resolves.toBe(1)
    // A new grade inside a locked scope is refused too.
    const student = students7A1[2]!
    const created = await t.api.rest('POST', '/grades', {
      token: teacher,
      body: { student, subject: ids.nv, class: ids.c7A1, term: ids.termI },
    })
    expect(created.status === 400 || created.status === 403).toBe(true)
    expect((await t.payload.findByID({ collection: 'grades', id: grade.id, depth: 0 })).midterm).toBe(grade.midterm)

    expect(
      (
        await t.api.rest('DELETE', `/grade-locks/${lock.body.doc.id}`, {
          token: await t.api.login('sodiem@haugiang.test'),
        })
      ).status,
    ).toBe(200)
    expect((await cell()).locked).toBe(false)
    expect((await t.api.rest('PATCH', `/grades/${grade.id}`, { token: teacher, body: { midterm: '9' } })).status).toBe(
      200,
    )
  })

  it('a term whose status is locked refuses every write (last year)', async () => {
    const grade = await gradeOf({ term: { equals: ids.lastTermII } })
    await expect(t.payload.update({ collection: 'grades', id: grade.id, data: { midterm: '10' } })).rejects.toThrow(
      /khoá/,
    )
  })

  it('locking a term by its status flags all its grades; reopening clears them', async () => {
    const admin = await userByEmail(t.payload, 'sodiem@haugiang.test')
    const termII = { term: { equals: ids.termII } }
    expect(await count(termII)).toBeGreaterThan(0)
    // Lock scopes other files left on this term keep their grades locked after reopening.
    // Locking or reopening term II as the administrator, with their access.
    const termIIStatus = (status: 'locked' | 'open') =>
      t.payload.update({ collection: 'terms', id: ids.termII, data: { status }, user: admin, overrideAccess: false })
    const lockedBefore = await count({ and: [termII, { locked: { equals: true } }] })
    await termIIStatus('locked')
    expect(await count({ and: [termII, { locked: { equals: false } }] })).toBe(0)
    const teacher = await t.api.login(VAN_TEACHER)
    const grade = await gradeOf(termII)
    expect((await t.api.rest('PATCH', `/grades/${grade.id}`, { token: teacher, body: { midterm: '6' } })).status).toBe(
      403,
    )
    await termIIStatus('open')
    expect(await count({ and: [termII, { locked: { equals: true } }] })).toBe(lockedBefore)
  })
})
