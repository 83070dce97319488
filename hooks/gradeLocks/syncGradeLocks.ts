import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, Where } from 'payload'

import { relationId } from '@/access/relation-id'

/**
 * Recomputes the `locked` flag of every grade of a term from the term's status and its lock scopes.
 * System action: a few set-based updates in the caller's transaction, no per-grade hooks (the flag
 * is derived data; the write checks read the locks themselves).
 */
export const syncTermLocks = async (req: PayloadRequest, termId: number | string) => {
  const { payload } = req
  const term = await payload.findByID({
    collection: 'terms',
    id: termId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!term) return
  await payload.db.updateMany({
    collection: 'grades',
    where: { term: { equals: termId } },
    data: { locked: term.status === 'locked' },
    req,
    returning: false,
  })
  const locks = await payload.find({
    collection: 'grade-locks',
    where: { term: { equals: termId } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  for (const lock of locks.docs) {
    const and: Where[] = [{ term: { equals: termId } }]
    if (lock.class) and.push({ class: { equals: relationId(lock.class) } })
    if (lock.subject) and.push({ subject: { equals: relationId(lock.subject) } })
    await payload.db.updateMany({ collection: 'grades', where: { and }, data: { locked: true }, req, returning: false })
  }
}

export const lockGradesInScope: CollectionAfterChangeHook = async ({ doc, req }) => {
  await syncTermLocks(req, relationId(doc.term)!)
  return doc
}

export const unlockGradesInScope: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncTermLocks(req, relationId(doc.term)!)
  return doc
}

/** A term's status (open / locked) locks or unlocks all its grades' flags too. */
export const syncLocksOnTermStatus: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation === 'update' && previousDoc?.status !== doc.status) await syncTermLocks(req, doc.id)
  return doc
}
