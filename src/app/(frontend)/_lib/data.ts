import config from '@payload-config'
import { cookies, draftMode, headers } from 'next/headers'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Where } from 'payload'

import { readPreviewToken } from '@/domain/website/previewToken'
import type { SearchQuery } from '@/domain/website/searchQuery'
import { serverUrlFrom } from '@/domain/website/serverUrl'
import { searchSite } from '@/website/search'
import { PREVIEW_LINK_COOKIE, previewLinkSecret } from '@/website/preview'

/**
 * The public site reads through the Local API with access applied and no user: it sees exactly
 * what the public may see. Only a reviewer's draft preview (draft mode, enabled by the secret
 * preview route) reads as the signed-in user, still with access applied; a shared preview link
 * (signed, expiring) shows its one article's draft.
 */
export const payloadClient = () => getPayload({ config })

const publicRead = { overrideAccess: false as const, user: null }

export const PAGE_SIZE = 9

export const latestArticles = async (limit = 6) =>
  (await payloadClient()).find({ collection: 'articles', ...publicRead, sort: '-publishDate', limit, depth: 1 })

export const articlesPage = async ({
  page,
  category,
  department,
}: {
  page: number
  category?: string
  department?: string
}) => {
  const payload = await payloadClient()
  const and: Where[] = []
  if (category) and.push({ 'category.slug': { equals: category } })
  if (department && /^\d+$/.test(department)) and.push({ department: { equals: Number(department) } })
  return payload.find({
    collection: 'articles',
    ...publicRead,
    where: { and },
    sort: '-publishDate',
    limit: PAGE_SIZE,
    page,
    depth: 1,
  })
}

export const search = async (query: SearchQuery, page: number) => searchSite(await payloadClient(), query, { page })

/** The signed-in user, only while a reviewer previews drafts. */
const previewUser = async () => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
}

/** The draft of this one article, when a valid shared preview link for it was opened (no account). */
const sharedPreview = async (slug: string) => {
  if (!(await draftMode()).isEnabled) return false
  const opened = readPreviewToken((await cookies()).get(PREVIEW_LINK_COOKIE)?.value, previewLinkSecret(), Date.now())
  return opened?.slug === slug
}

export const articleBySlug = async (slug: string) => {
  const payload = await payloadClient()
  const user = await previewUser()
  const shared = !user && (await sharedPreview(slug))
  const access = shared
    ? { overrideAccess: true, user: null } // system: a reviewer shared this one draft through a signed link that has not expired
    : { overrideAccess: false, user }
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    ...access,
    draft: Boolean(user) || shared,
  })
  return { article: docs[0] ?? null, preview: Boolean(user) || shared }
}

export const pageBySlug = async (slug: string) => {
  const { docs } = await (
    await payloadClient()
  ).find({ collection: 'pages', ...publicRead, where: { slug: { equals: slug } }, limit: 1 })
  return docs[0] ?? null
}

export const currentAnnouncements = async (now = new Date()) =>
  (await payloadClient()).find({
    collection: 'announcements',
    ...publicRead,
    where: {
      and: [
        { validFrom: { less_than_equal: now.toISOString() } },
        { or: [{ validTo: { exists: false } }, { validTo: { greater_than_equal: now.toISOString() } }] },
      ],
    },
    sort: '-validFrom',
    limit: 50,
    depth: 1,
  })

export const allAnnouncements = async () =>
  (await payloadClient()).find({ collection: 'announcements', ...publicRead, sort: '-validFrom', limit: 100, depth: 1 })

export const categories = async () =>
  (await payloadClient()).find({ collection: 'categories', ...publicRead, sort: 'title', limit: 100 })

/**
 * Department names are not public data in themselves; the site shows those of published articles,
 * found in one SQL query (no loading of articles).
 */
export const departmentsOfArticles = async () => {
  const payload = await payloadClient()
  // system action: the names of departments having published articles, for the public filter
  const { rows } = (await payload.db.drizzle.execute(
    sql`SELECT d.id, d.name FROM departments d WHERE EXISTS
      (SELECT 1 FROM articles a WHERE a.department_id = d.id AND a._status = 'published') ORDER BY d.name`,
  )) as unknown as { rows: Array<{ id: number; name: string }> }
  return rows.map((r) => ({ id: Number(r.id), name: r.name }))
}

export const departmentName = async (id: number) =>
  (await departmentsOfArticles()).find((d) => d.id === id)?.name ?? null

export const categoryBySlug = async (slug: string) => (await categories()).docs.find((c) => c.slug === slug) ?? null

/** Who the school is (the `site-settings` global), as the public reads it. */
export const siteSettings = async () =>
  (await payloadClient()).findGlobal({ slug: 'site-settings', ...publicRead, depth: 1 })

export const albumsPage = async (page = 1) =>
  (await payloadClient()).find({
    collection: 'albums',
    ...publicRead,
    sort: '-publishDate',
    limit: PAGE_SIZE,
    page,
    depth: 1,
  })

export const albumBySlug = async (slug: string) => {
  const { docs } = await (
    await payloadClient()
  ).find({ collection: 'albums', ...publicRead, where: { slug: { equals: slug } }, limit: 1, depth: 1 })
  return docs[0] ?? null
}

export const disclosures = async () =>
  (await payloadClient()).find({
    collection: 'disclosures',
    ...publicRead,
    sort: '-schoolYear',
    pagination: false,
    depth: 1,
  })

export const publicDocuments = async () =>
  (await payloadClient()).find({ collection: 'documents', ...publicRead, sort: '-date', limit: 100, depth: 1 })

/** Absolute links (RSS, sitemap, Open Graph); production refuses to run without SERVER_URL. */
export const SITE_URL = serverUrlFrom(process.env)
