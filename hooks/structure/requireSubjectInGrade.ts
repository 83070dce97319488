import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'

/** A teaching assignment names a subject that the class's grade actually has (periods > 0). */
export const requireSubjectInGrade: CollectionBeforeValidateHook = async ({ data, originalDoc, req, collection }) => {
  const classId = relationId(data?.class ?? originalDoc?.class)
  const subjectId = relationId(data?.subject ?? originalDoc?.subject)
  if (classId === null || subjectId === null) return data
  // System reads: validating references the caller supplied.
  const common = { req, depth: 0, overrideAccess: true, disableErrors: true } as const
  const [klass, subject] = await Promise.all([
    req.payload.findByID({ ...common, collection: 'classes', id: classId }),
    req.payload.findByID({ ...common, collection: 'subjects', id: subjectId }),
  ])
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  }
  if (!klass) fail('class', 'Lớp không tồn tại.')
  if (!subject) fail('subject', 'Môn học không tồn tại.')
  const periods = (subject!.periods as Record<string, number | null> | undefined)?.[`grade${klass!.grade}`]
  if (!periods || periods <= 0) {
    fail('subject', `Môn ${subject!.name} không có trong chương trình khối ${klass!.grade}.`)
  }
  return data
}
