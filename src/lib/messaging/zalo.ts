import { isVietnamesePhone, normalisePhone } from '@/domain/students/phone'

import type { MessageChannel, OutgoingMessage } from './channels'
import { gatewayFromEnv, PermanentDeliveryError, postJson } from './httpGateway'
import { internationalPhone } from './sms'

/**
 * Zalo ZNS error codes that no retry can fix: the number is invalid, has no Zalo account, or does
 * not receive ZNS messages (Zalo's list; other codes, e.g. quota or a busy server, are retried).
 */
export const ZNS_PERMANENT_ERRORS = new Set([-108, -118, -119, -139])

/** The template and its parameters for one message: the school's notice, or the sign-in code. */
const templateOf = (message: OutgoingMessage) =>
  message.code
    ? { id: process.env.ZALO_ZNS_CODE_TEMPLATE_ID?.trim(), data: { otp: message.code } }
    : {
        id: process.env.ZALO_ZNS_TEMPLATE_ID?.trim(),
        data: { title: message.subject.slice(0, 100), content: message.text.slice(0, 400) },
      }

/**
 * Zalo ZNS template messages over its HTTP API (`ZALO_ZNS_URL`, `ZALO_ZNS_TOKEN`, and the approved
 * templates `ZALO_ZNS_TEMPLATE_ID` with parameters `title`, `content` and
 * `ZALO_ZNS_CODE_TEMPLATE_ID` with `otp`): `POST <url>` with header `access_token` and
 * `{ phone: "84…", template_id, template_data, tracking_id }`. Zalo answers `{ error: 0 }` on
 * success; `ZNS_PERMANENT_ERRORS` are recorded without retry; anything else is retried.
 */
export const zaloChannel: MessageChannel = {
  name: 'zalo',
  label: { vi: 'Zalo (ZNS)', en: 'Zalo (ZNS)' },
  addressOf: (guardian) =>
    guardian.phone && isVietnamesePhone(guardian.phone) ? normalisePhone(guardian.phone) : null,
  send: async (_payload, message) => {
    const config = gatewayFromEnv('ZALO_ZNS')
    const template = templateOf(message)
    if (!config || !template.id)
      throw new Error('Zalo: chưa cấu hình ZNS (ZALO_ZNS_URL, ZALO_ZNS_TOKEN, mã mẫu tin ZALO_ZNS_*TEMPLATE_ID).')
    const { status, json } = await postJson(
      config,
      {
        phone: internationalPhone(message.to),
        template_id: template.id,
        template_data: template.data,
        tracking_id: `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
      },
      { access_token: config.token },
      'Zalo',
    )
    const code = Number(json?.error ?? NaN)
    if (status >= 200 && status < 300 && code === 0) return
    const reason = `${Number.isNaN(code) ? `HTTP ${status}` : `mã ${code}`}: ${String(json?.message ?? '')}`
    // Only Zalo's own "this number cannot receive" codes are final; a bad address or token is the school's to fix.
    if (ZNS_PERMANENT_ERRORS.has(code))
      throw new PermanentDeliveryError(`Zalo: không gửi được đến số này (${reason.slice(0, 300)}).`)
    throw new Error(`Zalo: lỗi tạm thời (${reason.slice(0, 300)}).`)
  },
}
