import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { yearAnd7A } from '../helpers/school'

let t: TestContext
const ids = { year: 0, c7A1: 0, c7A2: 0 }
const HOMEROOM_7A1 = 'gv.toan@haugiang.test' // also teaches Toán in 7A2
const CLINICAL = ['diagnosis', 'medicalNotes', 'refractiveError', 'spine', 'teeth', 'mentalHealth']

const recordsOfClass = async (klass: number) =>
  (
    await t.payload.find({
      collection: 'health-records',
      where: { 'student.currentClass': { equals: klass } },
      pagination: false,
      depth: 0,
    })
  ).docs
const readEntries = async (userId: number) =>
  (
    await t.payload.count({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'read' } },
          { collection: { equals: 'health-records' } },
          { user: { equals: userId } },
        ],
      },
    })
  ).totalDocs

beforeAll(async () => {
  t = await bootPayload()
  Object.assign(ids, await yearAnd7A(t.payload))
})
afterAll(() => shutdownPayload(t))

describe('seeded check-ups', () => {
  it('every enrolled student has one or two, with BMI computed', async () => {
    const students = await t.payload.find({
      collection: 'students',
      where: { currentClass: { exists: true } },
      limit: 20,
      depth: 0,
    })
    for (const s of students.docs) {
      const { totalDocs } = await t.payload.count({
        collection: 'health-records',
        where: { student: { equals: s.id } },
      })
      expect(totalDocs).toBeGreaterThanOrEqual(1)
      expect(totalDocs).toBeLessThanOrEqual(2)
    }
    const record = (await t.payload.find({ collection: 'health-records', limit: 1 })).docs[0]!
    const m = record.heightCm! / 100
    expect(record.bmi).toBe(Math.round((record.weightKg! / (m * m)) * 10) / 10)
  })
})

describe('who reads what', () => {
  it('medical staff and the principal read every field', async () => {
    for (const email of ['yte@haugiang.test', 'hieutruong@haugiang.test']) {
      const token = await t.api.login(email)
      const { status, body } = await t.api.rest('GET', '/health-records', {
        token,
        query: { where: { diagnosis: { equals: 'Cận thị' } }, limit: 3 },
      })
      expect(status, email).toBe(200)
      expect(body.totalDocs).toBeGreaterThan(0)
      expect(body.docs[0].diagnosis).toBe('Cận thị')
      expect(body.docs[0].refractiveError).toBe('myopia')
    }
  })

  it('the homeroom teacher reads measurements and notes for teachers of own class only', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const { status, body } = await t.api.rest('GET', '/health-records', { token, query: { limit: 500, depth: 0 } })
    expect(status).toBe(200)
    expect(body.totalDocs).toBe((await recordsOfClass(ids.c7A1)).length)
    const seen = new Set<number>()
    for (const doc of body.docs) {
      seen.add(doc.student)
      for (const field of CLINICAL) expect(doc[field], field).toBeUndefined()
      expect(doc.heightCm).toBeGreaterThan(0)
      expect(doc.bmi).toBeGreaterThan(0)
    }
    expect(body.docs.some((d: any) => d.notesForTeachers)).toBe(true)
    const inClass = await t.payload.find({
      collection: 'students',
      where: { currentClass: { equals: ids.c7A1 } },
      pagination: false,
      depth: 0,
    })
    for (const s of seen) expect(inClass.docs.map((d) => d.id)).toContain(s)
    // 7A2: taught, not homeroom
    const other = (await recordsOfClass(ids.c7A2))[0]!
    expect((await t.api.rest('GET', `/health-records/${other.id}`, { token })).status).toBe(404)
  })

  it('where and sort on diagnoses are refused for the homeroom teacher (REST, GraphQL, Local API)', async () => {
    const token = await t.api.login(HOMEROOM_7A1)
    const probe = await t.api.rest('GET', '/health-records', {
      token,
      query: { where: { diagnosis: { equals: 'Cận thị' } } },
    })
    expect(probe.status === 200 ? probe.body.totalDocs : 0).toBe(0)
    const probe2 = await t.api.rest('GET', '/health-records', {
      token,
      query: { where: { or: [{ medicalNotes: { exists: true } }] } },
    })
    expect(probe2.status === 200 ? probe2.body.totalDocs : 0).toBe(0)
    const sorted = await t.api.rest('GET', '/health-records', { token, query: { sort: 'diagnosis' } })
    expect(sorted.status).toBeGreaterThanOrEqual(400)
    const gql = await t.api.graphql(
      `{ HealthRecords(limit: 100) { docs { heightCm diagnosis medicalNotes notesForTeachers } } }`,
      { token },
    )
    expect(gql.body.data.HealthRecords.docs.length).toBeGreaterThan(0)
    for (const d of gql.body.data.HealthRecords.docs) {
      expect(d.diagnosis).toBeNull()
      expect(d.medicalNotes).toBeNull()
    }
    const gqlWhere = await t.api.graphql(
      `{ HealthRecords(where: { diagnosis: { equals: "Cận thị" } }) { totalDocs } }`,
      { token },
    )
    expect(gqlWhere.body.data?.HealthRecords?.totalDocs ?? 0).toBe(0)
    const user = await userByEmail(t.payload, HOMEROOM_7A1)
    await expect(
      t.payload.find({
        collection: 'health-records',
        user,
        overrideAccess: false,
        where: { diagnosis: { exists: true } },
      }),
    ).rejects.toThrow()
    const local = await t.payload.find({ collection: 'health-records', user, overrideAccess: false, limit: 3 })
    for (const d of local.docs) expect(d.diagnosis).toBeUndefined()
  })

  it('everybody else reads nothing, also through GraphQL', async () => {
    for (const email of [
      'gv.van@haugiang.test',
      'pht.chuyenmon@haugiang.test',
      'sodiem@haugiang.test',
      'ketoan@haugiang.test',
      'admin@haugiang.test',
      'totruong.toan@haugiang.test',
    ]) {
      const token = await t.api.login(email)
      const rest = await t.api.rest('GET', '/health-records', { token })
      // gv.van is homeroom teacher of 6A1: their own class only, never clinical fields
      if (email === 'gv.van@haugiang.test') {
        for (const d of rest.body.docs) for (const f of CLINICAL) expect(d[f]).toBeUndefined()
        continue
      }
      expect(rest.status, email).toBe(403)
      const gql = await t.api.graphql('{ HealthRecords { docs { id heightCm } } }', { token })
      expect(gql.body.data?.HealthRecords ?? null, email).toBeNull()
    }
    expect((await t.api.rest('GET', '/health-records')).status).toBe(403)
  })

  it('depth through a health record shows no more of the student than the direct read', async () => {
    const token = await t.api.login('yte@haugiang.test')
    const { body } = await t.api.rest('GET', '/health-records', { token, query: { depth: 2, limit: 3 } })
    for (const d of body.docs) {
      expect(typeof d.student).toBe('object')
      expect(d.student.permanentAddress).toBeUndefined()
      expect(d.student.guardians[0].occupation).toBeUndefined()
    }
  })
})

describe('writes', () => {
  it('medical staff create a record (BMI computed, a sent BMI ignored); teachers cannot', async () => {
    const student = (
      await t.payload.find({ collection: 'students', where: { currentClass: { equals: ids.c7A1 } }, limit: 1 })
    ).docs[0]!
    const data = {
      student: student.id,
      checkDate: '2026-11-20',
      heightCm: 150,
      weightKg: 45,
      bmi: 99,
      diagnosis: 'Bình thường',
    }
    const teacher = await t.api.login(HOMEROOM_7A1)
    expect((await t.api.rest('POST', '/health-records', { token: teacher, body: data })).status).toBe(403)
    const principal = await t.api.login('hieutruong@haugiang.test')
    expect((await t.api.rest('POST', '/health-records', { token: principal, body: data })).status).toBe(403)
    const token = await t.api.login('yte@haugiang.test')
    const created = await t.api.rest('POST', '/health-records', { token, body: data })
    expect(created.status).toBe(201)
    expect(created.body.doc.bmi).toBe(20)
    const bad = await t.api.rest('POST', '/health-records', { token, body: { ...data, heightCm: 900 } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('heightCm')
    expect((await t.api.rest('DELETE', `/health-records/${created.body.doc.id}`, { token })).status).toBe(403)
    // the audit entry says the diagnosis was set, without saying what it is (the sysadmin reads the log)
    const entry = (
      await t.payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { collection: { equals: 'health-records' } },
            { action: { equals: 'create' } },
            { documentId: { equals: String(created.body.doc.id) } },
          ],
        },
      })
    ).docs[0]!
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'diagnosis', masked: true },
        { field: 'heightCm', old: null, new: 150 },
      ]),
    )
    expect(JSON.stringify(entry.changes)).not.toMatch(/Bình thường/)
  })
})

describe('every read is logged', () => {
  it('REST list, REST by id and GraphQL reads each leave audit entries for the reader', async () => {
    const user = await userByEmail(t.payload, HOMEROOM_7A1)
    const token = await t.api.login(HOMEROOM_7A1)
    const before = await readEntries(user.id)
    const list = await t.api.rest('GET', '/health-records', { token, query: { limit: 3 } })
    expect(await readEntries(user.id)).toBe(before + list.body.docs.length)
    await t.api.rest('GET', `/health-records/${list.body.docs[0].id}`, { token })
    expect(await readEntries(user.id)).toBe(before + list.body.docs.length + 1)
    await t.api.graphql(`{ HealthRecord(id: ${list.body.docs[0].id}) { id } }`, { token })
    expect(await readEntries(user.id)).toBe(before + list.body.docs.length + 2)
    const entry = (
      await t.payload.find({
        collection: 'audit-log',
        where: { and: [{ action: { equals: 'read' } }, { user: { equals: user.id } }] },
        sort: '-createdAt',
        limit: 1,
      })
    ).docs[0]!
    expect(entry.documentId).toBe(String(list.body.docs[0].id))

    const principal = await userByEmail(t.payload, 'hieutruong@haugiang.test')
    const principalBefore = await readEntries(principal.id)
    await t.payload.find({ collection: 'health-records', user: principal, overrideAccess: false, limit: 2 })
    expect(await readEntries(principal.id)).toBe(principalBefore + 2)
  })
})
