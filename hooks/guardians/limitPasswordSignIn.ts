import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '@/lib/auth/clientIp'
import { GUARDIAN_LOGIN_FAILURES_PER_IP, TOO_MANY } from '@/lib/auth/limits'
import { passwordMatches, wasteAPasswordCheck } from '@/lib/auth/password'
import { rateLimiter, retryAfterHeaders } from '@/lib/rateLimit'

/**
 * Guardians' password sign-in (REST and GraphQL), limited per address as the staff's is: an address
 * past the limit gets 429 with `Retry-After`, even with a right password. Payload's login cannot
 * tell a hook that it failed, so the password is checked here first (one hash, also for an unknown
 * e-mail) and a failure, or a locked account, counts against the address; the login then goes on to
 * Payload, which answers the failure its own way (its count of failures, the lock message).
 */
export const limitPasswordSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = data?.password
  // Missing fields: Payload's own 400.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const limiter = rateLimiter(req.payload)
  const ip = clientIp(req)
  const blocked = await limiter.check(GUARDIAN_LOGIN_FAILURES_PER_IP, ip)
  if (!blocked.allowed) {
    // REST sends `req.responseHeaders` with the error.
    req.responseHeaders = retryAfterHeaders(blocked)
    throw new APIError(TOO_MANY, 429, { retryAfterSeconds: blocked.retryAfterSeconds }, true)
  }
  const user = (await req.payload.db.findOne({ collection: 'guardians', where: { email: { equals: email } } })) as {
    hash?: string
    salt?: string
    lockUntil?: string | null
  } | null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  let matches = false
  if (user) matches = await passwordMatches(password, user.hash, user.salt)
  else await wasteAPasswordCheck(password)
  if (!matches || locked) await limiter.hit(GUARDIAN_LOGIN_FAILURES_PER_IP, ip)
  return args
}
