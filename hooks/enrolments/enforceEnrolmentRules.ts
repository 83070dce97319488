import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { transitionError } from '@/domain/students/enrolment-transition'
import { MAX_CLASS_SIZE } from '@/domain/structure/classes'
import { holdsSeat, SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'

/**
 * A new enrolment record must follow from the student's standing in that school year (their latest
 * record): a seat needs no seat held elsewhere and a free place in the class (at most 45, or the
 * class's own lower limit); a transfer out or drop-out needs a seat in that class. Records are
 * never edited (update access is nobody's), so only creation is checked. Counts read every
 * enrolment, not only those the caller may see: a system check whose only output is the answer.
 */
export const enforceEnrolmentRules: CollectionBeforeValidateHook = async ({ data, operation, req, collection }) => {
  if (operation !== 'create' || !data) return data
  const classId = relationId(data.class)
  const studentId = relationId(data.student)
  if (classId === null || studentId === null) return data
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  }
  const klass = await req.payload.findByID({
    collection: 'classes',
    id: classId,
    req,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!klass) return fail('class', 'Lớp không tồn tại.')
  const student = await req.payload.findByID({
    collection: 'students',
    id: studentId,
    req,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: {},
  })
  if (!student) return fail('student', 'Học sinh không tồn tại.')
  const status = (data.status as string | undefined) ?? 'studying'
  // One after the other: inside a transaction the queries share one connection.
  const latest = await req.payload.find({
    collection: 'enrolments',
    req,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    where: {
      and: [
        { student: { equals: studentId } },
        { schoolYear: { equals: relationId(klass.schoolYear) } },
        { isLatest: { equals: true } },
      ],
    },
  })
  const inClass = await req.payload.count({
    collection: 'enrolments',
    req,
    overrideAccess: true,
    where: {
      and: [
        { class: { equals: classId } },
        { isLatest: { equals: true } },
        { status: { in: [...SEAT_HOLDING_STATUSES] } },
      ],
    },
  })
  const previous = latest.docs[0]
  const error = transitionError(previous ? { status: previous.status, classId: relationId(previous.class)! } : null, {
    status,
    classId,
  })
  if (error) fail(error.path, error.message)
  const capacity = Math.min(klass.maxStudents ?? MAX_CLASS_SIZE, MAX_CLASS_SIZE)
  if (holdsSeat(status) && inClass.totalDocs >= capacity) fail('class', `Lớp ${klass.name} đã đủ ${capacity} học sinh.`)
  return data
}
