import type { MetadataRoute } from 'next'

import { payloadClient, SITE_URL } from './_lib/data'

export const revalidate = 600

/** Every public page: the sections, published articles, pages and albums, public documents. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await payloadClient()
  const common = { overrideAccess: false as const, user: null, pagination: false as const, depth: 0 }
  const [articles, pages, albums, documents] = await Promise.all([
    payload.find({ collection: 'articles', ...common, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'pages', ...common, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'albums', ...common, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'documents', ...common, select: { updatedAt: true } }),
  ])
  const sections = ['/', '/tin-tuc', '/thong-bao', '/van-ban', '/lich-cong-tac', '/cong-khai', '/album', '/lien-he']
  return [
    ...sections.map((path) => ({ url: `${SITE_URL}${path}`, changeFrequency: 'daily' as const })),
    ...articles.docs.map((a) => ({ url: `${SITE_URL}/tin-tuc/${a.slug}`, lastModified: a.updatedAt })),
    ...pages.docs.map((p) => ({ url: `${SITE_URL}/trang/${p.slug}`, lastModified: p.updatedAt })),
    ...albums.docs.map((a) => ({ url: `${SITE_URL}/album/${a.slug}`, lastModified: a.updatedAt })),
    ...documents.docs.map((d) => ({ url: `${SITE_URL}/van-ban#van-ban-${d.id}`, lastModified: d.updatedAt })),
  ]
}
