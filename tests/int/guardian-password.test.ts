import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeGateway } from '../helpers/fakeGateway'
import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * A guardian's own password, through the REST handlers: after a first sign-in by a phone code the
 * account has no usable password and the guardian sets one without a current one; from then on a
 * change needs the current password, follows the password policy and ends the other sessions
 * (tokens issued before stop working), as for staff. The guardian then signs in with the phone and
 * the password. A guardian never changes another account's password; a reset by the forgotten-
 * password link counts as a chosen password.
 */
let t: TestContext
const sms = await startFakeGateway({ ok: true })
// The demo school's phones are all 09…: this 03… number is the test's own.
const AUNT = { name: 'Đinh Thị Mật Khẩu', phone: '0353456781', international: '84353456781' }
const FIRST = 'DatLanDau2026'
const SECOND = 'DoiLanHai2027'
let clientNo = 0
const from = () => ({ 'x-forwarded-for': `203.0.113.${100 + ++clientNo}` })
const ids = { guardian: 0 }
const tokens = { byCode: '', byPassword: '' }

const login = (email: string, password: string) =>
  t.api.rest('POST', '/guardians/login', { body: { email, password }, headers: from() })
const patchSelf = (token: string, body: Record<string, unknown>, id = ids.guardian) =>
  t.api.rest('PATCH', `/guardians/${id}`, { token, body })
const childrenStatus = async (token: string) => (await t.api.rest('GET', '/guardians/children', { token })).status
const stored = async (id = ids.guardian) =>
  (await t.payload.findByID({ collection: 'guardians', id, depth: 0 })) as { passwordSetAt?: string | null }

beforeAll(async () => {
  process.env.SMS_GATEWAY_URL = sms.url
  process.env.SMS_GATEWAY_TOKEN = 'sms-secret'
  t = await bootPayload()
  const student = (
    await t.payload.find({
      collection: 'students',
      where: { currentClass: { exists: true } },
      sort: '-studentCode',
      limit: 1,
      depth: 0,
    })
  ).docs[0]!
  await t.payload.update({
    collection: 'students',
    id: student.id,
    data: { guardians: [...(student.guardians ?? []), { name: AUNT.name, relationship: 'Dì', phone: AUNT.phone }] },
  })
})

afterAll(async () => {
  if (t && ids.guardian) {
    await t.payload.delete({ collection: 'guardian-links', where: { guardian: { equals: ids.guardian } } })
    await t.payload.delete({ collection: 'guardians', id: ids.guardian })
  }
  await shutdownPayload(t)
  await sms.close()
})

describe('a guardian’s password on the portal', () => {
  it('after a first sign-in by code there is no usable password; the guardian sets one without a current one', async () => {
    expect(
      (await t.api.rest('POST', '/guardians/request-code', { body: { phone: AUNT.phone }, headers: from() })).status,
    ).toBe(200)
    const [message] = await sms.waitFor((r) => r.body.to === AUNT.international)
    const code = /\b(\d{6})\b/.exec(message!.body.text)![1]!
    const signedIn = await t.api.rest('POST', '/guardians/login-code', {
      body: { phone: AUNT.phone, code },
      headers: from(),
    })
    expect(signedIn.status).toBe(200)
    tokens.byCode = signedIn.body.token
    ids.guardian = signedIn.body.user.id
    expect((await stored()).passwordSetAt ?? null).toBeNull()

    const weak = await patchSelf(tokens.byCode, { password: 'ngan123' })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toMatch(/Mật khẩu phải có ít nhất 10 ký tự/)
    const noDigit = await patchSelf(tokens.byCode, { password: 'khongcochuso' })
    expect(noDigit.status).toBe(400)
    expect(JSON.stringify(noDigit.body)).toMatch(/cả chữ cái và chữ số/)

    const set = await patchSelf(tokens.byCode, { password: FIRST })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect((await stored()).passwordSetAt).toBeTruthy()
    // The session that set it goes on.
    expect(await childrenStatus(tokens.byCode)).toBe(200)

    const byPhone = await login(AUNT.phone, FIRST)
    expect(byPhone.status, JSON.stringify(byPhone.body)).toBe(200)
    tokens.byPassword = byPhone.body.token
    expect((await login(AUNT.phone, 'SaiMatKhau123')).status).toBe(401)
  })

  it('changing it needs the current password; nothing changes without it', async () => {
    for (const body of [{ password: SECOND }, { password: SECOND, currentPassword: 'SaiMatKhau123' }]) {
      const refused = await patchSelf(tokens.byPassword, body)
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/Mật khẩu hiện tại không đúng/)
    }
    const weak = await patchSelf(tokens.byPassword, { password: 'ngan', currentPassword: FIRST })
    expect(weak.status).toBe(400)
    expect((await login(AUNT.phone, FIRST)).status).toBe(200)
    expect(await childrenStatus(tokens.byCode)).toBe(200)
  })

  it('a change ends the other sessions: tokens issued before it stop working', async () => {
    const changed = await patchSelf(tokens.byPassword, { password: SECOND, currentPassword: FIRST })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(await childrenStatus(tokens.byPassword)).toBe(200)
    expect(await childrenStatus(tokens.byCode)).toBe(401)
    const me = await t.api.rest('GET', '/guardians/me', { token: tokens.byCode })
    expect(me.body.user).toBeNull()
    expect((await login(AUNT.phone, FIRST)).status).toBe(401)
    expect((await login(AUNT.phone, SECOND)).status).toBe(200)
  })

  it('a guardian cannot change their own e-mail, the sign-in name the school set', async () => {
    const before = (await t.payload.findByID({ collection: 'guardians', id: ids.guardian, depth: 0 })).email
    await patchSelf(tokens.byPassword, { email: 'chiem-quyen@example.com' })
    const after = (await t.payload.findByID({ collection: 'guardians', id: ids.guardian, depth: 0 })).email
    expect(after).toBe(before)
    expect((await login('chiem-quyen@example.com', SECOND)).status).toBe(401)
  })

  it('a guardian never sets another account’s password, nor in bulk', async () => {
    const other = (
      await t.payload.find({ collection: 'guardians', where: { email: { equals: 'phuhuynh.7a2@haugiang.test' } } })
    ).docs[0]!
    const refused = await patchSelf(tokens.byPassword, { password: 'ChiemQuyen2026' }, other.id)
    expect([403, 404]).toContain(refused.status)
    const bulk = await t.api.rest('PATCH', '/guardians', {
      token: tokens.byPassword,
      query: { where: { id: { equals: ids.guardian } } },
      body: { password: 'HangLoat2026' },
    })
    expect(bulk.status).toBe(403)
    expect(bulk.body.errors[0].message).toMatch(/chỉ đổi được mật khẩu của chính mình/)
    expect((await login('phuhuynh.7a2@haugiang.test', DEMO_PASSWORD)).status).toBe(200)
    expect((await login(AUNT.phone, SECOND)).status).toBe(200)
  })

  it('a demo guardian (password chosen) is asked the current one; a reset by the e-mailed link counts as chosen', async () => {
    const demo = await login('phuhuynh.7a2@haugiang.test', DEMO_PASSWORD)
    const refused = await patchSelf(demo.body.token, { password: 'KhongHoi2026' }, demo.body.user.id)
    expect(refused.status).toBe(403)

    // An account the school invited by e-mail, never accepted: no chosen password until the reset.
    const invited = await t.payload.create({
      collection: 'guardians',
      data: { email: 'dat.lai@example.test', password: 'TamThoi123456', fullName: 'Phụ Huynh Đặt Lại' },
      overrideAccess: true, // test set-up: an account made directly, not a door under test
    })
    expect((await stored(invited.id)).passwordSetAt ?? null).toBeNull()
    const token = await t.payload.forgotPassword({
      collection: 'guardians',
      data: { email: 'dat.lai@example.test' },
      disableEmail: true,
    })
    const reset = await t.api.rest('POST', '/guardians/reset-password', {
      body: { token, password: 'DatLai123456' },
      headers: from(),
    })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect((await stored(invited.id)).passwordSetAt).toBeTruthy()
    await t.payload.delete({ collection: 'guardians', id: invited.id })
  })
})
