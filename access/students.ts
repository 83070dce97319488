import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { userOf } from './common'
import { relationId } from './relation-id'
import { canReadAllStudents, hasRole } from './roles'
import { isHomeroomTeacherOf, loadScope, scopeClassIds } from './scope'

/**
 * Students and enrolments (access-policy.md): leadership and the gradebook administrator see
 * everything; the homeroom teacher everything of their own class; subject teachers and department
 * heads the identity fields of classes they teach; medical staff identity and guardians' contact
 * of every student. Class membership is the student's denormalised `currentClass`, so each scope
 * is a Where query.
 */

type WithClass = { currentClass?: unknown; class?: unknown } | undefined

/** Read students: everything for managers and medical staff, current classes taught or homeroomed otherwise. */
export const canReadStudents: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (canReadAllStudents(user) || hasRole(user, 'medical-staff')) return true
  const classIds = scopeClassIds(await loadScope(req))
  return classIds.length > 0 ? { currentClass: { in: classIds } } : false
}

/** Update students: managers all, the homeroom teacher their own class. */
export const canUpdateStudents: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (canReadAllStudents(user)) return true
  const { homeroomClassIds } = await loadScope(req)
  return homeroomClassIds.length > 0 ? { currentClass: { in: homeroomClassIds } } : false
}

/** Create students: managers only (the homeroom teacher then enrols them through an enrolment). */
export const canCreateStudents: Access = ({ req }) => canReadAllStudents(userOf(req))

const homeroomOfDoc = async (req: PayloadRequest, classValue: unknown): Promise<boolean> => {
  const classId = relationId(classValue as Parameters<typeof relationId>[0])
  if (classId === null) return false
  return isHomeroomTeacherOf(await loadScope(req), classId)
}

/**
 * The full record (address, ethnicity, policy status, citizen ID, photo, consent): managers, and
 * the homeroom teacher of the student's current class. Without a document (a `where` or `sort`
 * on the field) only managers pass, since only they may read the field on every student.
 */
export const canReadFullStudentField: FieldAccess = async ({ req, doc }) => {
  const user = userOf(req)
  if (canReadAllStudents(user)) return true
  if (!doc) return false
  return homeroomOfDoc(req, (doc as WithClass)?.currentClass)
}

/** Guardians' contact (names, phones) and the contact phone: as the full record, plus medical staff. */
export const canReadGuardianContact: FieldAccess = async (args) => {
  if (hasRole(userOf(args.req), 'medical-staff')) return true
  return canReadFullStudentField(args)
}

/** Enrolments: as students, scoped by the enrolment's own class. */
export const canReadEnrolments: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (canReadAllStudents(user) || hasRole(user, 'medical-staff')) return true
  const classIds = scopeClassIds(await loadScope(req))
  return classIds.length > 0 ? { class: { in: classIds } } : false
}

/** New enrolment records: managers anywhere, the homeroom teacher into their own class. */
export const canCreateEnrolments: Access = async ({ req, data }) => {
  const user = userOf(req)
  if (!user) return false
  if (canReadAllStudents(user)) return true
  return homeroomOfDoc(req, (data as WithClass)?.class)
}

/** An enrolment's reason: managers, and the homeroom teacher of its class. */
export const canReadEnrolmentReason: FieldAccess = async ({ req, doc }) => {
  if (canReadAllStudents(userOf(req))) return true
  if (!doc) return false
  return homeroomOfDoc(req, (doc as WithClass)?.class)
}
