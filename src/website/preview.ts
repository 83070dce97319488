import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * The secret of the draft-preview route: PREVIEW_SECRET, or one derived from the Payload secret.
 * The admin hands it to signed-in staff only, in the article's preview link; the route still
 * checks that the visitor is signed in and may read the draft.
 */
export const previewSecret = () =>
  process.env.PREVIEW_SECRET ||
  createHash('sha256')
    .update(`preview:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex')

export const isPreviewSecret = (candidate: string | null) => {
  if (!candidate) return false
  const a = Buffer.from(candidate)
  const b = Buffer.from(previewSecret())
  return a.length === b.length && timingSafeEqual(a, b)
}

export const previewUrl = (slug: string) =>
  `/xem-truoc?secret=${encodeURIComponent(previewSecret())}&slug=${encodeURIComponent(slug)}`

/** The key of shared preview links, apart from the route's secret: one cannot be made from the other. */
export const previewLinkSecret = () =>
  createHash('sha256')
    .update(`preview-link:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex')

/** The cookie that carries a shared link's token from the link to the article page. */
export const PREVIEW_LINK_COOKIE = 'preview-link'

export const previewLinkPath = (token: string) => `/xem-truoc/chia-se?token=${encodeURIComponent(token)}`
