import { APIError, type PayloadRequest } from 'payload'

import { CURRENT_PASSWORD_FAILURES } from '@/lib/auth/limits'
import { passwordMatches } from '@/lib/auth/password'
import { tooManyAttempts } from '@/lib/auth/tooMany'
import { rateLimiter } from '@/lib/rateLimit'

export const CURRENT_PASSWORD_WRONG = 'Mật khẩu hiện tại không đúng: nhập mật khẩu đang dùng để đổi sang mật khẩu mới.'

type Account = { collection: string; id: number | string; hash?: string; salt?: string }

/**
 * The current password a signed-in person gives to change theirs (staff and guardians alike). Wrong
 * guesses count per account: past the limit a stolen session gets 429 with `Retry-After`, even for
 * the right password, instead of an unlimited oracle. A right answer forgets the count.
 */
export const verifyCurrentPassword = async (req: PayloadRequest, account: Account, given: unknown) => {
  const limiter = rateLimiter(req.payload)
  const key = `${account.collection}:${account.id}`
  const state = await limiter.check(CURRENT_PASSWORD_FAILURES, key)
  if (!state.allowed) throw tooManyAttempts(req, [state])
  if (typeof given === 'string' && given !== '') {
    if (await passwordMatches(given, account.hash, account.salt)) {
      await limiter.reset(CURRENT_PASSWORD_FAILURES, key)
      return
    }
    await limiter.hit(CURRENT_PASSWORD_FAILURES, key)
  }
  throw new APIError(CURRENT_PASSWORD_WRONG, 403, undefined, true)
}
