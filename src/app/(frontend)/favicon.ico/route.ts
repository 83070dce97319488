import { crestIcon } from '@/website/crest'

import { payloadClient } from '../_lib/data'

export const revalidate = 3600

/** The favicon, from the crest of the site settings (a PNG: every browser accepts one here). */
export async function GET() {
  const png = await crestIcon(await payloadClient(), 48)
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
