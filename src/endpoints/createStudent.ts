import type { PayloadRequest } from 'payload'

import type { Student } from '@/payload-types'

type NewStudent = Omit<Student, 'id' | 'createdAt' | 'updatedAt'>

/**
 * A new student record and, when a class is given, their enrolment in it from `date`: the one
 * write both imports (the school's workbook and the Ministry's CSDL file) make per student, as
 * the caller, inside the caller's transaction.
 */
export const createStudent = async (
  req: PayloadRequest,
  student: NewStudent,
  classId: number | undefined,
  date: string,
) => {
  const doc = await req.payload.create({ collection: 'students', data: student, req, overrideAccess: false, depth: 0 })
  if (classId !== undefined)
    await req.payload.create({
      collection: 'enrolments',
      data: { student: doc.id, class: classId, status: 'studying', date },
      req,
      overrideAccess: false,
      depth: 0,
    })
  return doc
}
