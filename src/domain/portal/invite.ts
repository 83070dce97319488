import { createHash, randomBytes } from 'node:crypto'

/** An invitation link works for 72 hours and once. */
export const INVITE_HOURS = 72

/** A fresh invitation token (for the link) and the hash kept in the database. */
export const newInviteToken = (): { token: string; hash: string } => {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashInviteToken(token) }
}

/** Only the hash is stored: a database reader cannot turn it back into a working link. */
export const hashInviteToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export const inviteExpiry = (now: Date): Date => new Date(now.getTime() + INVITE_HOURS * 3600_000)

export type InviteState = 'valid' | 'expired' | 'unknown'

/** Whether a stored invitation still opens; `expiresAt` null means none is pending. */
export const inviteState = (expiresAt: string | Date | null | undefined, now: Date): InviteState => {
  if (!expiresAt) return 'unknown'
  return new Date(expiresAt).getTime() > now.getTime() ? 'valid' : 'expired'
}

export const INVITE_MESSAGES: Record<Exclude<InviteState, 'valid'>, string> = {
  unknown: 'Liên kết mời không hợp lệ hoặc đã được sử dụng. Vui lòng đề nghị nhà trường gửi lời mời mới.',
  expired: 'Liên kết mời đã hết hạn (có hiệu lực 72 giờ). Vui lòng đề nghị nhà trường gửi lời mời mới.',
}

/** A password nobody knows, for an account made by invitation before the guardian chooses theirs. */
export const placeholderPassword = (): string => `${randomBytes(24).toString('hex')}aA1`

/**
 * An account made at a guardian's first sign-in by phone has no e-mail the school gave yet: it gets
 * an address under the reserved `.invalid` domain (RFC 2606: never delivered), random so that
 * nobody can guess it to try passwords on it. With `placeholderPassword` it never opens by password
 * until the guardian sets one or the school's invitation gives it a real address.
 */
export const PLACEHOLDER_EMAIL_DOMAIN = 'chua-co-thu.invalid'

export const placeholderEmail = (): string => `phu-huynh-${randomBytes(12).toString('hex')}@${PLACEHOLDER_EMAIL_DOMAIN}`

export const isPlaceholderEmail = (email: string | null | undefined): boolean =>
  typeof email === 'string' && email.toLowerCase().endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`)
