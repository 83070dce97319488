import type { Access, PayloadRequest, Where } from 'payload'

import { requestMemo } from '@/lib/requestMemo'

import { nobody, userOf } from './common'
import { relationId } from './relation-id'
import { hasRole, isViceArea, type RoleHolder } from './roles'
import { isHomeroomTeacherOf, loadScope, type Scope, teachesClassSubject } from './scope'

/** Principal, academic vice principal and the gradebook administrator read the whole gradebook. */
export const readsWholeGradebook = (user: RoleHolder): boolean =>
  hasRole(user, 'principal', 'gradebook-admin') || isViceArea(user, 'academic')

/** Lock and unlock parts of the gradebook. */
export const canLockGradebook = (user: RoleHolder): boolean =>
  hasRole(user, 'gradebook-admin') || isViceArea(user, 'academic')

/** Approve or reject grade corrections (never one's own request: see the approvals plugin). */
export const canDecideCorrections = (user: RoleHolder): boolean =>
  hasRole(user, 'principal') || isViceArea(user, 'academic')

type Pair = { classId: number | string; subjectId: number | string }

/**
 * Class × subject pairs taught by the members of the departments the user heads (current year).
 * Read with access overridden: the access system asking what the user may see; cached per request.
 */
export const departmentPairs = (req: PayloadRequest, scope: Scope): Promise<Pair[]> => {
  if (
    !hasRole(userOf(req), 'department-head') ||
    scope.departmentMemberIds.length === 0 ||
    scope.schoolYearId === null
  ) {
    return Promise.resolve([])
  }
  return requestMemo(req, `departmentPairs:${req.user!.id}`, () =>
    req.payload
      .find({
        collection: 'teaching-assignments',
        where: {
          and: [{ teacher: { in: scope.departmentMemberIds } }, { schoolYear: { equals: scope.schoolYearId } }],
        },
        select: { class: true, subject: true },
        pagination: false,
        depth: 0,
        req,
        overrideAccess: true,
      })
      .then(({ docs }) =>
        docs.flatMap((a) => {
          const classId = relationId(a.class)
          const subjectId = relationId(a.subject)
          return classId !== null && subjectId !== null ? [{ classId, subjectId }] : []
        }),
      ),
  )
}

const pairWhere = (pairs: Pair[]): Where[] =>
  pairs.map((p): Where => ({
    and: [{ class: { equals: p.classId } }, { subject: { equals: p.subjectId } }] as Where[],
  }))

/**
 * Who reads grades: the subject teacher (their assignments), the homeroom teacher (all subjects of
 * own class), the department head (subjects taught by department members), and the whole-gradebook
 * readers. A Where query, so lists, counts, `where` and `sort` only ever touch permitted rows.
 */
export const canReadGrades: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (readsWholeGradebook(user)) return true
  const scope = await loadScope(req)
  const or: Where[] = [...pairWhere(scope.taught), ...pairWhere(await departmentPairs(req, scope))]
  if (scope.homeroomClassIds.length > 0) or.push({ class: { in: scope.homeroomClassIds } })
  return or.length > 0 ? { or } : false
}

/**
 * Records kept per class (attendance, conduct, year-end results): the homeroom teacher, the
 * class's teachers, the department head of any of them, and the whole-gradebook readers.
 */
export const canReadClassRecords: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (readsWholeGradebook(user)) return true
  const scope = await loadScope(req)
  const classIds = [
    ...new Set([
      ...scope.homeroomClassIds,
      ...scope.taught.map((p) => p.classId),
      ...(await departmentPairs(req, scope)).map((p) => p.classId),
    ]),
  ]
  return classIds.length > 0 ? { class: { in: classIds } } : false
}

/** Create a grade: the subject teacher of that class and subject (the hooks check the rest). */
export const canCreateGrade: Access = async ({ req, data }) => {
  if (!req.user) return false
  const scope = await loadScope(req)
  return teachesClassSubject(scope, relationId(data?.class), relationId(data?.subject))
}

/**
 * Update a grade: the subject teacher of its class and subject. A locked grade is refused by the
 * `rejectLockedGrade` hook (every door, even with access overridden), with the lock's own message,
 * the same one the set-based sheet save gives.
 */
export const canUpdateGrade: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await loadScope(req)
  return scope.taught.length === 0 ? false : { or: pairWhere(scope.taught) }
}

/** Create a class record (attendance, conduct): the homeroom teacher of the class. */
export const canCreateClassRecord: Access = async ({ req, data }) => {
  if (!req.user) return false
  return isHomeroomTeacherOf(await loadScope(req), relationId(data?.class))
}

/** Update a class record: the homeroom teacher, own class. */
export const canUpdateClassRecord: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await loadScope(req)
  return scope.homeroomClassIds.length > 0 ? { class: { in: scope.homeroomClassIds } } : false
}

/** Attendance and conduct: kept by the homeroom teacher, never deleted, no versions. */
export const classRecordAccess = {
  read: canReadClassRecords,
  create: canCreateClassRecord,
  update: canUpdateClassRecord,
  delete: nobody,
  readVersions: nobody,
}

/**
 * Update a student's year-end result (the homeroom year comment, the proposal): the homeroom teacher
 * of that class in that year, whichever year it is, so a past year's comments can be finished after
 * the current year moved on. The lifecycle (`recomputeYearEnd`) refuses any change once the class
 * is approved or closed.
 */
export const canUpdateYearEndResult: Access = ({ req }) =>
  req.user?.collection === 'users' ? { 'class.homeroomTeacher': { equals: req.user.id } } : false

/**
 * Grade corrections, besides the requester: the whole-gradebook readers and the head of the
 * subject's department.
 */
export const canReadGradeCorrections: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (readsWholeGradebook(user)) return true
  const scope = await loadScope(req)
  if (!hasRole(user, 'department-head') || scope.headedDepartmentIds.length === 0) return false
  return { 'subject.department': { in: scope.headedDepartmentIds } }
}

/**
 * Who watches grade entry progress: the principal and the academic vice principal the whole
 * school (`all`), a department head the sheets of their department's teachers; nobody else.
 */
export const entryProgressScope = (user: RoleHolder): 'all' | 'department' | null =>
  hasRole(user, 'principal') || isViceArea(user, 'academic')
    ? 'all'
    : hasRole(user, 'department-head')
      ? 'department'
      : null

/** Grade anomalies are flagged for the principal (issue item 8; the policy names no one else). */
export const seesGradeAnomalies = (user: RoleHolder): boolean => hasRole(user, 'principal')

/** Reminders about missing grades: the reminded teacher, who sent it, and the whole-gradebook readers. */
export const canReadGradeReminders: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (readsWholeGradebook(user)) return true
  const or: Where[] = [{ teacher: { equals: req.user!.id } }, { sentBy: { equals: req.user!.id } }]
  return { or }
}

/** The reminded teacher marks a reminder read (the only field anyone writes after it is sent). */
export const canUpdateOwnReminder: Access = ({ req }) => (req.user ? { teacher: { equals: req.user.id } } : false)
