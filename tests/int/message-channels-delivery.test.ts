import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type GatewayRequest, startFakeGateway } from '../helpers/fakeGateway'
import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'
import { pupilOf } from '../helpers/school'

/**
 * SMS and Zalo ZNS as message channels, against local fake gateways (loopback, no network): one
 * guardian is reached at once, one after a passing failure (the jobs queue retries that recipient
 * only), one has a wrong number (recorded as `wrong-number`, never retried).
 */
let t: TestContext
const sms = await startFakeGateway({ ok: true })
const zalo = await startFakeGateway({ error: 0, message: 'Success' })
const PHONES = { delivered: '0911000001', retried: '0911000002', wrong: '0911000003' }
const intl = (phone: string) => `84${phone.slice(1)}`
const ids = { student: 0, messages: [] as number[] }
let originalGuardians: unknown[] = []

/** Answers of a gateway by phone: the "retried" number fails once with a passing error. */
const scripted = (
  phoneOf: (r: GatewayRequest) => string,
  ok: Record<string, unknown>,
  passing: { status: number; body: Record<string, unknown> },
  wrong: { status: number; body: Record<string, unknown> },
) => {
  const seen = new Map<string, number>()
  return (request: GatewayRequest) => {
    const phone = phoneOf(request)
    const n = (seen.get(phone) ?? 0) + 1
    seen.set(phone, n)
    if (phone === intl(PHONES.wrong)) return wrong
    if (phone === intl(PHONES.retried) && n === 1) return passing
    return { status: 200, body: ok }
  }
}

beforeAll(async () => {
  process.env.SMS_GATEWAY_URL = sms.url
  process.env.SMS_GATEWAY_TOKEN = 'sms-secret'
  process.env.SMS_BRAND_NAME = 'THCSHAUGIANG'
  process.env.ZALO_ZNS_URL = zalo.url
  process.env.ZALO_ZNS_TOKEN = 'zalo-secret'
  process.env.ZALO_ZNS_TEMPLATE_ID = '100'
  process.env.ZALO_ZNS_CODE_TEMPLATE_ID = '200'
  sms.answerWith(
    scripted(
      (r) => r.body.to,
      { ok: true },
      { status: 503, body: { message: 'Gateway busy' } },
      { status: 400, body: { message: 'Số thuê bao không tồn tại' } },
    ),
  )
  zalo.answerWith(
    scripted(
      (r) => r.body.phone,
      { error: 0, message: 'Success' },
      { status: 200, body: { error: -32, message: 'Out of quota per second' } },
      { status: 200, body: { error: -118, message: 'Zalo account not existed' } },
    ),
  )
  t = await bootPayload()
  const student = await pupilOf(t.payload, '7A1', '-studentCode')
  ids.student = student.id
  originalGuardians = (student.guardians ?? []).map(({ id: _id, ...rest }) => rest)
  await t.payload.update({
    collection: 'students',
    id: student.id,
    data: {
      guardians: [
        { name: 'Phụ huynh nhận ngay', relationship: 'Cha', phone: PHONES.delivered },
        { name: 'Phụ huynh nhận sau', relationship: 'Mẹ', phone: PHONES.retried },
        { name: 'Phụ huynh sai số', relationship: 'Ông', phone: PHONES.wrong },
      ],
    },
  })
})

afterAll(async () => {
  for (const id of ids.messages) await t.payload.delete({ collection: 'parent-messages', id })
  await t.payload.update({ collection: 'students', id: ids.student, data: { guardians: originalGuardians as never } })
  await shutdownPayload(t)
  await sms.close()
  await zalo.close()
})

const send = async (channel: 'sms' | 'zalo') => {
  const created = await t.api.rest('POST', '/parent-messages', {
    token: await t.api.login('gv.toan@haugiang.test'),
    body: {
      title: 'Họp phụ huynh',
      body: 'Kính mời quý phụ huynh dự họp lúc 7 giờ 30 thứ Bảy.',
      audience: 'student',
      student: ids.student,
      channel,
      status: 'queued',
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  ids.messages.push(created.body.doc.id)
  return created.body.doc.id as number
}
const stored = (id: number) => t.payload.findByID({ collection: 'parent-messages', id, depth: 0 })
const byPhone = (doc: Awaited<ReturnType<typeof stored>>) =>
  Object.fromEntries(doc.recipients!.map((r) => [r.address, [r.status, r.attempts]]))

describe.each([
  { channel: 'sms' as const, gateway: sms, phoneOf: (r: GatewayRequest) => r.body.to as string },
  { channel: 'zalo' as const, gateway: zalo, phoneOf: (r: GatewayRequest) => r.body.phone as string },
])('$channel channel through the jobs queue', ({ channel, gateway, phoneOf }) => {
  it('delivered; failed then retried; wrong number recorded and never retried', async () => {
    const id = await send(channel)
    const hits = (phone: string) => gateway.requests.filter((r) => phoneOf(r) === intl(phone)).length
    let doc = await stored(id)
    expect(doc.recipients!.map((r) => r.address)).toEqual([PHONES.delivered, PHONES.retried, PHONES.wrong])

    await t.payload.jobs.run()
    doc = await stored(id)
    expect(byPhone(doc)).toEqual({
      [PHONES.delivered]: ['sent', 1],
      [PHONES.retried]: ['failed', 1],
      [PHONES.wrong]: ['wrong-number', 1],
    })
    expect(doc.status).toBe('partially-sent')
    const recipient = (phone: string) => doc.recipients!.find((r) => r.address === phone)!
    expect(recipient(PHONES.retried).lastError).toMatch(/tạm thời/)
    expect(recipient(PHONES.wrong).lastError).toMatch(channel === 'sms' ? /không tồn tại/ : /-118/)

    // The queue retries the job: only the passing failure is sent again.
    await t.payload.jobs.run()
    doc = await stored(id)
    expect(byPhone(doc)).toEqual({
      [PHONES.delivered]: ['sent', 1],
      [PHONES.retried]: ['sent', 2],
      [PHONES.wrong]: ['wrong-number', 1],
    })
    await t.payload.jobs.run()
    expect([hits(PHONES.delivered), hits(PHONES.retried), hits(PHONES.wrong)]).toEqual([1, 2, 1])

    const first = gateway.requests.find((r) => phoneOf(r) === intl(PHONES.delivered))!
    if (channel === 'sms') {
      expect(first.headers.authorization).toBe('Bearer sms-secret')
      expect(first.body).toMatchObject({ brandName: 'THCSHAUGIANG', text: expect.stringContaining('7 giờ 30') })
    } else {
      expect(first.headers.access_token).toBe('zalo-secret')
      expect(first.body).toMatchObject({
        template_id: '100',
        template_data: { title: 'Họp phụ huynh', content: expect.stringContaining('7 giờ 30') },
      })
    }
  })
})
