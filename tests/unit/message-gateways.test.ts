import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { isPermanentFailure } from '@/lib/messaging/httpGateway'
import { httpSmsGateway } from '@/lib/messaging/sms'
import { zaloChannel } from '@/lib/messaging/zalo'

import { startFakeGateway } from '../helpers/fakeGateway'

/** The SMS and Zalo adapters against a fake gateway on loopback: what counts as delivered, passing, permanent. */
let gateway: Awaited<ReturnType<typeof startFakeGateway>>
const saved = { ...process.env }
const failureOf = async (work: Promise<unknown>) => {
  try {
    await work
    return 'delivered'
  } catch (error) {
    return isPermanentFailure(error) ? 'permanent' : 'passing'
  }
}
const zaloSend = (code?: string) =>
  zaloChannel.send(null as never, { to: '0901234567', subject: 'Họp', text: 'Thứ Bảy.', code })

beforeAll(async () => {
  gateway = await startFakeGateway({ ok: true })
})
afterEach(() => {
  process.env = { ...saved }
  gateway.requests.length = 0
})
afterAll(async () => {
  await gateway.close()
})

describe('SMS gateway adapter', () => {
  it('unconfigured: a passing failure that names the variables', async () => {
    delete process.env.SMS_GATEWAY_URL
    await expect(httpSmsGateway.send('0901234567', 'x')).rejects.toThrow(/SMS_GATEWAY_URL/)
    expect(await failureOf(httpSmsGateway.send('0901234567', 'x'))).toBe('passing')
  })

  it('posts the international number, the text and the brand name with the bearer token', async () => {
    Object.assign(process.env, { SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: 't0k', SMS_BRAND_NAME: 'HG' })
    gateway.answerWith(() => ({ status: 200, body: { ok: true } }))
    expect(await failureOf(httpSmsGateway.send('+84 901 234 567', 'Xin chào'))).toBe('delivered')
    expect(gateway.requests[0]!.headers.authorization).toBe('Bearer t0k')
    expect(gateway.requests[0]!.body).toEqual({ to: '84901234567', text: 'Xin chào', brandName: 'HG' })
  })

  it('400/410/422 are permanent; 5xx, 401, 404, 429 and no answer pass', async () => {
    Object.assign(process.env, { SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: 't' })
    const outcomes: Record<number, string> = {}
    for (const status of [400, 410, 422, 401, 404, 429, 500, 503]) {
      gateway.answerWith(() => ({ status, body: { message: `status ${status}` } }))
      outcomes[status] = await failureOf(httpSmsGateway.send('0901234567', 'x'))
    }
    expect(outcomes).toEqual({
      400: 'permanent',
      410: 'permanent',
      422: 'permanent',
      401: 'passing',
      404: 'passing',
      429: 'passing',
      500: 'passing',
      503: 'passing',
    })
    process.env.SMS_GATEWAY_URL = 'http://127.0.0.1:9/none'
    expect(await failureOf(httpSmsGateway.send('0901234567', 'x'))).toBe('passing')
  })
})

describe('Zalo ZNS adapter', () => {
  const configure = () =>
    Object.assign(process.env, {
      ZALO_ZNS_URL: gateway.url,
      ZALO_ZNS_TOKEN: 'z',
      ZALO_ZNS_TEMPLATE_ID: '11',
      ZALO_ZNS_CODE_TEMPLATE_ID: '22',
    })

  it('sends the notice template or the code template; error 0 is delivered', async () => {
    configure()
    gateway.answerWith(() => ({ status: 200, body: { error: 0, message: 'Success' } }))
    expect(await failureOf(zaloSend())).toBe('delivered')
    expect(await failureOf(zaloSend('123456'))).toBe('delivered')
    const [notice, code] = gateway.requests
    expect(notice!.headers.access_token).toBe('z')
    expect(notice!.body).toMatchObject({
      phone: '84901234567',
      template_id: '11',
      template_data: { title: 'Họp', content: 'Thứ Bảy.' },
    })
    expect(code!.body).toMatchObject({ template_id: '22', template_data: { otp: '123456' } })
  })

  it('no Zalo account or an invalid number is permanent; a quota or server error passes', async () => {
    configure()
    const outcomes: Record<string, string> = {}
    for (const [status, error] of [
      [200, -118],
      [200, -108],
      [200, -32],
      [500, -1],
      [502, undefined],
    ] as const) {
      gateway.answerWith(() => ({ status, body: error === undefined ? {} : { error, message: 'x' } }))
      outcomes[`${status}/${error}`] = await failureOf(zaloSend())
    }
    expect(outcomes).toEqual({
      '200/-118': 'permanent',
      '200/-108': 'permanent',
      '200/-32': 'passing',
      '500/-1': 'passing',
      '502/undefined': 'passing',
    })
  })

  it('without its template the channel refuses with a passing failure naming the variable', async () => {
    configure()
    delete process.env.ZALO_ZNS_CODE_TEMPLATE_ID
    await expect(zaloSend('123456')).rejects.toThrow(/ZALO_ZNS/)
    expect(await failureOf(zaloSend('123456'))).toBe('passing')
  })
})
