import type { Payload } from 'payload'
import sharp from 'sharp'

import { readUploadedFile } from '@/lib/storage/readUploadedFile'

/** A plain shield with the initials: the demo crest, and the icon while no crest is uploaded. */
export const drawnCrest = (initials = 'HG') =>
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" fill="#fff"/>' +
      '<path d="M256 24 L456 88 V250 C456 372 368 448 256 488 C144 448 56 372 56 250 V88 Z" fill="#0b4f8a"/>' +
      '<path d="M256 70 L416 120 V250 C416 350 345 412 256 446 C167 412 96 350 96 250 V120 Z" fill="none" stroke="#f0c419" stroke-width="14"/>' +
      `<text x="256" y="300" font-size="150" font-family="sans-serif" font-weight="bold" fill="#fff" text-anchor="middle">${initials}</text></svg>`,
  )

/**
 * The crest of the site settings as a square PNG of `size` pixels (favicon, web manifest icons):
 * the uploaded file when the public may read it, else the drawn shield.
 */
export const crestIcon = async (payload: Payload, size: number) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user: null, depth: 1 })
  const crest = settings.crest && typeof settings.crest === 'object' ? settings.crest : null
  // A file missing from its storage: the drawn shield stands in.
  const source = (crest && (await readUploadedFile(payload, 'media', crest))) || drawnCrest()
  return sharp(source).resize(size, size, { fit: 'contain', background: '#ffffff' }).png().toBuffer()
}
