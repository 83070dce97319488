import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { MAX_CLASS_SIZE } from '@/domain/structure/classes'
import { holdsSeat, SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'

/**
 * A seat-holding enrolment needs a free seat in its class (at most 45, or the class's own lower
 * limit) and the student must not already hold a seat in another class of the same year.
 * Counts read every enrolment, not only those the caller may see: a system check.
 */
export const enforceEnrolmentRules: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  if (!holdsSeat(merged.status)) return data
  const classId = relationId(merged.class)
  const studentId = relationId(merged.student)
  if (classId === null || studentId === null) return data
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  }
  const klass = await req.payload.findByID({
    collection: 'classes', id: classId, req, depth: 0, overrideAccess: true, disableErrors: true,
  })
  if (!klass) return fail('class', 'Lớp không tồn tại.')
  const others = originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []
  const seated = { status: { in: [...SEAT_HOLDING_STATUSES] } }
  const [inClass, sameYear] = await Promise.all([
    req.payload.count({
      collection: 'enrolments', req, overrideAccess: true,
      where: { and: [{ class: { equals: classId } }, seated, ...others] },
    }),
    req.payload.count({
      collection: 'enrolments', req, overrideAccess: true,
      where: { and: [{ student: { equals: studentId } }, { schoolYear: { equals: relationId(klass.schoolYear) } }, seated, ...others] },
    }),
  ])
  const capacity = Math.min(klass.maxStudents ?? MAX_CLASS_SIZE, MAX_CLASS_SIZE)
  if (inClass.totalDocs >= capacity) fail('class', `Lớp ${klass.name} đã đủ ${capacity} học sinh.`)
  if (sameYear.totalDocs > 0) fail('student', 'Học sinh đã có lớp trong năm học này.')
  return data
}
