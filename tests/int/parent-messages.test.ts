import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'
import { mailbox, mailText } from '../helpers/mailbox'

/** A local SMTP server: keeps what it receives, and refuses one address the first time. */
let refuseOnce = new Set<string>()
const {
  received,
  start: startMailbox,
  stop: stopMailbox,
} = mailbox({
  onRcptTo(address, _session, callback) {
    if (refuseOnce.has(address.address)) {
      refuseOnce.delete(address.address)
      const error = Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 })
      return callback(error)
    }
    callback()
  },
})

let t: TestContext
const ids = { class7A1: 0, studentA: 0, studentB: 0, student6A1: 0 }
const errorPath = (body: any) => body?.errors?.[0]?.data?.errors?.[0]?.path

const studentsOf = async (className: string) => {
  const year = (await t.payload.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!
    .id
  const klass = (
    await t.payload.find({
      collection: 'classes',
      where: { and: [{ name: { equals: className } }, { schoolYear: { equals: year } }] },
    })
  ).docs[0]!
  const enrolments = await t.payload.find({
    collection: 'enrolments',
    where: { class: { equals: klass.id } },
    depth: 0,
    limit: 3,
    sort: 'id',
  })
  return { classId: klass.id, students: enrolments.docs.map((e) => e.student as number) }
}

beforeAll(async () => {
  await startMailbox()
  t = await bootPayload()
  const c7 = await studentsOf('7A1')
  ids.class7A1 = c7.classId
  ids.studentA = c7.students[0]!
  ids.studentB = c7.students[1]!
  ids.student6A1 = (await studentsOf('6A1')).students[0]!
  await t.payload.update({
    collection: 'students',
    id: ids.studentA,
    data: {
      guardians: [
        { name: 'Nguyễn Văn Cha', relationship: 'Cha', email: 'cha.a@example.test' },
        { name: 'Trần Thị Mẹ', relationship: 'Mẹ', email: 'me.a@example.test' },
      ],
    },
  })
  await t.payload.update({
    collection: 'students',
    id: ids.studentB,
    data: { guardians: [{ name: 'Lê Văn Ông', relationship: 'Ông', phone: '0909000000' }] },
  })
})
afterAll(async () => {
  await shutdownPayload(t)
  await stopMailbox()
})

const message = (extra: Record<string, unknown>) => ({
  title: 'Họp phụ huynh',
  body: 'Kính mời quý phụ huynh dự họp lúc 7 giờ 30 thứ Bảy.',
  ...extra,
})
let deliveredId = 0
const stored = (id: number) => t.payload.findByID({ collection: 'parent-messages', id, depth: 0 })

describe('writing messages', () => {
  it('the homeroom teacher writes to their own class’s parents only (400 naming the field, nothing written)', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const before = (await t.payload.count({ collection: 'parent-messages' })).totalDocs
    const other = await t.api.rest('POST', '/parent-messages', {
      token,
      body: message({ audience: 'student', student: ids.student6A1 }),
    })
    expect(other.status).toBe(400)
    expect(errorPath(other.body)).toBe('student')
    expect((await t.payload.count({ collection: 'parent-messages' })).totalDocs).toBe(before)
    const ok = await t.api.rest('POST', '/parent-messages', {
      token,
      body: message({ audience: 'student', student: ids.studentA }),
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(ok.body.doc.class).toMatchObject({ id: ids.class7A1 })
    expect(ok.body.doc.status).toBe('draft')
  })

  it('teachers without a homeroom class, staff and the public write nothing', async () => {
    for (const email of ['totruong.toan@haugiang.test', 'vanthu@haugiang.test']) {
      const res = await t.api.rest('POST', '/parent-messages', {
        token: await t.api.login(email),
        body: message({ class: ids.class7A1 }),
      })
      expect(res.status, email).toBe(403)
    }
    expect((await t.api.rest('GET', '/parent-messages')).status).toBe(403)
  })
})

describe('delivery through the jobs queue', () => {
  it('queues, sends by e-mail to a local SMTP server, retries a failure and records each recipient', async () => {
    refuseOnce = new Set(['me.a@example.test'])
    const token = await t.api.login('gv.toan@haugiang.test')
    const created = await t.api.rest('POST', '/parent-messages', {
      token,
      body: message({ audience: 'student', student: ids.studentA, status: 'queued' }),
    })
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
    const created = await t.api.rest('POST', '/parent-messages', {
      token: principal,
      body: message({ audience: 'class', class: ids.class7A1, status: 'queued', title: 'Lịch nghỉ Tết' }),
    })
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
      body: message({
        class: ids.class7A1,
        status: 'sent',
        recipients: [{ address: 'x@example.test', status: 'sent' }],
      }),
    })
    const doc = await stored(created.body.doc.id)
    expect([doc.status, doc.recipients ?? []]).toEqual(['draft', []])
    const sent = await stored(deliveredId)
    expect((await t.api.rest('PATCH', `/parent-messages/${sent.id}`, { token, body: { body: 'Sửa' } })).status).toBe(
      403,
    )
    const van = await t.api.login('gv.van@haugiang.test')
    expect((await t.api.rest('GET', `/parent-messages/${sent.id}`, { token: van })).status).toBe(404)
    const gql = await t.api.graphql('{ ParentMessages(limit: 100) { docs { id recipients { address } } } }', {
      token: van,
    })
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

describe('results messages generated per class', () => {
  const year = async (isCurrent: boolean) =>
    (await t.payload.find({ collection: 'school-years', where: { isCurrent: { equals: isCurrent } }, limit: 1 }))
      .docs[0]!
  const classIn = async (name: string, yearId: number) =>
    (
      await t.payload.find({
        collection: 'classes',
        where: { and: [{ name: { equals: name } }, { schoolYear: { equals: yearId } }] },
        limit: 1,
      })
    ).docs[0]!
  const termOf = async (term: 'I' | 'II', yearId: number) =>
    (
      await t.payload.find({
        collection: 'terms',
        where: { and: [{ term: { equals: term } }, { schoolYear: { equals: yearId } }] },
        limit: 1,
      })
    ).docs[0]!
  const studentsIn = async (classId: number) => {
    const enrolments = await t.payload.find({
      collection: 'enrolments',
      where: {
        and: [
          { class: { equals: classId } },
          { isLatest: { equals: true } },
          { status: { in: ['studying', 'transferred-in'] } },
        ],
      },
      pagination: false,
      depth: 0,
    })
    return (
      await t.payload.find({
        collection: 'students',
        where: { id: { in: enrolments.docs.map((e) => e.student as number) } },
        pagination: false,
        depth: 0,
      })
    ).docs
  }
  const resultsCount = async () =>
    (await t.payload.count({ collection: 'parent-messages', where: { kind: { equals: 'results' } } })).totalDocs
  const generate = (token: string, body: Record<string, unknown>) =>
    t.api.rest('POST', '/parent-messages/generate-results', { token, body })

  // Test data on 6A1 (this year), put back afterwards: two guardians with e-mail, one student with none.
  const changed = new Map<number, unknown>()
  let c6A1 = 0
  let termI = 0
  let mailed = 0
  let orphan = 0
  beforeAll(async () => {
    const current = await year(true)
    c6A1 = (await classIn('6A1', current.id)).id
    termI = (await termOf('I', current.id)).id
    const students = (await studentsIn(c6A1)).sort((a, b) => a.id - b.id)
    mailed = students[0]!.id
    orphan = students[1]!.id
    for (const s of [students[0]!, students[1]!]) changed.set(s.id, s.guardians)
    await t.payload.update({
      collection: 'students',
      id: mailed,
      data: {
        guardians: [
          { name: 'Phạm Văn Ba', relationship: 'Cha', email: 'ba.kq@example.test' },
          { name: 'Võ Thị Má', relationship: 'Mẹ', phone: '0909111222' },
        ],
      },
    })
    await t.payload.update({ collection: 'students', id: orphan, data: { guardians: [] } })
  })
  afterAll(async () => {
    for (const [id, guardians] of changed)
      await t.payload.update({ collection: 'students', id, data: { guardians: guardians as never } })
  })

  it('the homeroom teacher of 6A1 builds one draft per student with guardians, with averages, attendance and who cannot be reached', async () => {
    const token = await t.api.login('gv.van@haugiang.test')
    const students = await studentsIn(c6A1)
    const withGuardians = students.filter((s) => (s.guardians ?? []).length > 0)
    const before = await resultsCount()
    const res = await generate(token, { class: c6A1, term: termI })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.docs).toHaveLength(withGuardians.length)
    expect(await resultsCount()).toBe(before + withGuardians.length)
    expect(res.body.withoutGuardian).toEqual([
      { student: orphan, name: students.find((s) => s.id === orphan)!.fullName },
    ])
    // Seeded guardians have phones only: every one of them is reported for e-mail, ours with an address is not.
    expect(res.body.withoutAddress.some((r: any) => r.student === mailed && r.guardianName === 'Võ Thị Má')).toBe(true)
    expect(res.body.withoutAddress.some((r: any) => r.guardianName === 'Phạm Văn Ba')).toBe(false)

    const created = await t.payload.find({
      collection: 'parent-messages',
      where: { id: { in: res.body.docs.map((d: any) => d.id) } },
      pagination: false,
      depth: 0,
    })
    expect(
      created.docs.every(
        (m) => m.kind === 'results' && m.status === 'draft' && m.audience === 'student' && m.class === c6A1,
      ),
    ).toBe(true)
    const mine = created.docs.find((m) => m.student === mailed)!
    expect(mine.title).toContain('học kỳ I năm học 2026-2027')
    const attendance = (
      await t.payload.find({
        collection: 'attendance',
        where: { and: [{ student: { equals: mailed } }, { class: { equals: c6A1 } }] },
        pagination: false,
      })
    ).docs
    const excused = attendance.reduce((sum, a) => sum + a.excused, 0)
    expect(mine.body).toContain(`nghỉ có phép ${excused} buổi`)
    // Term I of this year is under way: averages are not complete yet and the message says so.
    expect(mine.body).toMatch(/- Toán: (chưa đủ điểm|\d+,\d)/)
    expect(created.docs.some((m) => m.student === orphan)).toBe(false)
  })

  it('the principal builds last year’s term II: averages as Vietnamese decimals and conduct', async () => {
    const previous = await year(false)
    const klass = await classIn('6A1', previous.id)
    const term = await termOf('II', previous.id)
    const res = await generate(await t.api.login('hieutruong@haugiang.test'), { class: klass.id, term: term.id })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const first = res.body.docs[0]
    const message = await t.payload.findByID({ collection: 'parent-messages', id: first.id, depth: 0 })
    const toan = (await t.payload.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } }, limit: 1 }))
      .docs[0]!
    const grade = (
      await t.payload.find({
        collection: 'grades',
        where: {
          and: [
            { student: { equals: first.student } },
            { subject: { equals: toan.id } },
            { term: { equals: term.id } },
          ],
        },
        limit: 1,
      })
    ).docs[0]!
    const [whole, tenth = '0'] = grade.average!.split('.')
    expect(message.body).toContain(`- Toán: ${whole},${tenth}`)
    expect(message.body).toMatch(/Kết quả rèn luyện: (Tốt|Khá|Đạt|Chưa đạt)/)
    expect(message.title).toContain('học kỳ II năm học 2025-2026')
  })

  it('another homeroom teacher, facilities leadership and the public are refused; nothing is written', async () => {
    const before = await resultsCount()
    const other = await generate(await t.api.login('gv.toan@haugiang.test'), { class: c6A1, term: termI })
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toContain('6A1')
    expect((await generate(await t.api.login('pht.csvc@haugiang.test'), { class: c6A1, term: termI })).status).toBe(403)
    expect(
      (await generate(await t.api.login('totruong.toan@haugiang.test'), { class: c6A1, term: termI })).status,
    ).toBe(403)
    expect(
      (await t.api.rest('POST', '/parent-messages/generate-results', { body: { class: c6A1, term: termI } })).status,
    ).toBe(401)
    expect(await resultsCount()).toBe(before)
    // Nor does facilities leadership read results messages (they hold grades) or write one by hand.
    const csvc = await t.api.login('pht.csvc@haugiang.test')
    const listed = await t.api.rest('GET', '/parent-messages', {
      token: csvc,
      query: { where: { kind: { equals: 'results' } }, limit: 1 },
    })
    expect([listed.status, listed.body.totalDocs]).toEqual([200, 0])
    const byHand = await t.api.rest('POST', '/parent-messages', {
      token: csvc,
      body: message({ kind: 'results', audience: 'student', student: mailed }),
    })
    expect(byHand.status).toBe(400)
    expect(errorPath(byHand.body)).toBe('kind')
  })

  it('bad input is a 4xx naming it: unknown class, a term of another year, a month outside the term, a bad status', async () => {
    const token = await t.api.login('gv.van@haugiang.test')
    const before = await resultsCount()
    const previousTerm = await termOf('I', (await year(false)).id)
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ term: termI }, 400, 'class'],
      [{ class: 999999, term: termI }, 404, 'class'],
      [{ class: c6A1 }, 400, 'term'],
      [{ class: c6A1, term: previousTerm.id }, 400, 'term'],
      [{ class: c6A1, term: termI, month: '2027-03' }, 400, 'month'],
      [{ class: c6A1, term: termI, status: 'sent' }, 400, 'status'],
    ]
    for (const [body, status, path] of cases) {
      const res = await generate(token, body)
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect(errorPath(res.body), JSON.stringify(body)).toBe(path)
    }
    expect(await resultsCount()).toBe(before)
  })

  it('queued for a month, the messages go out through the jobs queue to the local SMTP server', async () => {
    const token = await t.api.login('gv.van@haugiang.test')
    const res = await generate(token, { class: c6A1, term: termI, month: '2026-10', status: 'queued' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const mine = res.body.docs.find((d: any) => d.student === mailed)
    expect(mine.status).toBe('queued')
    await t.payload.jobs.run({ limit: 200 })
    const doc = await stored(mine.id)
    expect(doc.status).toBe('partially-sent')
    expect(doc.recipients!.map((r) => [r.guardianName, r.status])).toEqual([
      ['Phạm Văn Ba', 'sent'],
      ['Võ Thị Má', 'no-address'],
    ])
    const mail = received.filter((m) => m.to.includes('ba.kq@example.test'))
    expect(mail).toHaveLength(1)
    const text = mailText(mail[0]!.raw)
    expect(text).toContain('tháng 10/2026')
    expect(text).toContain('nghỉ có phép')
    // Nobody else's child in this e-mail.
    const students = await studentsIn(c6A1)
    const ownName = students.find((s) => s.id === mailed)!.fullName
    expect(text).toContain(ownName)
    const others = students.filter((s) => s.id !== mailed && !ownName.includes(s.fullName))
    expect(others.some((s) => text.includes(s.fullName))).toBe(false)
  })
})
