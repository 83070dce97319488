import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/access/relation-id'
import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'

/**
 * When a school year becomes current, every student's `currentClass` (the scope of every student
 * access rule) moves to their seat in that year, or is emptied; same transaction as the change.
 */
export const followCurrentYear: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.isCurrent || previousDoc?.isCurrent) return doc
  // system action: derived bookkeeping following a change the caller was allowed to make.
  const common = { req, overrideAccess: true, depth: 0 } as const
  const seats = await req.payload.find({
    ...common,
    collection: 'enrolments',
    pagination: false,
    where: {
      and: [
        { schoolYear: { equals: doc.id } },
        { isLatest: { equals: true } },
        { status: { in: [...SEAT_HOLDING_STATUSES] } },
      ],
    },
    select: { student: true, class: true },
  })
  const byClass = new Map<number, number[]>()
  for (const seat of seats.docs) {
    const classId = relationId(seat.class) as number
    byClass.set(classId, [...(byClass.get(classId) ?? []), relationId(seat.student) as number])
  }
  const seated = seats.docs.map((s) => relationId(s.student) as number)
  await req.payload.update({
    ...common,
    collection: 'students',
    where: { and: [{ currentClass: { exists: true } }, ...(seated.length ? [{ id: { not_in: seated } }] : [])] },
    data: { currentClass: null },
  })
  for (const [classId, students] of byClass) {
    await req.payload.update({
      ...common,
      collection: 'students',
      where: { id: { in: students } },
      data: { currentClass: classId },
    })
  }
  return doc
}
