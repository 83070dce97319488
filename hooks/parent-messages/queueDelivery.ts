import type { CollectionAfterChangeHook } from 'payload'

/** A message just queued gets a delivery job, in the same transaction as the message. */
export const queueDelivery: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.systemWrite) return doc
  if (doc.status === 'queued' && previousDoc?.status !== 'queued') {
    await req.payload.jobs.queue({ task: 'deliverParentMessage', input: { messageId: doc.id }, req })
  }
  return doc
}
