import type { Payload, PayloadRequest } from 'payload'

import { clientIp } from './clientIp'

export const SIGN_IN_EVENTS = ['success', 'failure', 'lockout', 'rate-limited', 'password-change', 'sign-out'] as const
export type SignInEvent = (typeof SIGN_IN_EVENTS)[number]

/**
 * Appends one sign-in event; a failure to record is logged and never turns the sign-in itself
 * into an error. A refusal (failure, lock-out, rate limit) is written outside any transaction, so
 * it stays when the request's work is rolled back; an event of a succeeding operation (sign-in,
 * password change, sign-out) passes `inTransaction` and is written in the request's transaction,
 * which holds the account's row: a second connection would wait on it.
 */
export const recordSignInEvent = async (
  payload: Payload,
  req: Pick<PayloadRequest, 'headers'>,
  event: SignInEvent,
  details: { user?: number | string | null; email?: string | null },
  inTransaction?: PayloadRequest,
) => {
  try {
    await payload.create({
      collection: 'sign-in-events',
      data: {
        event,
        user: details.user == null ? null : Number(details.user),
        email: details.email ? String(details.email).slice(0, 200) : null,
        ip: clientIp(req),
        userAgent: req.headers?.get('user-agent')?.slice(0, 300) ?? null,
      },
      req: inTransaction,
      overrideAccess: true, // system record: nobody may write sign-in events through any API
      depth: 0,
    })
  } catch (err) {
    payload.logger.error({ err, msg: `Could not record the sign-in event ${event}` })
  }
}
