import type { RateLimitRule } from '@/lib/rateLimit'

/**
 * Sign-in and reset limits. The school's staff often share one address (the school's network),
 * so the address limits are generous and count failures only; an address that keeps failing
 * waits longer each time (1 min, 2, 4, … up to a day), so nobody keeps an account locked for long
 * from one place. The account's own lock (5 failures, 10 minutes) is Payload's.
 */
export const LOGIN_FAILURES_PER_IP: RateLimitRule = {
  name: 'login-ip',
  limit: 10,
  windowSeconds: 10 * 60,
  blockSeconds: 60,
  maxBlockSeconds: 24 * 60 * 60,
}

/** Failures on one account from anywhere: slows a distributed guess beyond Payload's lock. */
export const LOGIN_FAILURES_PER_ACCOUNT: RateLimitRule = {
  name: 'login-account',
  limit: 10,
  windowSeconds: 30 * 60,
  blockSeconds: 5 * 60,
  maxBlockSeconds: 6 * 60 * 60,
}

/** Reset requests (every request counts: each may send an e-mail). */
export const RESETS_PER_IP: RateLimitRule = {
  name: 'reset-ip',
  limit: 5,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  maxBlockSeconds: 24 * 60 * 60,
}

export const RESETS_PER_ACCOUNT: RateLimitRule = {
  name: 'reset-account',
  limit: 3,
  windowSeconds: 60 * 60,
  blockSeconds: 60 * 60,
}

export const TOO_MANY = 'Quá nhiều lần thử. Vui lòng thử lại sau.'
/** One answer for an unknown account, a wrong password and a locked account alike. */
export const WRONG_CREDENTIALS = 'Thư điện tử hoặc mật khẩu không đúng.'

/**
 * Parents' sign-in by a one-time code (every request counts: each may send a paid SMS or Zalo
 * message). Per address generous (a school's or a family's shared network), per phone strict.
 */
export const CODE_REQUESTS_PER_IP: RateLimitRule = {
  name: 'code-request-ip',
  limit: 10,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  maxBlockSeconds: 24 * 60 * 60,
}

export const CODE_REQUESTS_PER_PHONE: RateLimitRule = {
  name: 'code-request-phone',
  limit: 3,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  maxBlockSeconds: 6 * 60 * 60,
}

/** Wrong codes from one address, over every phone (the account's own lock is 5 wrong codes). */
export const CODE_FAILURES_PER_IP: RateLimitRule = {
  name: 'code-ip',
  limit: 10,
  windowSeconds: 10 * 60,
  blockSeconds: 60,
  maxBlockSeconds: 24 * 60 * 60,
}

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
export const CURRENT_PASSWORD_FAILURES: RateLimitRule = {
  name: 'current-password',
  limit: 5,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  maxBlockSeconds: 24 * 60 * 60,
}
