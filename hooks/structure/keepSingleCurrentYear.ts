import type { CollectionAfterChangeHook } from 'payload'

/** Marking one school year current unmarks the others, in the same transaction. */
export const keepSingleCurrentYear: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.isCurrent || previousDoc?.isCurrent) return doc
  await req.payload.update({
    collection: 'school-years',
    where: { and: [{ isCurrent: { equals: true } }, { id: { not_equals: doc.id } }] },
    data: { isCurrent: false },
    req,
    // The caller was allowed to mark this year current; unmarking the others is the consequence.
    overrideAccess: true,
    depth: 0,
  })
  return doc
}
