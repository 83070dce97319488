import { isVietnamesePhone, normalisePhone } from '@/domain/students/phone'

import type { MessageChannel } from './channels'

/**
 * An SMS channel over any gateway: the school supplies `send` (its provider's API call); the
 * channel picks the guardian's phone (a valid Vietnamese number, else `no-address`) and sends the
 * subject and text as one SMS text. Not enabled by default: register it in `register.ts`.
 */
export const smsChannel = (
  gateway: { send: (phone: string, text: string) => Promise<void> },
  name = 'sms',
): MessageChannel => ({
  name,
  label: { vi: 'Tin nhắn SMS', en: 'SMS' },
  addressOf: (guardian) =>
    guardian.phone && isVietnamesePhone(guardian.phone) ? normalisePhone(guardian.phone) : null,
  send: async (_payload, message) => gateway.send(message.to, `${message.subject}\n${message.text}`),
})
