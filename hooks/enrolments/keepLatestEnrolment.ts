import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/relation-id'
import { holdsSeat } from '@/domain/structure/enrolment'

/** A new record is the student's latest for its year. */
export const markNewEnrolmentLatest: CollectionBeforeChangeHook = ({ data, operation }) =>
  operation === 'create' ? { ...data, isLatest: true } : data

/**
 * After a new record: the student's earlier records of that year stop being the latest, and when
 * the year is the current one the student's `currentClass` follows (the class scope of every
 * student access rule). Same transaction as the new record (`req`).
 */
export const followNewEnrolment: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const studentId = relationId(doc.student)
  const yearId = relationId(doc.schoolYear)
  if (studentId === null || yearId === null) return doc
  // system action: derived bookkeeping on records the caller just changed through a checked create.
  await req.payload.update({
    collection: 'enrolments',
    where: {
      and: [
        { student: { equals: studentId } },
        { schoolYear: { equals: yearId } },
        { isLatest: { equals: true } },
        { id: { not_equals: doc.id } },
      ],
    },
    data: { isLatest: false },
    req,
    overrideAccess: true,
    depth: 0,
  })
  const year = await req.payload.findByID({
    collection: 'school-years',
    id: yearId,
    req,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (year?.isCurrent) {
    await req.payload.update({
      collection: 'students',
      id: studentId,
      data: { currentClass: holdsSeat(doc.status) ? (relationId(doc.class) as number) : null },
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  return doc
}
