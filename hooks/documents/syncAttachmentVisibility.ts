import type { CollectionAfterChangeHook } from 'payload'

import { PUBLISHED_DOCUMENTS } from '@/access/documents'
import { relationId } from '@/access/relation-id'

const idsOf = (value: unknown): Array<number | string> =>
  (Array.isArray(value) ? value : []).map((v) => relationId(v)).filter((id): id is number | string => id !== null)

/**
 * Keeps the media read rule in step with the documents: a file attached to a document is marked a
 * document attachment for good (so it never falls back to the website's rule), and is public only
 * while some document listing it is public and published. Runs for the files this save added or
 * removed, in the same transaction as the document.
 */
export const syncAttachmentVisibility: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const ids = [...new Set([...idsOf(doc.attachments), ...idsOf(previousDoc?.attachments)].map(String))].map(Number)
  if (ids.length === 0) return doc
  const { payload } = req
  const system = {
    req,
    overrideAccess: true, // system: a file's visibility follows every document using it, whoever saved this one
    depth: 0,
    pagination: false,
  } as const
  const [publicUses, media] = await Promise.all([
    payload.find({
      ...system,
      collection: 'documents',
      where: { and: [PUBLISHED_DOCUMENTS, { attachments: { in: ids } }] },
      select: { attachments: true },
    }),
    // the current marks of those files, to write only what changes
    payload.find({
      ...system,
      collection: 'media',
      where: { id: { in: ids } },
      select: { documentAttachment: true, publicDocument: true },
    }),
  ])
  const publicIds = new Set(publicUses.docs.flatMap((d) => idsOf(d.attachments)).map(String))
  for (const file of media.docs) {
    const publicDocument = publicIds.has(String(file.id))
    if (file.documentAttachment === true && Boolean(file.publicDocument) === publicDocument) continue
    await payload.update({
      collection: 'media',
      id: file.id,
      data: { documentAttachment: true, publicDocument },
      req,
      overrideAccess: true, // system: the marks are the system's record of where the file is used; nobody writes them by hand
      depth: 0,
    })
  }
  return doc
}
