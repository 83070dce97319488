import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type PayloadRequest } from 'payload'

import { phoneCodeKey } from '@/domain/portal/firstSignIn'
import {
  CODE_MESSAGES,
  codeExpiry,
  codeMatches,
  codeText,
  hashSignInCode,
  MAX_CODE_FAILURES,
  newSignInCode,
  parseCode,
} from '@/domain/portal/signInCode'
import { canonicalPhone } from '@/domain/students/phone'
import { clientIp } from '@/lib/auth/clientIp'
import { CODE_FAILURES_PER_IP, CODE_REQUESTS_PER_IP, CODE_REQUESTS_PER_PHONE } from '@/lib/auth/limits'
import { channelNamed } from '@/lib/messaging'
import { rateLimiter, retryAfterHeaders, type RateLimitState } from '@/lib/rateLimit'
import { anyAccountHasPhone, createFirstSignInAccount, identityForPhone } from '@/portal/firstSignIn'
import { pendingCodes } from '@/portal/pendingCodes'
import { signedInResponse } from '@/portal/signIn'

import { inTransaction } from './inTransaction'
import { readJsonBody } from './readJsonBody'
import { poolSql } from '@/lib/sql'

/** The 429 with its wait in `Retry-After`: Payload sends `req.responseHeaders` with the error. */
const tooMany = (req: PayloadRequest, state: RateLimitState) => {
  req.responseHeaders = retryAfterHeaders(state)
  return new APIError(CODE_MESSAGES.tooMany, 429)
}

/** The phone as typed, normalised to `0xxxxxxxxx`; null when it is not a Vietnamese number. */
const phoneOf = canonicalPhone

type Account = {
  id: number
  active?: boolean | null
  lockUntil?: string | null
  preferredChannel?: string | null
  signInCodeHash?: string | null
  signInCodeExpiresAt?: string | null
}

/**
 * The one active account with this phone (stored normalised by `hooks/guardians/normalisePhone`),
 * or null: none, or several (a shared number signs nobody in; the school sorts it out).
 */
const accountByPhone = async (req: PayloadRequest, phone: string): Promise<Account | null> => {
  const found = await req.payload.find({
    collection: 'guardians',
    where: { and: [{ phone: { in: [phone, `+84${phone.slice(1)}`] } }, { active: { not_equals: false } }] },
    limit: 2,
    depth: 0,
    showHiddenFields: true, // the lock (Payload's hidden auth fields) decides whether a code is sent
    select: { active: true, lockUntil: true, preferredChannel: true, signInCodeHash: true, signInCodeExpiresAt: true },
    overrideAccess: true, // system action: the phone is the only credential here; nothing of the account is returned
    req,
  })
  return found.docs.length === 1 ? (found.docs[0] as unknown as Account) : null
}

const isLocked = (account: Account, now: Date) =>
  Boolean(account.lockUntil && new Date(account.lockUntil).getTime() > now.getTime())

const db = (req: PayloadRequest) => poolSql(req.payload)

/**
 * Sends the code on the guardian's channel (Zalo when preferred, else SMS; SMS before an account
 * exists); a failure is logged, never shown. Called after the answer, so its time says nothing about the phone.
 */
const sendCode = async (req: PayloadRequest, account: Account | null, phone: string, code: string) => {
  const channel = channelNamed(account?.preferredChannel === 'zalo' ? 'zalo' : 'sms')
  try {
    await channel!.send(req.payload, { to: phone, subject: '', text: codeText(code), code })
  } catch (error) {
    req.payload.logger.warn({
      msg: 'Sign-in code not delivered',
      guardian: account?.id ?? 'first sign-in',
      err: (error as Error).message,
    })
  }
}

/**
 * Whether a code may go to a phone that no account carries: only when the current students'
 * guardian entries name exactly one person with it and the phone is not locked by wrong codes.
 */
const firstSignInPossible = async (req: PayloadRequest, phone: string) =>
  !(await anyAccountHasPhone(req, phone)) &&
  (await identityForPhone(req, phone)) !== null &&
  !(await pendingCodes(req.payload).isLocked(phone))

/**
 * The code of an existing account: spent in one statement (of two requests with the right code, one
 * signs in); a wrong one is counted on the account, and the fifth locks it and spends the code.
 * The signed-in answer, or null for the common 401.
 */
const signInToAccount = async (req: PayloadRequest, account: Account, code: string, lockSeconds: number) => {
  const now = new Date()
  const typed = hashSignInCode(code, account.id, req.payload.secret)
  const right =
    !isLocked(account, now) &&
    codeMatches({ hash: account.signInCodeHash, expiresAt: account.signInCodeExpiresAt }, typed, now)
  const spent =
    right &&
    (
      await db(req).execute(sql`
        update guardians set sign_in_code_hash = null, sign_in_code_expires_at = null, login_attempts = 0,
          lock_until = null
        where id = ${account.id} and sign_in_code_hash = ${typed} and sign_in_code_expires_at > now()
          and (lock_until is null or lock_until <= now())
        returning id`)
    ).rows.length === 1
  if (spent) return signedInResponse(req, account.id)
  if (account.signInCodeHash && !isLocked(account, now)) {
    await db(req).execute(sql`
      update guardians set login_attempts = coalesce(login_attempts, 0) + 1,
        lock_until = case when coalesce(login_attempts, 0) + 1 >= ${MAX_CODE_FAILURES}
          then now() + make_interval(secs => ${lockSeconds}) else lock_until end,
        sign_in_code_hash = case when coalesce(login_attempts, 0) + 1 >= ${MAX_CODE_FAILURES}
          then null else sign_in_code_hash end
      where id = ${account.id}`)
  }
  return null
}

/**
 * A first sign-in (no account carries the phone): the pending code is spent in one statement, or a
 * wrong one counted on the phone (the fifth locks it and spends the code). Once spent, the students'
 * entries are read again (the school may have changed them meanwhile) and the account is made with
 * pending links, in one transaction with the new session. The signed-in answer, or null for the common 401.
 */
const firstSignIn = async (req: PayloadRequest, phone: string, code: string, lockSeconds: number) => {
  if (await anyAccountHasPhone(req, phone)) return null
  const pending = pendingCodes(req.payload)
  if (!(await pending.spend(phone, hashSignInCode(code, phoneCodeKey(phone), req.payload.secret)))) {
    await pending.countFailure(phone, lockSeconds)
    return null
  }
  return inTransaction(req, async () => {
    const identity = await identityForPhone(req, phone)
    if (!identity || (await anyAccountHasPhone(req, phone))) return null
    const guardian = await createFirstSignInAccount(req, phone, identity)
    return signedInResponse(req, guardian.id)
  })
}

/**
 * `POST /api/guardians/request-code` `{ phone }`: a guardian whose phone the school recorded asks for
 * a sign-in code (6 digits, 5 minutes, one use, only its keyed hash stored; a new code replaces the
 * old). The answer is the same whether the phone is known or not; the code leaves after it.
 * Limits per address and per phone (429 with Retry-After).
 */
export const requestSignInCode = {
  path: '/request-code',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const phone = phoneOf((await readJsonBody(req)).phone)
    if (!phone) throw new APIError(CODE_MESSAGES.badPhone, 400)
    const limiter = rateLimiter(req.payload)
    const ip = clientIp(req)
    for (const [rule, key] of [
      [CODE_REQUESTS_PER_IP, ip],
      [CODE_REQUESTS_PER_PHONE, phone],
    ] as const) {
      const state = await limiter.check(rule, key)
      if (!state.allowed) throw tooMany(req, state)
    }
    await limiter.hit(CODE_REQUESTS_PER_IP, ip)
    await limiter.hit(CODE_REQUESTS_PER_PHONE, phone)

    const now = new Date()
    const account = await accountByPhone(req, phone)
    if (account && !isLocked(account, now)) {
      const code = newSignInCode()
      await req.payload.update({
        collection: 'guardians',
        id: account.id,
        data: {
          signInCodeHash: hashSignInCode(code, account.id, req.payload.secret),
          signInCodeExpiresAt: codeExpiry(now).toISOString(),
        },
        depth: 0,
        overrideAccess: true, // system action: the new code of the account the phone names
        req,
      })
      // After the answer, so that its time says nothing about the phone.
      setTimeout(() => void sendCode(req, account, phone, code), 0)
    } else if (!account && (await firstSignInPossible(req, phone))) {
      // No account yet: the code waits in its own table, keyed by the phone, until the first sign-in.
      const code = newSignInCode()
      await pendingCodes(req.payload).save(
        phone,
        hashSignInCode(code, phoneCodeKey(phone), req.payload.secret),
        codeExpiry(now),
      )
      setTimeout(() => void sendCode(req, null, phone, code), 0)
    }
    return Response.json({ message: CODE_MESSAGES.sent })
  },
}

/**
 * `POST /api/guardians/login-code` `{ phone, code }`: signs the guardian in with the code, as
 * `POST /api/guardians/login` does with a password (same session, token and cookie). A wrong,
 * expired or spent code, an unknown phone and a locked account get the same 401; the fifth wrong
 * code locks the account (or, before an account exists, the phone) for the collection's lock time
 * and spends the code. A first sign-in makes the account, its children's links pending.
 */
export const loginWithCode = {
  path: '/login-code',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const body = await readJsonBody(req)
    const phone = phoneOf(body.phone)
    if (!phone) throw new APIError(CODE_MESSAGES.badPhone, 400)
    const code = parseCode(body.code)
    if (!code) throw new APIError(CODE_MESSAGES.badCode, 400)
    const limiter = rateLimiter(req.payload)
    const ip = clientIp(req)
    const blocked = await limiter.check(CODE_FAILURES_PER_IP, ip)
    if (!blocked.allowed) throw tooMany(req, blocked)

    const collection = req.payload.collections.guardians.config
    const lockSeconds = Math.round((collection.auth.lockTime ?? 600_000) / 1000)
    const account = await accountByPhone(req, phone)
    const signedIn = account
      ? await signInToAccount(req, account, code, lockSeconds)
      : await firstSignIn(req, phone, code, lockSeconds)
    if (signedIn) return signedIn
    const state = await limiter.hit(CODE_FAILURES_PER_IP, ip)
    if (!state.allowed) throw tooMany(req, state)
    throw new APIError(CODE_MESSAGES.wrong, 401)
  },
}
