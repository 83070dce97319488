import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

/** A local SMTP server: keeps what it receives, and refuses one address the first time. */
const received: Array<{ to: string[]; raw: string }> = []
let refuseOnce = new Set<string>()
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (refuseOnce.has(address.address)) {
      refuseOnce.delete(address.address)
      const error = Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 })
      return callback(error)
    }
    callback()
  },
  onData(stream, session, callback) {
    let raw = ''
    stream.on('data', (chunk) => (raw += chunk.toString()))
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
      callback()
    })
  },
})

let t: TestContext
const ids = { class7A1: 0, studentA: 0, studentB: 0, student6A1: 0 }
const errorPath = (body: any) => body?.errors?.[0]?.data?.errors?.[0]?.path

const studentsOf = async (className: string) => {
  const year = (await t.payload.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!.id
  const klass = (await t.payload.find({ collection: 'classes', where: { and: [{ name: { equals: className } }, { schoolYear: { equals: year } }] } })).docs[0]!
  const enrolments = await t.payload.find({ collection: 'enrolments', where: { class: { equals: klass.id } }, depth: 0, limit: 3, sort: 'id' })
  return { classId: klass.id, students: enrolments.docs.map((e) => e.student as number) }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  t = await bootPayload()
  const c7 = await studentsOf('7A1')
  ids.class7A1 = c7.classId
  ids.studentA = c7.students[0]!
  ids.studentB = c7.students[1]!
  ids.student6A1 = (await studentsOf('6A1')).students[0]!
  await t.payload.update({
    collection: 'students',
    id: ids.studentA,
    data: { guardians: [{ name: 'Nguyễn Văn Cha', relationship: 'Cha', email: 'cha.a@example.test' }, { name: 'Trần Thị Mẹ', relationship: 'Mẹ', email: 'me.a@example.test' }] },
  })
  await t.payload.update({ collection: 'students', id: ids.studentB, data: { guardians: [{ name: 'Lê Văn Ông', relationship: 'Ông', phone: '0909000000' }] } })
})
afterAll(async () => {
  await shutdownPayload(t)
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const message = (extra: Record<string, unknown>) => ({ title: 'Họp phụ huynh', body: 'Kính mời quý phụ huynh dự họp lúc 7 giờ 30 thứ Bảy.', ...extra })
let deliveredId = 0
const stored = (id: number) => t.payload.findByID({ collection: 'parent-messages', id, depth: 0 })

describe('writing messages', () => {
  it('the homeroom teacher writes to their own class’s parents only (400 naming the field, nothing written)', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const before = (await t.payload.count({ collection: 'parent-messages' })).totalDocs
    const other = await t.api.rest('POST', '/parent-messages', { token, body: message({ audience: 'student', student: ids.student6A1 }) })
    expect(other.status).toBe(400)
    expect(errorPath(other.body)).toBe('student')
    expect((await t.payload.count({ collection: 'parent-messages' })).totalDocs).toBe(before)
    const ok = await t.api.rest('POST', '/parent-messages', { token, body: message({ audience: 'student', student: ids.studentA }) })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(ok.body.doc.class).toMatchObject({ id: ids.class7A1 })
    expect(ok.body.doc.status).toBe('draft')
  })

  it('teachers without a homeroom class, staff and the public write nothing', async () => {
    for (const email of ['totruong.toan@haugiang.test', 'vanthu@haugiang.test']) {
      const res = await t.api.rest('POST', '/parent-messages', { token: await t.api.login(email), body: message({ class: ids.class7A1 }) })
      expect(res.status, email).toBe(403)
    }
    expect((await t.api.rest('GET', '/parent-messages')).status).toBe(403)
  })
})

describe('delivery through the jobs queue', () => {
  it('queues, sends by e-mail to a local SMTP server, retries a failure and records each recipient', async () => {
    refuseOnce = new Set(['me.a@example.test'])
    const token = await t.api.login('gv.toan@haugiang.test')
    const created = await t.api.rest('POST', '/parent-messages', { token, body: message({ audience: 'student', student: ids.studentA, status: 'queued' }) })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    deliveredId = id
    let doc = await stored(id)
    expect(doc.status).toBe('queued')
    expect(doc.recipients?.map((r) => [r.address, r.status])).toEqual([
      ['cha.a@example.test', 'pending'],
      ['me.a@example.test', 'pending'],
    ])

    await t.payload.jobs.run()
    doc = await stored(id)
    expect(doc.status).toBe('partially-sent')
    const mother = doc.recipients!.find((r) => r.address === 'me.a@example.test')!
    expect([mother.status, mother.attempts]).toEqual(['failed', 1])
    expect(mother.lastError).toMatch(/451|unavailable/i)
    expect(received.filter((m) => m.to.includes('cha.a@example.test'))).toHaveLength(1)

    await t.payload.jobs.run()
    doc = await stored(id)
    expect(doc.status).toBe('sent')
    expect(doc.recipients!.map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 1],
      ['sent', 2],
    ])
    // Never sent twice to the same guardian.
    expect(received.filter((m) => m.to.includes('cha.a@example.test'))).toHaveLength(1)
    expect(received.filter((m) => m.to.includes('me.a@example.test'))).toHaveLength(1)
    expect(received.at(-1)!.raw).toContain('Subject:')
  })

  it('a class message reports guardians without an address instead of skipping them', async () => {
    const principal = await t.api.login('hieutruong@haugiang.test')
    const created = await t.api.rest('POST', '/parent-messages', { token: principal, body: message({ audience: 'class', class: ids.class7A1, status: 'queued', title: 'Lịch nghỉ Tết' }) })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await t.payload.jobs.run()
    const doc = await stored(created.body.doc.id)
    const noAddress = doc.recipients!.filter((r) => r.status === 'no-address')
    expect(noAddress.length).toBeGreaterThan(0)
    expect(noAddress.some((r) => r.student === ids.studentB && r.guardianName === 'Lê Văn Ông')).toBe(true)
    expect(doc.recipients!.filter((r) => r.status === 'sent')).toHaveLength(2)
    expect(doc.status).toBe('partially-sent')
  })

  it('delivery fields cannot be forged, a sent message cannot be edited, and others cannot read it', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const created = await t.api.rest('POST', '/parent-messages', {
      token,
      body: message({ class: ids.class7A1, status: 'sent', recipients: [{ address: 'x@example.test', status: 'sent' }] }),
    })
    const doc = await stored(created.body.doc.id)
    expect([doc.status, doc.recipients ?? []]).toEqual(['draft', []])
    const sent = await stored(deliveredId)
    expect((await t.api.rest('PATCH', `/parent-messages/${sent.id}`, { token, body: { body: 'Sửa' } })).status).toBe(403)
    const van = await t.api.login('gv.van@haugiang.test')
    expect((await t.api.rest('GET', `/parent-messages/${sent.id}`, { token: van })).status).toBe(404)
    const gql = await t.api.graphql('{ ParentMessages(limit: 100) { docs { id recipients { address } } } }', { token: van })
    expect(gql.body.data.ParentMessages.docs.map((d: any) => Number(d.id))).not.toContain(sent.id)
    const principal = await t.api.login('hieutruong@haugiang.test')
    expect((await t.api.rest('GET', `/parent-messages/${sent.id}`, { token: principal })).status).toBe(200)
  })

  it('the jobs endpoints are closed to everyone but the system administrator', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const res = await t.api.rest('GET', '/payload-jobs/run', { token })
    expect([401, 403]).toContain(res.status)
    expect((await t.api.rest('GET', '/payload-jobs', { token })).status).toBe(403)
  })
})
