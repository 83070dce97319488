import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/**
 * On-demand revalidation of the public pages when something is published or unpublished. Outside a
 * Next.js server (scripts, tests) there is nothing to revalidate and `revalidatePath` throws.
 */
const revalidate = async (paths: string[]) => {
  try {
    const { revalidatePath } = await import('next/cache')
    for (const path of paths) revalidatePath(path)
  } catch {
    // not inside Next.js
  }
}

const pathsFor = (collection: string, slug: unknown) => {
  const base = ['/', '/tim-kiem', '/rss.xml', '/sitemap.xml']
  if (collection === 'articles') return [...base, '/tin-tuc', `/tin-tuc/${slug}`]
  if (collection === 'announcements') return [...base, '/thong-bao']
  return [...base, `/${slug}`]
}

export const revalidateOnPublish: CollectionAfterChangeHook = async ({ collection, doc, previousDoc }) => {
  const wasLive = previousDoc?._status === 'published'
  if (doc._status === 'published' || wasLive) await revalidate(pathsFor(collection.slug, doc.slug))
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = async ({ collection, doc }) => {
  await revalidate(pathsFor(collection.slug, doc.slug))
  return doc
}
