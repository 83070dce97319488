import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { announceSiteChanged } from '@/lib/http/pageCache.mjs'

type Target = string | [path: string, type: 'layout' | 'page']

/**
 * A layout's path as Next tags the pages under it: the route group included (`/tin-tuc/layout`
 * matches no page, whose tag is `/(frontend)/tin-tuc/layout`).
 */
const site = (path: string): Target => [`/(frontend)${path}`, 'layout']

/** Next.js's error when `revalidatePath` runs outside a Next.js server (scripts, tests). */
const outsideNext = (error: unknown) =>
  error instanceof Error && error.message.startsWith('Invariant: static generation store missing')

/**
 * On-demand revalidation of the public pages when something is published or unpublished. Outside a
 * Next.js server there is nothing to revalidate; any other failure leaves stale pages, so it is
 * logged (the change itself is saved either way).
 */
const revalidate = async (req: PayloadRequest, targets: Target[]) => {
  // the production server's short-lived page cache (scripts/server.mjs) forgets every page
  announceSiteChanged()
  try {
    const { revalidatePath } = await import('next/cache')
    for (const target of targets) {
      if (typeof target === 'string') revalidatePath(target)
      else revalidatePath(target[0], target[1])
    }
  } catch (err) {
    if (!outsideNext(err)) req.payload.logger.error({ err, targets }, 'Revalidating the public pages failed')
  }
}

const pathsFor = (collection: string, slug: unknown): Target[] => {
  const base: Target[] = ['/', '/tim-kiem', '/rss.xml', '/sitemap.xml']
  // the news lists (every page, category and department) and the article live under /tin-tuc
  if (collection === 'articles') return [...base, site('/tin-tuc')]
  if (collection === 'announcements') return [...base, '/thong-bao']
  if (collection === 'albums') return [...base, site('/album')]
  if (collection === 'disclosures') return [...base, '/cong-khai']
  if (collection === 'pages') return [...base, `/trang/${slug}`, site('/cong-khai')]
  return [...base, `/${slug}`]
}

export const revalidateOnPublish: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const wasLive = previousDoc?._status === 'published'
  if (doc._status === 'published' || wasLive) await revalidate(req, pathsFor(collection.slug, doc.slug))
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await revalidate(req, pathsFor(collection.slug, doc.slug))
  return doc
}

/** The site settings appear on every page (header, footer, menu): the whole site is rendered again. */
export const revalidateWholeSite: GlobalAfterChangeHook = async ({ doc, req }) => {
  await revalidate(req, [['/', 'layout']])
  return doc
}

/**
 * A collection shown on one cached page of its own (the work calendar, the public documents), with
 * no draft status: any saved or deleted entry renders that page again.
 */
export const revalidatePageOf = (path: string) => ({
  afterChange: (async ({ doc, req }) => {
    await revalidate(req, [path])
    return doc
  }) satisfies CollectionAfterChangeHook,
  afterDelete: (async ({ doc, req }) => {
    await revalidate(req, [path])
    return doc
  }) satisfies CollectionAfterDeleteHook,
})
