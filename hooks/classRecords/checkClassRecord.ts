import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'

/**
 * A record of a student in a class (attendance, conduct): the student is enrolled in the class, a
 * term (when there is one) belongs to the class's year, and the record never moves to another
 * student, class, term or month.
 */
export const checkClassRecord =
  (identity: string[]): CollectionBeforeValidateHook =>
  async ({ data = {}, originalDoc, req, collection, operation }) => {
    const fail = (path: string, message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
    }
    if (operation === 'update' && originalDoc) {
      for (const field of identity) {
        if (field in data && String(relationId(data[field])) !== String(relationId(originalDoc[field])))
          fail(field, 'Không thể chuyển sang học sinh, lớp hoặc kỳ khác.')
      }
      return data
    }
    const studentId = relationId(data.student)
    const classId = relationId(data.class)
    if (studentId === null || classId === null) return data
    // Membership and year checks for the write, whatever the caller may read; only yes/no comes out.
    const common = { req, overrideAccess: true } as const
    const { totalDocs } = await req.payload.count({
      ...common,
      collection: 'enrolments',
      where: { and: [{ student: { equals: studentId } }, { class: { equals: classId } }] },
    })
    if (totalDocs === 0) fail('student', 'Học sinh không thuộc lớp này.')
    const termId = relationId(data.term)
    if (termId !== null) {
      const [klass, term] = await Promise.all([
        req.payload.findByID({ ...common, collection: 'classes', id: classId, depth: 0, disableErrors: true }),
        req.payload.findByID({ ...common, collection: 'terms', id: termId, depth: 0, disableErrors: true }),
      ])
      if (!klass || !term || String(relationId(klass.schoolYear)) !== String(relationId(term.schoolYear)))
        fail('term', 'Học kỳ không thuộc năm học của lớp.')
    }
    return data
  }
