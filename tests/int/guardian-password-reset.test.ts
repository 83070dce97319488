import { sql } from '@payloadcms/db-postgres/drizzle'
import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext } from '../helpers/payload'
import { mailbox, mailText } from '../helpers/mailbox'

/**
 * A guardian's forgotten password through the REST handlers: the same answer whether the account
 * exists (or the mail server is down); limits per address and per e-mail like the staff's, with
 * their own counters (429 with Retry-After); the e-mail's link leads to the portal's reset page and
 * its token sets a new password.
 */
const { received, start: startMailbox, stop: stopMailbox } = mailbox()

let t: TestContext
const KNOWN = 'quen.matkhau@example.test'
const UNKNOWN = 'khong.co.ai@example.test'
let guardianId = 0
let clientNo = 0
/** Each request comes from its own address unless a test says otherwise. */
const from = () => ({ 'x-forwarded-for': `192.0.2.${++clientNo}` })
const forgot = (email: unknown, headers: Record<string, string> = from()) =>
  t.api.rest('POST', '/guardians/forgot-password', { body: { email }, headers })
const db = () => (t.payload.db as any).drizzle as { execute: (q: unknown) => Promise<{ rows: any[] }> }

/** The link of a raw e-mail, whether its text is quoted-printable or base64. */
const linkOf = (raw: string) => /https?:\/\/\S+/.exec(mailText(raw))![0]
const mailTo = async (email: string) => {
  for (let i = 0; i < 50 && !received.some((m) => m.to.includes(email)); i++)
    await new Promise((resolve) => setTimeout(resolve, 100))
  return received.filter((m) => m.to.includes(email))
}

beforeAll(async () => {
  await startMailbox()
  t = await bootPayload()
  // Test fixture: guardian accounts are made by invitation only, never through the API.
  const made = await t.payload.create({
    collection: 'guardians',
    data: { email: KNOWN, password: DEMO_PASSWORD, fullName: 'Phụ Huynh Quên Mật Khẩu' },
    overrideAccess: true, // test set-up: an account made directly, not a door under test
  })
  guardianId = made.id
})

afterAll(async () => {
  if (t) {
    await t.payload.delete({ collection: 'guardians', id: guardianId, overrideAccess: true }) // test clean-up
    await db().execute(sql`delete from rate_limits where key like 'guardian-reset-%' or key like 'reset-%'`)
  }
  await shutdownPayload(t)
  await stopMailbox()
})

describe('guardians: forgotten password', () => {
  it('a known and an unknown e-mail get the same answer; only the known one gets a link that resets the password', async () => {
    const known = await forgot(KNOWN)
    const unknown = await forgot(UNKNOWN)
    expect(known.status).toBe(200)
    expect(unknown).toEqual(known)
    const [mail] = await mailTo(KNOWN)
    expect(mail).toBeDefined()
    expect(received.some((m) => m.to.includes(UNKNOWN))).toBe(false)
    const link = new URL(linkOf(mail!.raw))
    expect(link.pathname).toBe('/phu-huynh/dat-lai-mat-khau')
    const token = link.searchParams.get('token')!
    // The page's form posts the token to Payload's own reset; a weak password is refused first.
    const weak = await t.api.rest('POST', '/guardians/reset-password', { body: { token, password: 'ngan' } })
    expect(weak.status).toBe(400)
    const reset = await t.api.rest('POST', '/guardians/reset-password', {
      body: { token, password: 'MatKhauMoi@2026' },
    })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    const login = await t.api.rest('POST', '/guardians/login', {
      body: { email: KNOWN, password: 'MatKhauMoi@2026' },
      headers: from(),
    })
    expect(login.status).toBe(200)
    // The token works once.
    const again = await t.api.rest('POST', '/guardians/reset-password', { body: { token, password: 'KhacNua@2026' } })
    expect(again.status).toBe(403)
  })

  it('the answer does not wait on (or show) the mail server', async () => {
    const port = process.env.SMTP_PORT
    process.env.SMTP_PORT = '1' // nothing listens there
    try {
      const known = await forgot(KNOWN)
      const unknown = await forgot(UNKNOWN)
      expect(known.status).toBe(200)
      expect(unknown).toEqual(known)
    } finally {
      process.env.SMTP_PORT = port
    }
  })

  it('a missing or malformed e-mail is a 400, not a 500', async () => {
    expect((await forgot(undefined)).status).toBe(400)
    expect((await forgot(12345)).status).toBe(400)
  })

  it('requests from one address are limited: 429 with Retry-After; another address and the staff are not', async () => {
    const client = from()
    const answers = []
    for (let i = 0; i < 6; i++) answers.push((await forgot(`khongco${i}@example.test`, client)).status)
    expect(answers).toEqual([200, 200, 200, 200, 200, 429])
    // The raw handler's response, for the header: even a known account is refused from there now.
    const raw = await REST_POST(t.payload.config)(
      new Request('http://localhost:3000/api/guardians/forgot-password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi', ...client },
        body: JSON.stringify({ email: 'khongco.nua@example.test' }),
      }),
      { params: Promise.resolve({ slug: ['guardians', 'forgot-password'] }) },
    )
    expect(raw.status).toBe(429)
    expect(Number(raw.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await raw.json()).errors[0].message).toMatch(/Quá nhiều lần thử/)
    expect((await forgot('khongco.khac@example.test')).status).toBe(200)
    // Parents at the school's shared address never use up the staff's resets there.
    const staff = await t.api.rest('POST', '/users/forgot-password', {
      body: { email: 'vanthu@haugiang.test' },
      headers: client,
    })
    expect(staff.status).toBe(200)
  })

  it('requests for one e-mail are limited from any address, known or not alike (3, then 429)', async () => {
    await db().execute(sql`delete from rate_limits where key like 'guardian-reset-account:%'`)
    for (const email of [KNOWN, UNKNOWN]) {
      const answers = []
      for (let i = 0; i < 4; i++) answers.push((await forgot(email)).status)
      expect(answers, email).toEqual([200, 200, 200, 429])
    }
    // The case and spaces of the address do not make another e-mail.
    expect((await forgot(`  ${KNOWN.toUpperCase()} `)).status).toBe(429)
  })
})
