import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { requestMemo } from '@/lib/requestMemo'

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
 * The document a field access call is about, by id. Payload calls field access with different
 * arguments on each door: a read (REST, GraphQL, Local API) passes `id` and the stored `doc`; the
 * admin's document permissions pass the document as `doc` without `id`; the admin's form state
 * (`buildFormState`) passes `id` and the form's values as `data`, without `doc`; a `where` or `sort`
 * passes neither. So the decision rests on the id alone, looked up below in the database; never on
 * `data` (the form's values come from the browser) nor on the shape of `doc` (a `select` may leave
 * the class out, a `depth` may populate it).
 */
const documentId = ({ id, doc }: { id?: number | string; doc?: unknown }): number | string | null => {
  if (id !== undefined && id !== null) return id
  const docId = (doc as { id?: number | string } | undefined)?.id
  return docId === undefined || docId === null ? null : docId
}

/**
 * Ids (as strings) of the documents of `collection` whose `classField` is one of the caller's
 * homeroom classes of the current year: read once per request, with access overridden, since this
 * is the access system asking, and the answer is never returned to the caller.
 */
const homeroomDocumentIds = async (
  req: PayloadRequest,
  collection: 'students' | 'enrolments',
  classField: 'currentClass' | 'class',
): Promise<Set<string>> => {
  const { homeroomClassIds } = await loadScope(req)
  if (homeroomClassIds.length === 0) return new Set()
  return requestMemo(req, `homeroomDocs:${collection}:${req.user?.collection}:${req.user?.id}`, async () => {
    const { docs } = await req.payload.find({
      collection,
      where: { [classField]: { in: homeroomClassIds } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true, // the access system reading the caller's own class; never returned
      req,
    })
    return new Set(docs.map((d) => String(d.id)))
  })
}

const isHomeroomDocument = async (
  args: { req: PayloadRequest; id?: number | string; doc?: unknown },
  collection: 'students' | 'enrolments',
  classField: 'currentClass' | 'class',
): Promise<boolean> => {
  const id = documentId(args)
  if (id === null) return false
  return (await homeroomDocumentIds(args.req, collection, classField)).has(String(id))
}

/**
 * The full record (address, ethnicity, policy status, citizen ID, photo, consent): managers, and
 * the homeroom teacher of the student's current class. Without a document (a `where` or `sort`
 * on the field) only managers pass, since only they may read the field on every student.
 */
export const canReadFullStudentField: FieldAccess = async (args) => {
  if (canReadAllStudents(userOf(args.req))) return true
  return isHomeroomDocument(args, 'students', 'currentClass')
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
export const canReadEnrolmentReason: FieldAccess = async (args) => {
  if (canReadAllStudents(userOf(args.req))) return true
  return isHomeroomDocument(args, 'enrolments', 'class')
}
