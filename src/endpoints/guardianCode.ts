import { sql } from '@payloadcms/db-postgres/drizzle'
import { getFieldsToSign, jwtSign, type PayloadRequest } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

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
import { isVietnamesePhone, normalisePhone } from '@/domain/students/phone'
import { clientIp } from '@/lib/auth/clientIp'
import { CODE_FAILURES_PER_IP, CODE_REQUESTS_PER_IP, CODE_REQUESTS_PER_PHONE } from '@/lib/auth/limits'
import { channelNamed } from '@/lib/messaging'
import { rateLimiter, retryAfterHeaders, type RateLimitState } from '@/lib/rateLimit'

const refuse = (status: number, message: string, headers?: Headers) =>
  Response.json({ errors: [{ message }] }, { status, headers })
const tooMany = (state: RateLimitState) => refuse(429, CODE_MESSAGES.tooMany, retryAfterHeaders(state))

const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = await req.json?.()
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The phone as typed, normalised to `0xxxxxxxxx`; null when it is not a Vietnamese number. */
const phoneOf = (value: unknown): string | null => {
  if (typeof value !== 'string' || !isVietnamesePhone(value)) return null
  const phone = normalisePhone(value)
  return phone.startsWith('+84') ? `0${phone.slice(3)}` : phone
}

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

const db = (req: PayloadRequest) =>
  (req.payload.db as unknown as { drizzle: { execute: (q: ReturnType<typeof sql>) => Promise<{ rows: any[] }> } })
    .drizzle

/** Sends the code on the guardian's channel (Zalo when preferred, else SMS); a failure is logged, never shown. */
const sendCode = async (req: PayloadRequest, account: Account, phone: string, code: string) => {
  const channel = channelNamed(account.preferredChannel === 'zalo' ? 'zalo' : 'sms')
  try {
    await channel!.send(req.payload, { to: phone, subject: '', text: codeText(code), code })
  } catch (error) {
    req.payload.logger.warn({ msg: 'Sign-in code not delivered', guardian: account.id, err: (error as Error).message })
  }
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
    const phone = phoneOf((await readJson(req)).phone)
    if (!phone) return refuse(400, CODE_MESSAGES.badPhone)
    const limiter = rateLimiter(req.payload)
    const ip = clientIp(req)
    for (const [rule, key] of [
      [CODE_REQUESTS_PER_IP, ip],
      [CODE_REQUESTS_PER_PHONE, phone],
    ] as const) {
      const state = await limiter.check(rule, key)
      if (!state.allowed) return tooMany(state)
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
    }
    return Response.json({ message: CODE_MESSAGES.sent })
  },
}

/**
 * `POST /api/guardians/login-code` `{ phone, code }`: signs the guardian in with the code, as
 * `POST /api/guardians/login` does with a password (same session, token and cookie). A wrong,
 * expired or spent code, an unknown phone and a locked account get the same 401; the fifth wrong
 * code locks the account for the collection's lock time and spends the code.
 */
export const loginWithCode = {
  path: '/login-code',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const body = await readJson(req)
    const phone = phoneOf(body.phone)
    if (!phone) return refuse(400, CODE_MESSAGES.badPhone)
    const code = parseCode(body.code)
    if (!code) return refuse(400, CODE_MESSAGES.badCode)
    const limiter = rateLimiter(req.payload)
    const ip = clientIp(req)
    const blocked = await limiter.check(CODE_FAILURES_PER_IP, ip)
    if (!blocked.allowed) return tooMany(blocked)

    const collection = req.payload.collections.guardians.config
    const lockSeconds = Math.round((collection.auth.lockTime ?? 600_000) / 1000)
    const now = new Date()
    const account = await accountByPhone(req, phone)
    const typed = account ? hashSignInCode(code, account.id, req.payload.secret) : ''
    const right =
      account &&
      !isLocked(account, now) &&
      codeMatches({ hash: account.signInCodeHash, expiresAt: account.signInCodeExpiresAt }, typed, now)
    // Spend the code in one statement: of two requests with the right code, one signs in.
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
    if (!spent) {
      if (account && account.signInCodeHash && !isLocked(account, now)) {
        // One more wrong code, counted in the database; the fifth locks the account and spends the code.
        await db(req).execute(sql`
          update guardians set login_attempts = coalesce(login_attempts, 0) + 1,
            lock_until = case when coalesce(login_attempts, 0) + 1 >= ${MAX_CODE_FAILURES}
              then now() + make_interval(secs => ${lockSeconds}) else lock_until end,
            sign_in_code_hash = case when coalesce(login_attempts, 0) + 1 >= ${MAX_CODE_FAILURES}
              then null else sign_in_code_hash end
          where id = ${account.id}`)
      }
      const state = await limiter.hit(CODE_FAILURES_PER_IP, ip)
      if (!state.allowed) return tooMany(state)
      return refuse(401, CODE_MESSAGES.wrong)
    }

    // As Payload's login: a new session on the account, a token naming it, the auth cookie.
    const user = (await req.payload.db.findOne({
      collection: 'guardians',
      where: { id: { equals: account.id } },
      req,
    })) as Record<string, unknown> & { id: number; email: string }
    const { sid } = await addSessionToUser({
      collectionConfig: collection,
      payload: req.payload,
      req,
      user: user as never,
    })
    const fieldsToSign = getFieldsToSign({ collectionConfig: collection, email: user.email, sid, user: user as never })
    const { exp, token } = await jwtSign({
      fieldsToSign,
      secret: req.payload.secret,
      tokenExpiration: collection.auth.tokenExpiration,
    })
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token,
    })
    return Response.json(
      {
        message: 'Đăng nhập thành công.',
        token,
        exp,
        user: { id: user.id, email: user.email, fullName: user.fullName, collection: 'guardians' },
      },
      { headers: { 'Set-Cookie': cookie as string } },
    )
  },
}
