import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
const entriesFor = async (collection: string, documentId: number | string) =>
  (
    await t.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(documentId) } }] },
      sort: '-id',
      depth: 0,
      pagination: false,
    })
  ).docs
const anyStudent = async () =>
  (
    await t.payload.find({
      collection: 'students',
      where: { currentClass: { exists: true } },
      limit: 1,
      depth: 0,
      sort: '-id',
    })
  ).docs[0]!
const db = () => (t.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: any[] }> } }).drizzle

beforeAll(async () => {
  t = await bootPayload()
})
afterAll(() => shutdownPayload(t))

describe('every write leaves an entry', () => {
  it('an update through REST: who, IP, and each changed field with old and new values', async () => {
    const student = await anyStudent()
    const token = await t.api.login('sodiem@haugiang.test')
    const res = await t.api.rest('PATCH', `/students/${student.id}`, {
      token,
      body: { permanentAddress: '5 Tháp Mười, Phường 2, Quận 6', fullName: student.fullName },
      headers: { 'X-Forwarded-For': '203.0.113.7, 10.0.0.1' },
    })
    expect(res.status).toBe(200)
    const [entry] = await entriesFor('students', student.id)
    const sodiem = await userByEmail(t.payload, 'sodiem@haugiang.test')
    expect(entry).toMatchObject({ action: 'update', user: sodiem.id, ip: '203.0.113.7' })
    expect(entry!.changes).toEqual([
      { field: 'permanentAddress', old: student.permanentAddress, new: '5 Tháp Mười, Phường 2, Quận 6' },
    ])
    expect(entry!.createdAt).toBeTruthy()
  })

  it('a create through GraphQL and the derived bookkeeping are logged', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const { body } = await t.api.graphql(
      `mutation { createStudent(data: { studentCode: "7998000001", fullName: "Phan Văn Ghi", dateOfBirth: "2013-01-02", gender: male }) { id } }`,
      { token },
    )
    const id = body.data.createStudent.id
    const [entry] = await entriesFor('students', id)
    expect(entry!.action).toBe('create')
    expect(entry!.changes).toEqual(expect.arrayContaining([{ field: 'fullName', old: null, new: 'Phan Văn Ghi' }]))
  })

  it('a refused write leaves no entry (same transaction)', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const before = (await t.payload.count({ collection: 'audit-log' })).totalDocs
    const res = await t.api.rest('POST', '/students', {
      token,
      body: {
        studentCode: '7998000002',
        fullName: 'Sai',
        dateOfBirth: '2013-01-02',
        gender: 'male',
        contactPhone: '123',
      },
    })
    expect(res.status).toBe(400)
    expect((await t.payload.count({ collection: 'audit-log' })).totalDocs).toBe(before)
  })

  it('secrets are never logged: a password change logs no password, hash or salt', async () => {
    const token = await t.api.login('admin@haugiang.test')
    const librarian = await userByEmail(t.payload, 'thuvien@haugiang.test')
    const res = await t.api.rest('PATCH', `/users/${librarian.id}`, {
      token,
      body: { password: 'MatKhauMoi2026x', phone: '0909000111' },
    })
    expect(res.status).toBe(200)
    const [entry] = await entriesFor('users', librarian.id)
    const text = JSON.stringify(entry!.changes)
    expect(text).toMatch(/0909000111/)
    expect(text).not.toMatch(/"(password|hash|salt)"|MatKhauMoi/i)
    const all = await db().execute(
      sql`select count(*)::int as n from audit_log where changes::text ~* '"(hash|salt|password)"'`,
    )
    expect(all.rows[0].n).toBe(0)
    // Later files sign in as the librarian with the demo password: put it back (test set-up, system action).
    await t.payload.update({
      collection: 'users',
      id: librarian.id,
      data: { password: DEMO_PASSWORD },
      overrideAccess: true,
    })
  })
})

describe('nobody changes the log', () => {
  it('no role can create, update or delete an entry through REST or GraphQL', async () => {
    const entry = (await t.payload.find({ collection: 'audit-log', limit: 1, depth: 0 })).docs[0]!
    for (const email of ['admin@haugiang.test', 'hieutruong@haugiang.test', 'sodiem@haugiang.test']) {
      const token = await t.api.login(email)
      expect(
        (await t.api.rest('PATCH', `/audit-log/${entry.id}`, { token, body: { action: 'read' } })).status,
        email,
      ).toBe(403)
      expect((await t.api.rest('DELETE', `/audit-log/${entry.id}`, { token })).status, email).toBe(403)
      expect(
        (await t.api.rest('DELETE', '/audit-log', { token, query: { where: { id: { exists: true } } } })).status,
        email,
      ).toBe(403)
      expect(
        (await t.api.rest('POST', '/audit-log', { token, body: { action: 'create', collection: 'x' } })).status,
        email,
      ).toBe(403)
      const upd = await t.api.graphql(`mutation { updateAuditLog(id: ${entry.id}, data: { action: read }) { id } }`, {
        token,
      })
      expect(upd.body.errors?.length, email).toBeGreaterThan(0)
      const del = await t.api.graphql(`mutation { deleteAuditLog(id: ${entry.id}) { id } }`, { token })
      expect(del.body.errors?.length, email).toBeGreaterThan(0)
    }
    const after = await t.payload.findByID({ collection: 'audit-log', id: entry.id, depth: 0 })
    expect(after.action).toBe(entry.action)
  })

  it('the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const entry = (await t.payload.find({ collection: 'audit-log', limit: 1, depth: 0 })).docs[0]!
    await expect(db().execute(sql`update audit_log set action = 'read' where id = ${entry.id}`)).rejects.toThrow()
    await expect(db().execute(sql`delete from audit_log where id = ${entry.id}`)).rejects.toThrow()
    await expect(db().execute(sql`truncate audit_log`)).rejects.toThrow()
    await expect(
      t.payload.update({ collection: 'audit-log', id: entry.id, data: { action: 'read' }, overrideAccess: true }),
    ).rejects.toThrow()
    expect((await t.payload.findByID({ collection: 'audit-log', id: entry.id, depth: 0 })).action).toBe(entry.action)
  })

  it('deleting an account keeps its entries (the user becomes empty, nothing else changes)', async () => {
    const token = await t.api.login('admin@haugiang.test')
    const created = await t.api.rest('POST', '/users', {
      token,
      body: { email: 'tam@haugiang.test', password: 'MatKhau2026x', fullName: 'Tạm Thời', roles: ['teacher'] },
    })
    expect(created.status).toBe(201)
    const temp = await t.api.login('tam@haugiang.test', 'MatKhau2026x')
    await t.api.rest('PATCH', `/users/${created.body.doc.id}`, { token: temp, body: { fullName: 'Tạm Thời Hai' } })
    expect((await t.api.rest('DELETE', `/users/${created.body.doc.id}`, { token })).status).toBe(200)
    const entries = await entriesFor('users', created.body.doc.id)
    expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'create'])
  })
})

describe('who reads the log', () => {
  it('principal and sysadmin read it; nobody else', async () => {
    for (const email of ['hieutruong@haugiang.test', 'admin@haugiang.test']) {
      const token = await t.api.login(email)
      const res = await t.api.rest('GET', '/audit-log', { token, query: { limit: 1 } })
      expect(res.status, email).toBe(200)
      expect(res.body.totalDocs).toBeGreaterThan(0)
    }
    for (const email of [
      'pht.chuyenmon@haugiang.test',
      'sodiem@haugiang.test',
      'yte@haugiang.test',
      'gv.toan@haugiang.test',
    ]) {
      const token = await t.api.login(email)
      expect((await t.api.rest('GET', '/audit-log', { token })).status, email).toBe(403)
      const gql = await t.api.graphql('{ AuditLogs { docs { id } } }', { token })
      expect(gql.body.data?.AuditLogs ?? null, email).toBeNull()
    }
    expect((await t.api.rest('GET', '/audit-log')).status).toBe(403)
  })
})
