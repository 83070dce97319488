import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'

/** Records who locked, and refuses a class from another school year than the term's. */
export const prepareGradeLock: CollectionBeforeChangeHook = async ({ data, req, collection, operation }) => {
  if (operation !== 'create') return data
  const termId = relationId(data.term)
  const classId = relationId(data.class)
  if (termId !== null && classId !== null) {
    const common = { req, depth: 0, overrideAccess: true, disableErrors: true } as const
    const [term, klass] = await Promise.all([
      req.payload.findByID({ ...common, collection: 'terms', id: termId }),
      req.payload.findByID({ ...common, collection: 'classes', id: classId }),
    ])
    if (term && klass && String(relationId(term.schoolYear)) !== String(relationId(klass.schoolYear))) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'class', message: 'Lớp không thuộc năm học của học kỳ.' }],
      })
    }
  }
  return { ...data, lockedBy: req.user?.id ?? null }
}
