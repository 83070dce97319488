import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/relation-id'

/**
 * Documents tied to a class (assignments, enrolments) take their school year from the class,
 * so the two can never disagree.
 */
export const deriveSchoolYearFromClass: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const classId = relationId(data.class ?? originalDoc?.class)
  if (classId === null) return data
  const klass = await req.payload.findByID({
    collection: 'classes',
    id: classId,
    req,
    depth: 0,
    select: { schoolYear: true },
    // Reading the year of a class the caller already names; nothing is returned to them.
    overrideAccess: true,
    disableErrors: true,
  })
  return klass ? { ...data, schoolYear: relationId(klass.schoolYear) } : data
}
