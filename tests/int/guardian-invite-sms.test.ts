import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeGateway } from '../helpers/fakeGateway'
import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext } from '../helpers/payload'
import { pupilOf } from '../helpers/school'
import { acceptExpiredInvite } from '../helpers/invitations'

/**
 * Invitations to the parents' portal by SMS, through the REST handlers and the local fake SMS
 * gateway: the inviter chooses SMS (or the entry has no e-mail); the SMS carries the 72-hour link,
 * whose token sets the password once; the guardian then signs in with the phone. Only the homeroom
 * teacher of the child's class, the clerk and leadership invite; bad input and a missing gateway are
 * refused in Vietnamese with nothing written.
 */
let t: TestContext
const sms = await startFakeGateway({ ok: true })
const HOMEROOM_7A1 = 'gv.toan@haugiang.test'
const HOMEROOM_6A1 = 'gv.van@haugiang.test' // also teaches Ngữ văn in 7A1: not the homeroom teacher there
const CLERK = 'vanthu@haugiang.test'
// The demo school's phones are all 09…: these 03… numbers are the test's own.
const MOTHER = { name: 'Lê Thị Tin Nhắn', phone: '0352345671', international: '84352345671' }
const FATHER = {
  name: 'Phan Văn Thư',
  phone: '0352345672',
  international: '84352345672',
  email: 'cha.sms@example.test',
}
const PASSWORD = 'TinNhan2026'
const ids = { student: 0, mother: '', father: '', noPhone: '' }
let clientNo = 0
const from = () => ({ 'x-forwarded-for': `198.51.100.${++clientNo}` })

const invite = (token: string | undefined, body: Record<string, unknown>) =>
  t.api.rest('POST', '/guardians/invite', { token, body })
const tokenIn = (text: string) => decodeURIComponent(/nhan-loi-moi\?token=([A-Za-z0-9_%-]+)/.exec(text)?.[1] ?? '')
const smsTo = (international: string) => sms.requests.filter((r) => r.body.to === international)
const accountsWithPhone = async (phone: string) =>
  (await t.payload.find({ collection: 'guardians', where: { phone: { equals: phone } }, depth: 0 })).docs

beforeAll(async () => {
  process.env.SMS_GATEWAY_URL = sms.url
  process.env.SMS_GATEWAY_TOKEN = 'sms-secret'
  t = await bootPayload()
  const student = await pupilOf(t.payload, '7A1', 'studentCode', 9)
  const updated = await t.payload.update({
    collection: 'students',
    id: student.id,
    data: {
      guardians: [
        ...(student.guardians ?? []),
        { name: MOTHER.name, relationship: 'Mẹ', phone: '035 234 5671' },
        { name: FATHER.name, relationship: 'Cha', phone: FATHER.phone, email: FATHER.email },
        { name: 'Ông Không Số', relationship: 'Ông' },
      ],
    },
  })
  const entryOf = (name: string) => updated.guardians!.find((g) => g.name === name)!.id!
  Object.assign(ids, {
    student: student.id,
    mother: entryOf(MOTHER.name),
    father: entryOf(FATHER.name),
    noPhone: entryOf('Ông Không Số'),
  })
})

afterAll(async () => {
  if (t) {
    const made = await t.payload.find({
      collection: 'guardians',
      where: { phone: { in: [MOTHER.phone, FATHER.phone] } },
      depth: 0,
    })
    const guardianIds = made.docs.map((g) => g.id)
    if (guardianIds.length > 0) {
      await t.payload.delete({ collection: 'guardian-links', where: { guardian: { in: guardianIds } } })
      await t.payload.delete({ collection: 'guardians', where: { id: { in: guardianIds } } })
    }
  }
  await shutdownPayload(t)
  await sms.close()
})

describe('who may invite', () => {
  it('another class’s homeroom teacher, a non-homeroom teacher and a guardian are refused (403), a visitor 401; nothing sent', async () => {
    const body = { student: ids.student, guardianEntry: ids.mother, channel: 'sms' }
    for (const email of [HOMEROOM_6A1, 'totruong.toan@haugiang.test', 'yte@haugiang.test']) {
      const refused = await invite(await t.api.login(email), body)
      expect(refused.status, email).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/Chỉ giáo viên chủ nhiệm lớp của học sinh, văn thư/)
    }
    const guardian = await t.api.rest('POST', '/guardians/login', {
      body: { email: 'phuhuynh@haugiang.test', password: DEMO_PASSWORD },
      headers: from(),
    })
    expect((await invite(guardian.body.token, body)).status).toBe(403)
    expect((await invite(undefined, body)).status).toBe(401)
    expect(await accountsWithPhone(MOTHER.phone)).toEqual([])
    expect(smsTo(MOTHER.international)).toEqual([])
  })
})

describe('bad input', () => {
  it('is refused with a clear Vietnamese message and nothing written', async () => {
    const teacher = await t.api.login(HOMEROOM_7A1)
    const cases: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ guardianEntry: ids.mother, channel: 'sms' }, 400, /Thiếu học sinh/],
      [{ student: 'abc', guardianEntry: ids.mother }, 400, /Thiếu học sinh/],
      [{ student: 99_999_999, guardianEntry: ids.mother }, 404, /Không tìm thấy học sinh/],
      [{ student: ids.student, channel: 'sms' }, 400, /Thiếu mục phụ huynh/],
      [{ student: ids.student, guardianEntry: 'khong-co', channel: 'sms' }, 400, /Không tìm thấy mục phụ huynh/],
      [{ student: ids.student, guardianEntry: ids.mother, channel: 'fax' }, 400, /Kênh gửi lời mời không hợp lệ/],
      [{ student: ids.student, guardianEntry: ids.noPhone, channel: 'sms' }, 400, /chưa có số điện thoại hợp lệ/],
      [{ student: ids.student, guardianEntry: ids.noPhone }, 400, /chưa có thư điện tử hay số điện thoại/],
      [{ student: ids.student, guardianEntry: ids.mother, channel: 'email' }, 400, /chưa có địa chỉ thư điện tử/],
      [{ student: ids.student, guardianEntry: ids.mother, channel: 'sms', email: 'sai' }, 400, /không hợp lệ/],
    ]
    for (const [body, status, message] of cases) {
      const refused = await invite(teacher, body)
      expect(refused.status, JSON.stringify(body)).toBe(status)
      expect(refused.body.errors[0].message, JSON.stringify(body)).toMatch(message)
    }
    expect(await accountsWithPhone(MOTHER.phone)).toEqual([])
    expect(smsTo(MOTHER.international)).toEqual([])
  })

  it('without a configured SMS gateway: 503 with a message, nothing written', async () => {
    const teacher = await t.api.login(HOMEROOM_7A1)
    delete process.env.SMS_GATEWAY_URL
    try {
      const refused = await invite(teacher, { student: ids.student, guardianEntry: ids.mother, channel: 'sms' })
      expect(refused.status).toBe(503)
      expect(refused.body.errors[0].message).toMatch(/Chưa cấu hình cổng gửi tin nhắn SMS/)
    } finally {
      process.env.SMS_GATEWAY_URL = sms.url
    }
    expect(await accountsWithPhone(MOTHER.phone)).toEqual([])
    expect(
      (await t.payload.count({ collection: 'guardian-links', where: { student: { equals: ids.student } } })).totalDocs,
    ).toBe(0)
  })
})

describe('an invitation by SMS', () => {
  let link = ''

  it('the homeroom teacher invites a guardian without e-mail: the SMS carries the link, the link is confirmed', async () => {
    const teacher = await t.api.login(HOMEROOM_7A1)
    // No channel named and no e-mail on the entry: SMS to the entry's phone.
    const sent = await invite(teacher, { student: ids.student, guardianEntry: ids.mother })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    expect(sent.body).toMatchObject({ channel: 'sms', sentTo: MOTHER.phone, sent: true, email: null })
    const [message] = await sms.waitFor((r) => r.body.to === MOTHER.international)
    expect(message!.headers.authorization).toBe('Bearer sms-secret')
    expect(message!.body.text).toMatch(/72 gio/)
    link = message!.body.text.match(/https?:\/\/\S+/)![0]
    expect(link).toMatch(/\/phu-huynh\/nhan-loi-moi\?token=/)
    const [account] = await accountsWithPhone(MOTHER.phone)
    expect(account).toMatchObject({ fullName: MOTHER.name, preferredChannel: 'sms', passwordSetAt: null })
    const links = await t.payload.find({ collection: 'guardian-links', where: { guardian: { equals: account!.id } } })
    expect(links.docs.map((l) => [l.status, typeof l.student === 'object' ? l.student.id : l.student])).toEqual([
      ['confirmed', ids.student],
    ])
    // Only the token's hash is kept.
    const stored = await t.payload.findByID({ collection: 'guardians', id: account!.id, showHiddenFields: true })
    expect(JSON.stringify(stored)).not.toContain(tokenIn(link))
  })

  it('the link’s token sets the password once; the guardian signs in with the phone and sees the child', async () => {
    const token = tokenIn(link)
    const weak = await t.api.rest('POST', '/guardians/accept-invite', { body: { token, password: 'ngan' } })
    expect(weak.status).toBe(400)
    expect(weak.body.errors[0].message).toMatch(/Mật khẩu phải có ít nhất 10 ký tự/)
    const ok = await t.api.rest('POST', '/guardians/accept-invite', { body: { token, password: PASSWORD } })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ email: null, phone: MOTHER.phone })
    const again = await t.api.rest('POST', '/guardians/accept-invite', { body: { token, password: 'Khac12345678' } })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].message).toMatch(/đã được sử dụng/)

    const wrong = await t.api.rest('POST', '/guardians/login', {
      body: { email: MOTHER.phone, password: 'Khac12345678' },
      headers: from(),
    })
    expect(wrong.status).toBe(401)
    const login = await t.api.rest('POST', '/guardians/login', {
      body: { email: '+84 35 234 5671', password: PASSWORD },
      headers: from(),
    })
    expect(login.status, JSON.stringify(login.body)).toBe(200)
    const children = await t.api.rest('GET', '/guardians/children', { token: login.body.token })
    expect(children.body.docs.map((c: { id: number }) => c.id)).toEqual([ids.student])
    const [account] = await accountsWithPhone(MOTHER.phone)
    expect(account!.passwordSetAt).toBeTruthy()
  })

  it('an expired link is refused and changes nothing', async () => {
    const clerk = await t.api.login(CLERK)
    const sent = await invite(clerk, { student: ids.student, guardianEntry: ids.mother, channel: 'sms' })
    expect(sent.status).toBe(201)
    // The same account is invited again, not a second one on the phone.
    expect(await accountsWithPhone(MOTHER.phone)).toHaveLength(1)
    const messages = await sms.waitFor((r) => r.body.to === MOTHER.international, 2)
    const fresh = tokenIn(messages[1]!.body.text)
    expect(fresh).not.toBe(tokenIn(link))
    const expired = await acceptExpiredInvite(t, sent.body.guardian, fresh)
    expect(expired.status).toBe(400)
    expect(expired.body.errors[0].message).toMatch(/hết hạn/)
    const login = await t.api.rest('POST', '/guardians/login', {
      body: { email: MOTHER.phone, password: PASSWORD },
      headers: from(),
    })
    expect(login.status).toBe(200)
  })

  it('SMS chosen for a guardian with an e-mail: the link goes by SMS, the account keeps the e-mail', async () => {
    const clerk = await t.api.login(CLERK)
    const sent = await invite(clerk, { student: ids.student, guardianEntry: ids.father, channel: 'sms' })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    expect(sent.body).toMatchObject({ channel: 'sms', sentTo: FATHER.phone, sent: true, email: FATHER.email })
    const [message] = await sms.waitFor((r) => r.body.to === FATHER.international)
    const ok = await t.api.rest('POST', '/guardians/accept-invite', {
      body: { token: tokenIn(message!.body.text), password: PASSWORD },
    })
    expect(ok.status).toBe(200)
    const login = await t.api.rest('POST', '/guardians/login', {
      body: { email: FATHER.email, password: PASSWORD },
      headers: from(),
    })
    expect(login.status).toBe(200)
  })

  it('a gateway refusing the number: the invitation stands, the answer says it was not sent', async () => {
    sms.answerWith(() => ({ status: 422, body: { message: 'invalid number' } }))
    try {
      const teacher = await t.api.login(HOMEROOM_7A1)
      const sent = await invite(teacher, { student: ids.student, guardianEntry: ids.mother, channel: 'sms' })
      expect(sent.status).toBe(201)
      expect(sent.body).toMatchObject({ channel: 'sms', sent: false })
    } finally {
      sms.answerWith(() => ({ status: 200, body: { ok: true } }))
    }
  })
})
