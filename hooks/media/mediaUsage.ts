import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  Field,
  GlobalAfterChangeHook,
  PayloadRequest,
  Where,
} from 'payload'

import { relationId } from '@/access/relation-id'

type Id = number | string

/**
 * One mechanism for "is this file in public use?": every collection that shows media declares
 * which of its documents are public (`published`) and how to find the media a document uses
 * (`mediaOf`). The collection keeps the list in a hidden `usedMedia` field (queryable, unlike files
 * inside rich text), and after each save or delete, in the same transaction, the media it added or
 * removed get their `publicUse` mark recomputed against every using collection. The media read rule
 * and the uploader's right to change a file follow that mark.
 */
export type MediaUsage = {
  /** The documents whose media the public may see, e.g. `{ _status: { equals: 'published' } }`. */
  published: Where
  /** The media a document shows (cover, attachments, uploads inside rich text). */
  mediaOf: (doc: Record<string, unknown>) => Id[]
}

export const USED_MEDIA = 'usedMedia'
const CUSTOM_KEY = 'mediaUsage'

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [])
    .map((v) => relationId(v as Id | { id: Id }))
    .filter((id): id is Id => id !== null && id !== undefined)
    .map(String)

const numeric = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => /^\d+$/.test(id)).map(Number)

/** Recomputes `publicUse` of these media from every collection that declares a `mediaUsage`. */
export const syncMediaUse = async (req: PayloadRequest, mediaIds: Iterable<string>) => {
  const ids = numeric(mediaIds)
  if (ids.length === 0) return
  const { payload } = req
  const system = {
    req,
    overrideAccess: true, // system: a file's visibility follows every document using it, whoever saved this one
    depth: 0,
    pagination: false,
  } as const
  const users = payload.config.collections.filter((c) => c.custom?.[CUSTOM_KEY])
  const publicIds = new Set<string>()
  for (const collection of users) {
    const { published } = collection.custom[CUSTOM_KEY] as MediaUsage
    const { docs } = await payload.find({
      ...system,
      collection: collection.slug as 'articles',
      where: { and: [published, { [USED_MEDIA]: { in: ids } }] },
      select: { [USED_MEDIA]: true },
    })
    for (const doc of docs) for (const id of idsOf((doc as Record<string, unknown>)[USED_MEDIA])) publicIds.add(id)
  }
  // A global that shows media (the site's crest and banner) is always public.
  for (const global of payload.config.globals.filter((g) => g.custom?.[CUSTOM_KEY])) {
    const { mediaOf } = global.custom[CUSTOM_KEY] as MediaUsage
    const doc = await payload.findGlobal({ slug: global.slug as never, req, depth: 0, overrideAccess: true }) // system: see above
    for (const id of mediaOf(doc as Record<string, unknown>)) if (ids.includes(Number(id))) publicIds.add(String(id))
  }
  const { docs: media } = await payload.find({
    ...system,
    collection: 'media',
    where: { id: { in: ids } },
    select: { publicUse: true },
  })
  for (const file of media) {
    const publicUse = publicIds.has(String(file.id))
    if (Boolean(file.publicUse) === publicUse) continue
    await payload.update({
      collection: 'media',
      id: file.id,
      data: { publicUse },
      req,
      overrideAccess: true, // system: the mark is the system's record of where the file is used; nobody writes it by hand
      depth: 0,
    })
  }
}

const stashKey = (slug: string, id: Id) => `mediaUsage:${slug}:${id}`

/**
 * What a using collection adds: `field` to its fields, `custom` as its `custom`, and the three
 * hooks (`beforeChange` keeps `usedMedia`, `afterChange` and `afterDelete` recompute the marks).
 */
export const mediaUsage = (usage: MediaUsage) => {
  const field: Field = {
    name: USED_MEDIA,
    type: 'relationship',
    relationTo: 'media',
    hasMany: true,
    // written by the hook below only; staff may read it (it names files, nothing else)
    access: { create: () => false, update: () => false, read: ({ req }) => Boolean(req.user) },
    admin: { hidden: true },
  }
  const beforeChange: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
    const used = usage.mediaOf({ ...(originalDoc ?? {}), ...data })
    // written only when it changes, so that a save touching no media does not look like an edit
    if (!originalDoc || used.map(String).join() !== idsOf(originalDoc[USED_MEDIA]).join()) data[USED_MEDIA] = used
    if (operation === 'update' && originalDoc?.id !== undefined) {
      // a draft save leaves the live (main) row as it was: remember its media to recompute them too
      const live = await req.payload.findByID({
        collection: collection.slug as 'articles',
        id: originalDoc.id,
        depth: 0,
        draft: false,
        disableErrors: true,
        overrideAccess: true, // system: only the ids of the media the live document uses
        select: { [USED_MEDIA]: true },
        req,
      })
      req.context[stashKey(collection.slug, originalDoc.id)] = idsOf(
        (live as Record<string, unknown> | null)?.[USED_MEDIA],
      )
    }
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
    const before = (req.context[stashKey(collection.slug, doc.id)] as string[] | undefined) ?? []
    await syncMediaUse(req, [...idsOf(doc[USED_MEDIA]), ...idsOf(previousDoc?.[USED_MEDIA]), ...before])
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await syncMediaUse(req, idsOf(doc[USED_MEDIA]))
    return doc
  }
  return { field, custom: { [CUSTOM_KEY]: usage }, beforeChange, afterChange, afterDelete }
}

/**
 * Fills `usedMedia` of every document of the using collections from its content, then every file's
 * mark: for a database whose documents were written before the mark existed (a migration runs it).
 */
export const rebuildMediaUse = async (req: PayloadRequest) => {
  const { payload } = req
  for (const collection of payload.config.collections.filter((c) => c.custom?.[CUSTOM_KEY])) {
    const { mediaOf } = collection.custom[CUSTOM_KEY] as MediaUsage
    // system: a one-off rebuild of derived bookkeeping, no user involved
    const { docs } = await payload.find({
      collection: collection.slug as 'articles',
      depth: 0,
      pagination: false,
      overrideAccess: true, // system: a one-off rebuild of derived bookkeeping, no user involved
      req,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number }>) {
      // the database adapter directly: no hooks, no new version, only the derived list
      await payload.db.updateOne({
        collection: collection.slug,
        id: doc.id,
        data: { [USED_MEDIA]: mediaOf(doc) },
        req,
      })
    }
  }
  const { docs: media } = await payload.find({
    collection: 'media',
    depth: 0,
    pagination: false,
    select: { publicUse: true },
    overrideAccess: true, // system: every file's mark is rebuilt
    req,
  })
  await syncMediaUse(
    req,
    media.map((m) => String(m.id)),
  )
}

/** What a global that shows media adds: `custom`, and an `afterChange` hook recomputing the marks of its old and new media. */
export const globalMediaUsage = (mediaOf: MediaUsage['mediaOf']) => {
  const afterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
    await syncMediaUse(req, [...mediaOf(doc), ...mediaOf(previousDoc ?? {})].map(String))
    return doc
  }
  return { custom: { [CUSTOM_KEY]: { published: {}, mediaOf } satisfies MediaUsage }, afterChange }
}
