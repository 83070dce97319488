import { notFound } from 'next/navigation'

import { crestIcon } from '@/website/crest'

import { payloadClient } from '../../_lib/data'

export const revalidate = 3600

const ICON_SIZES = ['180', '192', '512'] as const

export const generateStaticParams = () => ICON_SIZES.map((size) => ({ size: `${size}.png` }))

/** The crest as the web manifest's and Apple's icons: /bieu-tuong/192.png, /bieu-tuong/512.png… */
export async function GET(_request: Request, { params }: { params: Promise<{ size: string }> }) {
  const size = (await params).size.replace(/\.png$/, '')
  if (!(ICON_SIZES as readonly string[]).includes(size)) notFound()
  const png = await crestIcon(await payloadClient(), Number(size))
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
