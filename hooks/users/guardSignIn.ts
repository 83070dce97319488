import { APIError, type CollectionBeforeOperationHook, incrementLoginAttempts } from 'payload'

import { clientIp } from '@/lib/auth/clientIp'
import {
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_IP,
  RESETS_PER_ACCOUNT,
  RESETS_PER_IP,
  WRONG_CREDENTIALS,
} from '@/lib/auth/limits'
import { passwordMatches, wasteAPasswordCheck } from '@/lib/auth/password'
import { recordSignInEvent } from '@/lib/auth/signInEvents'
import { tooManyAttempts } from '@/lib/auth/tooMany'
import { rateLimiter } from '@/lib/rateLimit'

const normalisedEmail = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/**
 * Checks the password itself before Payload's login does, so that an unknown account, a wrong
 * password and a locked account get the same 401 and message after the same work (one password
 * hash), and every failure counts against the address and the account (429 with `Retry-After`
 * past the limits). A correct password on an open account goes on to Payload's own login.
 */
const guardLogin = async (args: Parameters<CollectionBeforeOperationHook>[0]['args'], hookArgs: HookArgs) => {
  const { req, collection } = hookArgs
  const data = (args as { data?: unknown }).data
  const email = normalisedEmail(data)
  const password = (data as { password?: unknown } | undefined)?.password
  // Missing fields: Payload's own 400.
  if (!email || typeof password !== 'string' || password.trim() === '') return args
  const { payload } = req
  const limiter = rateLimiter(payload)
  const ip = clientIp(req)
  const blocked = [
    await limiter.check(LOGIN_FAILURES_PER_IP, ip),
    await limiter.check(LOGIN_FAILURES_PER_ACCOUNT, email),
  ]
  if (blocked.some((state) => !state.allowed)) {
    await recordSignInEvent(payload, req, 'rate-limited', { email })
    throw tooManyAttempts(req, blocked)
  }

  const user = (await payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: email } },
  })) as { id: number; hash?: string; salt?: string; lockUntil?: string | null; loginAttempts?: number } | null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  let matches = false
  if (user) matches = await passwordMatches(password, user.hash, user.salt)
  else await wasteAPasswordCheck(password)
  if (matches && !locked) return args

  await limiter.hit(LOGIN_FAILURES_PER_IP, ip)
  await limiter.hit(LOGIN_FAILURES_PER_ACCOUNT, email)
  if (user && !locked) {
    await incrementLoginAttempts({ collection, payload, user: user as never })
    // Payload's increment locks in the database without always saying so on the object: read it back.
    const after = (await payload.db.findOne({ collection: collection.slug, where: { id: { equals: user.id } } })) as {
      lockUntil?: string | null
    } | null
    const nowLocked = Boolean(after?.lockUntil && new Date(after.lockUntil).getTime() > Date.now())
    if (nowLocked) await recordSignInEvent(payload, req, 'lockout', { user: user.id, email })
  }
  await recordSignInEvent(payload, req, 'failure', { user: user?.id, email })
  throw new APIError(WRONG_CREDENTIALS, 401, undefined, true)
}

/**
 * A reset request: counted per address and per account; Payload's own e-mail is turned off and
 * sent by `sendResetEmail` after the operation, without waiting and with a failure only logged,
 * so the answer is the same 200 whether the account exists or the mail server is down.
 */
const guardReset = async (args: Parameters<CollectionBeforeOperationHook>[0]['args'], { req }: HookArgs) => {
  const email = normalisedEmail((args as { data?: unknown }).data)
  if (!email) return args
  const limiter = rateLimiter(req.payload)
  const states = [await limiter.hit(RESETS_PER_IP, clientIp(req)), await limiter.hit(RESETS_PER_ACCOUNT, email)]
  if (states.some((state) => !state.allowed)) throw tooManyAttempts(req, states)
  return { ...args, disableEmail: true }
}

type HookArgs = Parameters<CollectionBeforeOperationHook>[0]

export const guardSignIn: CollectionBeforeOperationHook = async (hookArgs) => {
  const { args, operation } = hookArgs
  if (operation === 'login') return guardLogin(args, hookArgs)
  if (operation === 'forgotPassword') return guardReset(args, hookArgs)
  return args
}
