import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/** A sign-in code: 6 digits, valid 5 minutes, once; 5 wrong codes lock the account. */
export const CODE_DIGITS = 6
export const CODE_MINUTES = 5
export const MAX_CODE_FAILURES = 5

/** A fresh code, uniformly drawn (leading zeros kept). */
export const newSignInCode = (): string => String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0')

/**
 * Only a keyed hash is stored (HMAC with the server's secret and the account): a million codes are
 * easy to try against a plain hash, not against a key the database does not hold.
 */
export const hashSignInCode = (code: string, accountId: number | string, secret: string): string =>
  createHmac('sha256', secret).update(`sign-in-code:${accountId}:${code}`).digest('hex')

export const codeExpiry = (now: Date): Date => new Date(now.getTime() + CODE_MINUTES * 60_000)

/** Whether the typed code is the stored one, still valid; a missing or expired code never matches. */
export const codeMatches = (
  stored: { hash: string | null | undefined; expiresAt: string | Date | null | undefined },
  typedHash: string,
  now: Date,
): boolean => {
  if (!stored.hash || !stored.expiresAt || new Date(stored.expiresAt).getTime() <= now.getTime()) return false
  const a = Buffer.from(stored.hash, 'hex')
  const b = Buffer.from(typedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Six digits, spaces ignored; null when it cannot be a code. */
export const parseCode = (value: unknown): string | null => {
  const code = typeof value === 'string' ? value.replace(/\s/g, '') : ''
  return new RegExp(`^\\d{${CODE_DIGITS}}$`).test(code) ? code : null
}

/** The text of the code message (SMS; Zalo sends the code with its own template). */
export const codeText = (code: string) =>
  `THCS Hau Giang: ma dang nhap cong thong tin phu huynh la ${code}, hieu luc ${CODE_MINUTES} phut. Khong chia se ma nay cho ai.`

export const CODE_MESSAGES = {
  sent: `Nếu số điện thoại này đã được nhà trường đăng ký cho phụ huynh, mã đăng nhập gồm ${CODE_DIGITS} chữ số vừa được gửi đến (hiệu lực ${CODE_MINUTES} phút).`,
  badPhone: 'Số điện thoại không hợp lệ: 10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số.',
  badCode: `Mã đăng nhập gồm ${CODE_DIGITS} chữ số.`,
  wrong: 'Số điện thoại hoặc mã đăng nhập không đúng, hoặc mã đã hết hạn.',
  tooMany: 'Quá nhiều lần thử. Vui lòng thử lại sau.',
}
