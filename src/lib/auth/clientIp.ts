import type { PayloadRequest } from 'payload'

/**
 * The client's address as the nearest proxy saw it: the last `X-Forwarded-For` entry (added by
 * the reverse proxy or by Next's server; earlier entries are the client's own claim), else
 * `X-Real-IP`, else `unknown`. Used for rate limits and the sign-in log.
 */
export const clientIp = (req: Pick<PayloadRequest, 'headers'>): string => {
  const forwarded = req.headers?.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .pop()
  return (last || req.headers?.get('x-real-ip') || 'unknown').slice(0, 64)
}
