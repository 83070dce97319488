import type { MetadataRoute } from 'next'

import { payloadClient, SITE_URL } from './_lib/data'

export const revalidate = 600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await payloadClient()
  const common = { overrideAccess: false as const, user: null, pagination: false as const, depth: 0 }
  const [articles, pages] = await Promise.all([
    payload.find({ collection: 'articles', ...common, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'pages', ...common, select: { slug: true, updatedAt: true } }),
  ])
  return [
    { url: `${SITE_URL}/`, changeFrequency: 'daily' },
    { url: `${SITE_URL}/tin-tuc`, changeFrequency: 'daily' },
    { url: `${SITE_URL}/thong-bao`, changeFrequency: 'daily' },
    ...articles.docs.map((a) => ({ url: `${SITE_URL}/tin-tuc/${a.slug}`, lastModified: a.updatedAt })),
    ...pages.docs.map((p) => ({ url: `${SITE_URL}/trang/${p.slug}`, lastModified: p.updatedAt })),
  ]
}
