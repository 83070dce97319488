import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { mayLinkInClass } from '@/access/guardians'
import { relationId } from '@/access/relation-id'

/**
 * A link names a student of a class the staff member looks after (homeroom teacher) or any student
 * (clerk, leadership); once made, its guardian and student never change, only its status.
 */
export const checkLinkScope: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc) {
    data.guardian = relationId(originalDoc.guardian)
    data.student = relationId(originalDoc.student)
  }
  // A system write (the invitation endpoint has checked already, the seed) has no staff user.
  if (req.user?.collection !== 'users') return data
  const studentId = relationId(data.student)
  // system action: only the student's class is read, to check the caller's scope.
  const student =
    studentId === null
      ? null
      : await req.payload.findByID({
          collection: 'students',
          id: studentId,
          depth: 0,
          select: { currentClass: true },
          disableErrors: true,
          overrideAccess: true, // scope check only; nothing of the student is returned
          req,
        })
  if (!student || !(await mayLinkInClass(req, relationId(student.currentClass)))) {
    throw new APIError('Bạn chỉ liên kết phụ huynh với học sinh lớp mình chủ nhiệm.', 403, null, true)
  }
  return data
}

/** Who confirmed or revoked a link, and when: set by the server. */
export const stampLinkDecision: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data.status && data.status !== 'pending' && data.status !== originalDoc?.status) {
    data.decidedBy = req.user?.collection === 'users' ? req.user.id : (data.decidedBy ?? null)
    data.decidedAt = new Date().toISOString()
  }
  return data
}
