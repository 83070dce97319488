import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { placeholderPassword } from '@/domain/portal/invite'

import { startFakeGateway } from '../helpers/fakeGateway'
import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * Sign-in to the parents' portal with a one-time code sent to the phone the school recorded,
 * through REST: the code leaves by SMS (or Zalo ZNS when the guardian prefers it) to local fake
 * gateways; it is 6 digits, kept only as a keyed hash, works once and for 5 minutes; 5 wrong codes
 * lock the account; requests are limited per address and per phone; a known and an unknown phone
 * get the same answer.
 */
let t: TestContext
const sms = await startFakeGateway({ ok: true })
const zalo = await startFakeGateway({ error: 0, message: 'Success', data: { msg_id: 'z1' } })
const SMS_PHONE = '0912 345 670' // typed with spaces: stored and matched normalised
const ZALO_PHONE = '0912345671'
const made: number[] = []
const ids = { sms: 0, zalo: 0 }
let clientNo = 0
/** Each test comes from its own address, so that the per-address limits of one do not touch another. */
const from = () => ({ 'x-forwarded-for': `198.51.100.${++clientNo}` })

const db = () => (t.payload.db as any).drizzle as { execute: (q: unknown) => Promise<{ rows: any[] }> }
const stored = async (id: number) =>
  (
    await db().execute(
      sql`select sign_in_code_hash, sign_in_code_expires_at, login_attempts, lock_until from guardians where id = ${id}`,
    )
  ).rows[0]

const requestCode = (phone: unknown, headers = from()) =>
  t.api.rest('POST', '/guardians/request-code', { body: { phone }, headers })
const loginCode = (phone: unknown, code: unknown, headers = from()) =>
  t.api.rest('POST', '/guardians/login-code', { body: { phone, code }, headers })
const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1] ?? ''
/** The code the SMS gateway received for a phone, the n-th one (1-based). */
const smsCode = async (international: string, n = 1) =>
  codeIn((await sms.waitFor((r) => r.body.to === international, n))[n - 1]!.body.text)

const makeGuardian = async (email: string, phone: string, preferredChannel: 'sms' | 'zalo') => {
  const doc = await t.payload.create({
    collection: 'guardians',
    data: { email, fullName: 'Phụ huynh thử mã', phone, preferredChannel, password: placeholderPassword() },
  })
  made.push(doc.id)
  return doc.id
}

beforeAll(async () => {
  process.env.SMS_GATEWAY_URL = sms.url
  process.env.SMS_GATEWAY_TOKEN = 'sms-secret'
  process.env.ZALO_ZNS_URL = zalo.url
  process.env.ZALO_ZNS_TOKEN = 'zalo-secret'
  process.env.ZALO_ZNS_TEMPLATE_ID = '100'
  process.env.ZALO_ZNS_CODE_TEMPLATE_ID = '200'
  t = await bootPayload()
  ids.sms = await makeGuardian('ma.sms@example.test', SMS_PHONE, 'sms')
  ids.zalo = await makeGuardian('ma.zalo@example.test', ZALO_PHONE, 'zalo')
})

afterAll(async () => {
  for (const id of made) await t.payload.delete({ collection: 'guardians', id })
  await db().execute(sql`delete from rate_limits where key like 'code-%'`)
  await shutdownPayload(t)
  await sms.close()
  await zalo.close()
})

describe('sign-in by a one-time code', () => {
  it('the phone is stored normalised; the code goes by SMS, 6 digits, only its keyed hash at rest', async () => {
    const guardian = await t.payload.findByID({ collection: 'guardians', id: ids.sms, depth: 0 })
    expect(guardian.phone).toBe('0912345670')
    const res = await requestCode('+84 912 345 670')
    expect(res.status).toBe(200)
    const request = (await sms.waitFor((r) => r.body.to === '84912345670'))[0]!
    expect(request.headers.authorization).toBe('Bearer sms-secret')
    const code = codeIn(request.body.text)
    expect(code).toMatch(/^\d{6}$/)
    const row = await stored(ids.sms)
    expect(row.sign_in_code_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(row.sign_in_code_hash).not.toContain(code)
    const minutes = (new Date(row.sign_in_code_expires_at).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(4)
    expect(minutes).toBeLessThanOrEqual(5)
  })

  it('a known and an unknown phone get the same answer; nothing is sent to the unknown one', async () => {
    const known = await requestCode(ZALO_PHONE)
    const unknown = await requestCode('0987000999')
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    expect(known.body.message).toMatch(/mã đăng nhập/)
    await zalo.waitFor((r) => r.body.phone === '84912345671')
    expect(sms.requests.some((r) => r.body.to === '84987000999')).toBe(false)
    expect(zalo.requests.some((r) => r.body.phone === '84987000999')).toBe(false)
  })

  it('a guardian who prefers Zalo gets the code through the ZNS code template', async () => {
    const request = (await zalo.waitFor((r) => r.body.phone === '84912345671'))[0]!
    expect(request.headers.access_token).toBe('zalo-secret')
    expect(request.body.template_id).toBe('200')
    expect(request.body.template_data.otp).toMatch(/^\d{6}$/)
    const res = await loginCode(ZALO_PHONE, request.body.template_data.otp)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.user).toMatchObject({ id: ids.zalo, collection: 'guardians' })
  })

  it('signs in with the code once: a session, a token and the cookie; the same code again is refused', async () => {
    await requestCode(SMS_PHONE)
    const code = await smsCode('84912345670', 2)
    const res = await loginCode(SMS_PHONE, code)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const token = res.body.token as string
    const me = await t.api.rest('GET', '/guardians/me', { token })
    expect(me.body.user).toMatchObject({ id: ids.sms, email: 'ma.sms@example.test' })
    expect((await t.api.rest('GET', '/guardians/children', { token })).status).toBe(200)
    // Still no way into staff data with it.
    const students = await t.api.rest('GET', '/students', { token })
    expect(students.status === 200 ? students.body.totalDocs : 0).toBe(0)
    const again = await loginCode(SMS_PHONE, code)
    expect(again.status).toBe(401)
    expect(again.body.errors[0].message).toMatch(/không đúng/)
    expect((await stored(ids.sms)).sign_in_code_hash).toBeNull()
    // The account's sessions end like a password session's: logging out ends this one.
    await t.api.rest('POST', '/guardians/logout', { token })
    expect((await t.api.rest('GET', '/guardians/me', { token })).body.user).toBeNull()
  })

  it('an expired code is refused with the same answer', async () => {
    await requestCode(SMS_PHONE)
    const code = await smsCode('84912345670', 3)
    await db().execute(
      sql`update guardians set sign_in_code_expires_at = now() - interval '1 second' where id = ${ids.sms}`,
    )
    const res = await loginCode(SMS_PHONE, code)
    expect(res.status).toBe(401)
    expect(res.body.errors[0].message).toBe('Số điện thoại hoặc mã đăng nhập không đúng, hoặc mã đã hết hạn.')
  })

  it('5 wrong codes lock the account: the right code is refused afterwards, and no new code is sent', async () => {
    await db().execute(sql`delete from rate_limits where key like 'code-request-phone:%'`)
    await requestCode(SMS_PHONE)
    const code = await smsCode('84912345670', 4)
    const wrong = code === '000000' ? '111111' : '000000'
    const client = from()
    for (let i = 0; i < 5; i++) expect((await loginCode(SMS_PHONE, wrong, client)).status).toBe(401)
    const row = await stored(ids.sms)
    expect(Number(row.login_attempts)).toBe(5)
    expect(new Date(row.lock_until).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000)
    expect(row.sign_in_code_hash).toBeNull()
    const right = await loginCode(SMS_PHONE, code)
    expect(right.status).toBe(401)
    const before = sms.requests.length
    expect((await requestCode(SMS_PHONE)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sms.requests.length).toBe(before)
    await db().execute(sql`update guardians set login_attempts = 0, lock_until = null where id = ${ids.sms}`)
  })

  it('limits code requests per phone and per address: 429 and a block in the database', async () => {
    await db().execute(sql`delete from rate_limits where key like 'code-request-%'`)
    const phone = '0912345679' // unknown: the limits hold all the same
    for (let i = 0; i < 3; i++) expect((await requestCode(phone)).status).toBe(200)
    const limited = await requestCode(phone)
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].message).toMatch(/Quá nhiều lần thử/)

    const client = from()
    for (let i = 0; i < 10; i++)
      expect((await requestCode(`09130000${String(i).padStart(2, '0')}`, client)).status).toBe(200)
    const fromAddress = await requestCode('0913000099', client)
    expect(fromAddress.status).toBe(429)
    // The route answers with headers the helper does not keep: read the limit's own record.
    const { rows } = await db().execute(
      sql`select blocked_until from rate_limits where key = ${`code-request-ip:${client['x-forwarded-for']}`}`,
    )
    expect(new Date(rows[0].blocked_until).getTime()).toBeGreaterThan(Date.now())
  })

  it('wrong codes from one address are limited across phones', async () => {
    const client = from()
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await loginCode(`09140000${String(i).padStart(2, '0')}`, '123456', client)).status)
    expect(statuses.slice(0, 9).every((s) => s === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('bad input: a clear Vietnamese 400, nothing sent', async () => {
    const before = sms.requests.length
    const badPhone = await requestCode('12345')
    expect(badPhone.status).toBe(400)
    expect(badPhone.body.errors[0].message).toMatch(/Số điện thoại không hợp lệ/)
    expect((await loginCode(SMS_PHONE, '12ab56')).body.errors[0].message).toMatch(/6 chữ số/)
    expect((await loginCode(SMS_PHONE, '12ab56')).status).toBe(400)
    expect(sms.requests.length).toBe(before)
  })

  it('the code fields are never readable, and a guardian cannot change the phone that signs in (REST, GraphQL)', async () => {
    await requestCode(ZALO_PHONE)
    const code = (await zalo.waitFor((r) => r.body.phone === '84912345671', 2))[1]!.body.template_data.otp
    const { token } = (await loginCode(ZALO_PHONE, code)).body
    const own = await t.api.rest('GET', `/guardians/${ids.zalo}`, { token })
    expect(own.status).toBe(200)
    expect(own.body).not.toHaveProperty('signInCodeHash')
    expect(own.body).not.toHaveProperty('signInCodeExpiresAt')
    const gql = await t.api.graphql(`{ Guardian(id: ${ids.zalo}) { id phone signInCodeHash } }`, { token })
    expect(JSON.stringify(gql.body)).not.toMatch(/[0-9a-f]{64}/)
    const patch = await t.api.rest('PATCH', `/guardians/${ids.zalo}`, { token, body: { phone: '0987000999' } })
    expect([200, 403]).toContain(patch.status)
    const after = await t.payload.findByID({ collection: 'guardians', id: ids.zalo, depth: 0 })
    expect(after.phone).toBe(ZALO_PHONE)
    const mutation = await t.api.graphql(
      `mutation { updateGuardian(id: ${ids.zalo}, data: { phone: "0987000999" }) { phone } }`,
      { token },
    )
    expect(JSON.stringify(mutation.body)).not.toContain('0987000999')
    expect((await t.payload.findByID({ collection: 'guardians', id: ids.zalo, depth: 0 })).phone).toBe(ZALO_PHONE)
  })
})
