import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { headedSubjectIds } from '@/access/exam-papers'
import { relationId } from '@/access/relation-id'
import { hasRole, isViceArea } from '@/access/roles'

/**
 * A department head archives papers of their own department's subjects only; the uploader is
 * recorded. Leadership archives any subject.
 */
export const checkSubjectOfHead: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!req.user) return data
  if (operation === 'create') data.uploadedBy = req.user.id
  const lead = isViceArea(req.user, 'academic') || hasRole(req.user, 'principal', 'librarian')
  if (lead) return data
  const subject = relationId(data.subject ?? originalDoc?.subject)
  const headed = await headedSubjectIds(req)
  if (!headed.some((id) => String(id) === String(subject))) {
    throw new ValidationError({
      collection: 'exam-papers',
      errors: [{ path: 'subject', message: 'Tổ trưởng chỉ lưu đề của các môn thuộc tổ mình.' }],
    })
  }
  return data
}
