import { isVietnamesePhone, normalisePhone } from '@/domain/students/phone'

import type { MessageChannel } from './channels'
import { gatewayFromEnv, PermanentDeliveryError, postJson } from './httpGateway'

/** A phone as the gateways want it: `84` and the nine digits after the leading 0. */
export const internationalPhone = (phone: string) => {
  const p = normalisePhone(phone)
  return p.startsWith('+84') ? p.slice(1) : p.startsWith('0') ? `84${p.slice(1)}` : p
}

/**
 * An SMS channel over any gateway: `send` is the provider's call; the channel picks the guardian's
 * phone (a valid Vietnamese number, else `no-address`) and sends the subject and text as one text.
 */
export const smsChannel = (
  gateway: { send: (phone: string, text: string) => Promise<void>; configured?: () => boolean },
  name = 'sms',
): MessageChannel => ({
  name,
  label: { vi: 'Tin nhắn SMS', en: 'SMS' },
  addressOf: (guardian) =>
    guardian.phone && isVietnamesePhone(guardian.phone) ? normalisePhone(guardian.phone) : null,
  send: async (_payload, message) =>
    gateway.send(message.to, message.subject ? `${message.subject}\n${message.text}` : message.text),
  ready: () => gateway.configured?.() ?? true,
})

/** The gateway refused the message itself (a wrong number, a refused text): no retry can help. */
export const SMS_PERMANENT_STATUSES = new Set([400, 410, 422])

/**
 * The school's brand-name SMS gateway over HTTP (`SMS_GATEWAY_URL`, `SMS_GATEWAY_TOKEN`,
 * `SMS_BRAND_NAME`): `POST <url>` with `Authorization: Bearer <token>` and
 * `{ "to": "84901234567", "text": "…", "brandName": "…" }`. A 2xx is delivered; 400, 410 and 422 (a
 * wrong number, a refused text) are permanent and recorded with the gateway's `message`; anything
 * else (5xx, 401, 404, 429, no answer) is retried. Unconfigured, every send fails (and is recorded) until it is set.
 */
export const httpSmsGateway = {
  configured: () => gatewayFromEnv('SMS_GATEWAY') !== null,
  send: async (phone: string, text: string) => {
    const config = gatewayFromEnv('SMS_GATEWAY')
    if (!config) throw new Error('SMS: chưa cấu hình cổng gửi tin (SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN).')
    const brandName = process.env.SMS_BRAND_NAME?.trim() || 'THCSHAUGIANG'
    const { status, json } = await postJson(
      config,
      { to: internationalPhone(phone), text, brandName },
      { authorization: `Bearer ${config.token}` },
      'SMS',
    )
    if (status >= 200 && status < 300) return
    const reason = String(json?.message ?? json?.error ?? `HTTP ${status}`).slice(0, 300)
    if (SMS_PERMANENT_STATUSES.has(status))
      throw new PermanentDeliveryError(`SMS: không gửi được đến số này (${reason}).`)
    throw new Error(`SMS: cổng gửi tin lỗi tạm thời (${reason}).`)
  },
}
