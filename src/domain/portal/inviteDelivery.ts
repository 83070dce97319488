import { canonicalPhone } from '../students/phone'

import { INVITE_HOURS, isPlaceholderEmail } from './invite'

/**
 * How an invitation to the parents' portal reaches the guardian: by e-mail or by SMS, the same
 * 72-hour link either way. The inviter may name the channel; otherwise e-mail when the guardian
 * entry (or the inviter) gives an address, else SMS to the entry's phone.
 */
export const INVITE_CHANNELS = ['email', 'sms'] as const
export type InviteChannel = (typeof INVITE_CHANNELS)[number]

export type InviteRequest = {
  /** The channel the inviter chose, as sent (unchecked). */
  channel?: unknown
  /** An e-mail the inviter typed, as sent (unchecked). */
  email?: unknown
  entry: { email?: string | null; phone?: string | null }
}

export type InviteDelivery =
  | {
      ok: true
      channel: InviteChannel
      /** Where the link goes: the e-mail address, or the phone as `0xxxxxxxxx`. */
      address: string
      /** The account's e-mail when one is known (null: an SMS invitation to a guardian without one). */
      email: string | null
      phone: string | null
    }
  | { ok: false; message: string }

export const INVITE_DELIVERY_MESSAGES = {
  badChannel: 'Kênh gửi lời mời không hợp lệ: chọn thư điện tử (email) hoặc tin nhắn SMS (sms).',
  badEmail: 'Địa chỉ thư điện tử không hợp lệ.',
  noEmail: 'Mục phụ huynh chưa có địa chỉ thư điện tử hợp lệ để gửi lời mời.',
  noPhone:
    'Mục phụ huynh chưa có số điện thoại hợp lệ để gửi lời mời qua SMS. Vui lòng cập nhật số điện thoại trong hồ sơ học sinh.',
  noAddress:
    'Mục phụ huynh chưa có thư điện tử hay số điện thoại hợp lệ để gửi lời mời. Vui lòng cập nhật hồ sơ học sinh.',
} as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** An e-mail that can receive an invitation (never the reserved placeholder domain); null otherwise. */
const deliverableEmail = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const email = value.trim().toLowerCase()
  return EMAIL.test(email) && !isPlaceholderEmail(email) ? email : null
}

const blank = (value: unknown) => value === undefined || value === null || value === ''

/** The channel and address of an invitation, or the Vietnamese reason it cannot be sent. */
export const inviteDelivery = ({ channel, email: typed, entry }: InviteRequest): InviteDelivery => {
  if (!blank(channel) && !INVITE_CHANNELS.includes(channel as InviteChannel)) {
    return { ok: false, message: INVITE_DELIVERY_MESSAGES.badChannel }
  }
  const chosen = blank(channel) ? null : (channel as InviteChannel)
  const email = blank(typed) ? deliverableEmail(entry.email) : deliverableEmail(typed)
  if (!blank(typed) && !email) {
    return {
      ok: false,
      message: chosen === 'sms' ? INVITE_DELIVERY_MESSAGES.badEmail : INVITE_DELIVERY_MESSAGES.noEmail,
    }
  }
  const phone = canonicalPhone(entry.phone)
  if (chosen === 'email' || (chosen === null && email)) {
    return email
      ? { ok: true, channel: 'email', address: email, email, phone }
      : { ok: false, message: INVITE_DELIVERY_MESSAGES.noEmail }
  }
  if (!phone) {
    return {
      ok: false,
      message: chosen === 'sms' ? INVITE_DELIVERY_MESSAGES.noPhone : INVITE_DELIVERY_MESSAGES.noAddress,
    }
  }
  return { ok: true, channel: 'sms', address: phone, email, phone }
}

/**
 * The invitation's text for its channel. The SMS is short, without diacritics (one brand-name SMS
 * segment holds 160 such characters, 70 with them) and without the child's name (a phone's
 * messages are read by others too); the e-mail names the guardian and the child.
 */
export const inviteMessage = (
  channel: InviteChannel,
  { guardianName, studentName, url }: { guardianName: string; studentName: string; url: string },
): { subject: string; text: string } =>
  channel === 'sms'
    ? {
        subject: '',
        text: `THCS Hau Giang moi anh/chi dung cong thong tin phu huynh. Dat mat khau tai ${url} (hieu luc ${INVITE_HOURS} gio, dung 1 lan).`,
      }
    : {
        subject: 'Lời mời sử dụng cổng thông tin phụ huynh — THCS Hậu Giang',
        text:
          `Kính gửi ${guardianName},\n\nNhà trường mời anh/chị sử dụng cổng thông tin phụ huynh để theo dõi ` +
          `kết quả học tập của em ${studentName}. Mở liên kết sau để đặt mật khẩu ` +
          `(có hiệu lực ${INVITE_HOURS} giờ, dùng một lần):\n\n${url}\n`,
      }
