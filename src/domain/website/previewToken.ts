import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a shared preview link works: a day (the "24 h"). */
export const PREVIEW_LINK_HOURS = 24

const signature = (slug: string, expiresAt: number, secret: string) =>
  createHmac('sha256', secret).update(`article-preview:${slug}:${expiresAt}`).digest('base64url')

/**
 * A preview link's token for someone without an account: the article's slug, the expiry (ms since
 * the epoch) and an HMAC of both, so neither can be changed without the secret.
 */
export const signPreviewToken = (slug: string, expiresAt: number, secret: string): string =>
  `${slug}.${expiresAt}.${signature(slug, expiresAt, secret)}`

/** The slug a token opens, or null when it is malformed, tampered with or expired. */
export const readPreviewToken = (
  token: string | null | undefined,
  secret: string,
  now: number,
): { slug: string; expiresAt: number } | null => {
  const match = /^([a-z0-9-]+)\.(\d{1,15})\.([A-Za-z0-9_-]+)$/.exec(token ?? '')
  if (!match || !secret) return null
  const [, slug, expiry, given] = match
  const expiresAt = Number(expiry)
  const expected = Buffer.from(signature(slug, expiresAt, secret))
  const actual = Buffer.from(given)
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null
  return expiresAt > now ? { slug, expiresAt } : null
}
