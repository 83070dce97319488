import { APIError, type PayloadRequest } from 'payload'

import { TOO_MANY } from '@/lib/auth/limits'
import { retryAfterHeaders, type RateLimitState } from '@/lib/rateLimit'

/**
 * The 429 of an auth operation refused by one or more limits: the longest of their waits (at least a
 * second) in `Retry-After`, built by `retryAfterHeaders` like every other refusal. Payload's REST
 * handlers send `req.responseHeaders` with the error, hence the header set on the request.
 */
export const tooManyAttempts = (req: PayloadRequest, states: RateLimitState[]) => {
  const refused: RateLimitState = {
    allowed: false,
    retryAfterSeconds: Math.max(1, ...states.map((state) => state.retryAfterSeconds)),
  }
  req.responseHeaders = retryAfterHeaders(refused)
  return new APIError(TOO_MANY, 429, { retryAfterSeconds: refused.retryAfterSeconds }, true)
}
