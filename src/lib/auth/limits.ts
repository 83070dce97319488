import type { RateLimitRule } from '@/lib/rateLimit'

/**
 * A rule from its numbers: `limit` in a window of `windowMinutes`, then blocked `blockMinutes`,
 * doubling on each new block up to `maxBlockHours`.
 */
const rule = (
  name: string,
  limit: number,
  windowMinutes: number,
  blockMinutes: number,
  maxBlockHours?: number,
): RateLimitRule => ({
  name,
  limit,
  windowSeconds: windowMinutes * 60,
  blockSeconds: blockMinutes * 60,
  ...(maxBlockHours !== undefined && { maxBlockSeconds: maxBlockHours * 60 * 60 }),
})

/**
 * Sign-in and reset limits. The school's staff often share one address (the school's network),
 * so the address limits are generous and count failures only; an address that keeps failing
 * waits longer each time (1 min, 2, 4, … up to a day), so nobody keeps an account locked for long
 * from one place. The account's own lock (5 failures, 10 minutes) is Payload's.
 */
export const LOGIN_FAILURES_PER_IP = rule('login-ip', 10, 10, 1, 24)

/** Failures on one account from anywhere: slows a distributed guess beyond Payload's lock. */
export const LOGIN_FAILURES_PER_ACCOUNT = rule('login-account', 10, 30, 5, 6)

/** Reset requests (every request counts: each may send an e-mail). */
export const RESETS_PER_IP = rule('reset-ip', 5, 15, 15, 24)

export const RESETS_PER_ACCOUNT = rule('reset-account', 3, 60, 60)

export const TOO_MANY = 'Quá nhiều lần thử. Vui lòng thử lại sau.'
/** One answer for an unknown account, a wrong password and a locked account alike. */
export const WRONG_CREDENTIALS = 'Thư điện tử hoặc mật khẩu không đúng.'

/**
 * Parents' sign-in by a one-time code (every request counts: each may send a paid SMS or Zalo
 * message). Per address generous (a school's or a family's shared network), per phone strict.
 */
export const CODE_REQUESTS_PER_IP = rule('code-request-ip', 10, 15, 15, 24)

export const CODE_REQUESTS_PER_PHONE = rule('code-request-phone', 3, 15, 15, 6)

/** Wrong codes from one address, over every phone (the account's own lock is 5 wrong codes). */
export const CODE_FAILURES_PER_IP = rule('code-ip', 10, 10, 1, 24)

/**
 * Guardians' password failures from one address: the staff rule's numbers under its own name, so
 * that parents failing at the school's shared address never block the staff's sign-in there (and
 * the reverse). The account's own lock (5 failures, 10 minutes) is Payload's.
 */
export const GUARDIAN_LOGIN_FAILURES_PER_IP: RateLimitRule = { ...LOGIN_FAILURES_PER_IP, name: 'guardian-login-ip' }

/**
 * Guardians' reset requests: the staff rules' numbers under their own names, so that parents at the
 * school's shared address never use up the staff's resets there (and the reverse).
 */
export const GUARDIAN_RESETS_PER_IP: RateLimitRule = { ...RESETS_PER_IP, name: 'guardian-reset-ip' }
export const GUARDIAN_RESETS_PER_ACCOUNT: RateLimitRule = { ...RESETS_PER_ACCOUNT, name: 'guardian-reset-account' }

/** Wrong current passwords given to change one's own (per account): a stolen session cannot guess on. */
export const CURRENT_PASSWORD_FAILURES = rule('current-password', 5, 15, 15, 24)
