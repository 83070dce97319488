import type { Payload } from 'payload'

import { relationId } from '@/access/relation-id'

/**
 * The portal's messages for one confirmed child (callers check the link first): what the school
 * sent to the child's guardians, with this guardian's read receipts, and the two-way thread
 * between this guardian and the school about the child.
 */
export const childMessages = async (payload: Payload, guardianId: number, studentId: number) => {
  const gated = { depth: 0, pagination: false as const, overrideAccess: true } // the confirmed child's messages only
  const [sent, receipts, thread] = await Promise.all([
    payload.find({
      collection: 'parent-messages',
      where: {
        and: [{ 'recipients.student': { equals: studentId } }, { status: { in: ['sent', 'partially-sent'] } }],
      },
      select: { title: true, body: true, sentAt: true, queuedAt: true, kind: true },
      sort: '-queuedAt',
      limit: 50,
      ...gated,
    }),
    payload.find({
      collection: 'message-receipts',
      where: { and: [{ guardian: { equals: guardianId } }, { student: { equals: studentId } }] },
      select: { message: true, readAt: true },
      ...gated,
    }),
    payload.find({
      collection: 'guardian-messages',
      where: { and: [{ guardian: { equals: guardianId } }, { student: { equals: studentId } }] },
      select: { direction: true, body: true, createdAt: true, readAt: true, attachments: true, author: true },
      sort: 'createdAt',
      ...gated,
    }),
  ])
  const readAt = new Map(receipts.docs.map((r) => [String(relationId(r.message)), r.readAt]))
  return {
    fromSchool: sent.docs.map((m) => ({
      id: m.id,
      title: m.title,
      body: m.body,
      kind: m.kind,
      sentAt: m.sentAt ?? m.queuedAt ?? null,
      readAt: readAt.get(String(m.id)) ?? null,
    })),
    thread: thread.docs.map((m) => ({
      id: m.id,
      direction: m.direction,
      body: m.body,
      createdAt: m.createdAt,
      readAt: m.readAt ?? null,
      attachments: ((m.attachments ?? []) as unknown[]).length,
    })),
  }
}

/** Records that the guardian read a school message about a confirmed child; false when it is not theirs. */
export const recordReceipt = async (
  payload: Payload,
  guardianId: number,
  childIds: number[],
  messageId: number,
): Promise<boolean> => {
  const gated = { depth: 0, overrideAccess: true } // the guardian's own receipt, gated by their confirmed children
  const message = await payload.findByID({
    collection: 'parent-messages',
    id: messageId,
    select: { recipients: true, status: true },
    disableErrors: true,
    ...gated,
  })
  const student = (message?.recipients ?? [])
    .map((r) => Number(relationId(r.student)))
    .find((id) => childIds.includes(id))
  if (!message || student === undefined || message.status === 'draft') return false
  const existing = await payload.count({
    collection: 'message-receipts',
    where: { and: [{ guardian: { equals: guardianId } }, { message: { equals: messageId } }] },
    overrideAccess: true, // idempotence check on the guardian's own receipts
  })
  if (existing.totalDocs === 0) {
    await payload.create({
      collection: 'message-receipts',
      data: { guardian: guardianId, message: messageId, student, readAt: new Date().toISOString() },
      ...gated,
    })
  }
  return true
}

/** A guardian opened the school's answers in the thread: those get their read time. */
export const markThreadRead = async (payload: Payload, guardianId: number, studentId: number) => {
  await payload.update({
    collection: 'guardian-messages',
    where: {
      and: [
        { guardian: { equals: guardianId } },
        { student: { equals: studentId } },
        { direction: { equals: 'from-school' } },
        { readAt: { exists: false } },
      ],
    },
    data: { readAt: new Date().toISOString() },
    overrideAccess: true, // system action: the read receipt of the guardian's own thread
    depth: 0,
  })
}
