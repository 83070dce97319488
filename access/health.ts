import type { Access } from 'payload'

import { fieldForRoles, userOf } from './common'
import { hasRole } from './roles'
import { loadScope } from './scope'

/**
 * Health records (sensitive personal data, R5.2): medical staff keep them; the principal reads
 * them; the homeroom teacher reads the measurements and the notes for teachers of students now in
 * their class. Diagnoses and medical notes are for medical staff and the principal only.
 */
export const canReadHealthRecords: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (hasRole(user, 'medical-staff', 'principal')) return true
  const { homeroomClassIds } = await loadScope(req)
  return homeroomClassIds.length > 0 ? { 'student.currentClass': { in: homeroomClassIds } } : false
}

export const canWriteHealthRecords: Access = ({ req }) => hasRole(userOf(req), 'medical-staff')

/** Clinical fields: never for teachers, whatever the document. */
export const canReadClinicalField = fieldForRoles('medical-staff', 'principal')
