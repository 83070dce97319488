import type { CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '@/lib/auth/clientIp'
import { GUARDIAN_RESETS_PER_ACCOUNT, GUARDIAN_RESETS_PER_IP } from '@/lib/auth/limits'
import { tooManyAttempts } from '@/lib/auth/tooMany'
import { rateLimiter } from '@/lib/rateLimit'

/**
 * Guardians' reset requests (`POST /api/guardians/forgot-password`), limited per address and per
 * e-mail as the staff's are: every request counts, known account or not (each may send an e-mail,
 * and counting only known ones would tell which exist); past a limit, 429 with `Retry-After`.
 * Payload's own e-mail is turned off: it is awaited (a mail failure would answer 500 for a known
 * account only) and links to the staff's admin. `sendGuardianResetEmail` sends it after the answer.
 */
export const limitPasswordReset: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const normalised = typeof email === 'string' ? email.toLowerCase().trim() : ''
  // Missing e-mail: Payload's own 400.
  if (!normalised) return args
  const limiter = rateLimiter(req.payload)
  const states = [
    await limiter.hit(GUARDIAN_RESETS_PER_IP, clientIp(req)),
    await limiter.hit(GUARDIAN_RESETS_PER_ACCOUNT, normalised),
  ]
  if (states.some((state) => !state.allowed)) throw tooManyAttempts(req, states)
  return { ...args, disableEmail: true }
}
