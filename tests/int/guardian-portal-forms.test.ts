import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeGateway } from '../helpers/fakeGateway'
import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * The portal's form actions (`/phu-huynh/hanh-dong/<action>`, the route the pages post to without
 * JavaScript), called in-process as a browser would: the sign-in by code leaves the session cookie
 * (it was dropped when the phone's cookie was cleared), sign-out ends the session (the session cookie
 * was ignored without the browser's Origin), and the password form answers each problem by code.
 */
let t: TestContext
let POST: (request: NextRequest, context: { params: Promise<{ action: string }> }) => Promise<Response>
const sms = await startFakeGateway({ ok: true })
const SITE = 'http://localhost:3000'
const GUARDIAN = { email: 'phuhuynh@haugiang.test', phone: '0909000001', international: '84909000001' }
let clientNo = 0

const post = async (action: string, form: Record<string, string>, cookie = '') => {
  const request = new NextRequest(`${SITE}/phu-huynh/hanh-dong/${action}`, {
    method: 'POST',
    headers: { cookie, origin: SITE, 'x-forwarded-for': `192.0.2.${200 + ++clientNo}` },
    body: new URLSearchParams(form),
  })
  const response = await POST(request, { params: Promise.resolve({ action }) })
  return {
    status: response.status,
    location: response.headers.get('location'),
    cookies: response.headers.getSetCookie(),
  }
}
const sessionOf = (cookies: string[]) => /payload-token=([^;]+)/.exec(cookies.join('\n'))?.[1] ?? ''
const sessions = async () =>
  (
    (await t.payload.db.findOne({ collection: 'guardians', where: { email: { equals: GUARDIAN.email } } })) as {
      sessions?: unknown[]
    }
  ).sessions?.length ?? 0

beforeAll(async () => {
  process.env.SMS_GATEWAY_URL = sms.url
  process.env.SMS_GATEWAY_TOKEN = 'sms-secret'
  t = await bootPayload()
  POST = (await import('@/app/(frontend)/phu-huynh/hanh-dong/[action]/route')).POST
})

afterAll(async () => {
  await shutdownPayload(t)
  await sms.close()
})

describe('the portal’s forms', () => {
  it('signing in by code leaves the session cookie; signing out ends the session', async () => {
    const asked = await post('gui-ma', { phone: GUARDIAN.phone })
    expect(asked.location).toBe('/phu-huynh?cach=ma&tb=da-gui-ma')
    const [message] = await sms.waitFor((r) => r.body.to === GUARDIAN.international)
    const code = /\b(\d{6})\b/.exec(message!.body.text)![1]!
    const before = await sessions()
    const signedIn = await post('dang-nhap-ma', { phone: GUARDIAN.phone, code }, `phu-huynh-sdt=${GUARDIAN.phone}`)
    expect(signedIn.location).toBe('/phu-huynh')
    const session = sessionOf(signedIn.cookies)
    expect(session).not.toBe('')
    expect(signedIn.cookies.some((c) => c.startsWith('phu-huynh-sdt=;'))).toBe(true)
    expect(await sessions()).toBe(before + 1)

    const out = await post('dang-xuat', {}, `payload-token=${session}`)
    expect(out.location).toBe('/phu-huynh')
    expect(out.cookies.some((c) => c.startsWith('payload-token=;'))).toBe(true)
    expect(await sessions()).toBe(before)
  })

  it('the password form: mismatch, weak, wrong current password, then saved', async () => {
    const session = sessionOf((await post('dang-nhap', { email: GUARDIAN.email, password: DEMO_PASSWORD })).cookies)
    const cookie = `payload-token=${session}`
    const change = (form: Record<string, string>) => post('mat-khau', form, cookie)
    const next = 'PhuHuynhMoi2026'
    expect((await change({ password: next, confirm: 'khac' })).location).toBe('/phu-huynh/mat-khau?loi=mat-khau-khop')
    expect((await change({ password: 'ngan', confirm: 'ngan' })).location).toBe('/phu-huynh/mat-khau?loi=mat-khau-yeu')
    expect((await change({ password: next, confirm: next, currentPassword: 'SaiMatKhau1' })).location).toBe(
      '/phu-huynh/mat-khau?loi=mat-khau-hien-tai',
    )
    expect((await change({ password: next, confirm: next, currentPassword: DEMO_PASSWORD })).location).toBe(
      '/phu-huynh?tb=da-luu-mat-khau',
    )
    expect((await post('dang-nhap', { email: GUARDIAN.phone, password: next })).location).toBe('/phu-huynh')
    // A visitor is sent to the sign-in page, nothing changed.
    expect((await post('mat-khau', { password: 'Khac20261234', confirm: 'Khac20261234' })).location).toBe('/phu-huynh')
    expect((await post('dang-nhap', { email: GUARDIAN.email, password: next })).location).toBe('/phu-huynh')
  })
})
