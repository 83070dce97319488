import type { Access, CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'

import { nobody, userOf } from './common'
import { hasRole, isViceArea } from './roles'
import { loadScope } from './scope'

/**
 * Periodic test papers (access policy, "exam-papers"): the academic vice-principal and department
 * heads archive them (a head for the subjects of their department); teachers read those of the
 * subjects they teach. Once the year is handed over the papers are in the library's custody: the
 * librarian manages them and every staff member reads them.
 */
const IN_LIBRARY: Where = { custody: { equals: 'library' } }
const WITH_ACADEMIC: Where = { custody: { equals: 'academic' } }

const isAcademicLead = (req: PayloadRequest) => isViceArea(userOf(req), 'academic') || hasRole(userOf(req), 'principal')

const headedSubjectsCache = new WeakMap<object, Promise<Array<number | string>>>()

/** Subjects of the departments the user heads, read once per request. */
export const headedSubjectIds = (req: PayloadRequest): Promise<Array<number | string>> => {
  let ids = headedSubjectsCache.get(req)
  if (!ids) {
    ids = (async () => {
      const scope = await loadScope(req)
      if (scope.headedDepartmentIds.length === 0) return []
      // The access system asking which subjects the user heads; the answer is not returned to them.
      const { docs } = await req.payload.find({
        collection: 'subjects',
        where: { department: { in: scope.headedDepartmentIds } },
        req,
        overrideAccess: true,
        pagination: false,
        depth: 0,
        select: {},
      })
      return docs.map((d) => d.id)
    })()
    headedSubjectsCache.set(req, ids)
  }
  return ids
}

const canRead: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAcademicLead(req)) return true
  const scope = await loadScope(req)
  const subjects = [...new Set([...scope.taught.map((t) => t.subjectId), ...(await headedSubjectIds(req))])]
  return subjects.length === 0 ? IN_LIBRARY : { or: [IN_LIBRARY, { subject: { in: subjects } }] }
}

const canUpdate: Access = async ({ req }) => {
  if (!req.user) return false
  const clauses: Where[] = []
  if (isAcademicLead(req)) clauses.push(WITH_ACADEMIC)
  else {
    const headed = await headedSubjectIds(req)
    if (headed.length > 0) clauses.push({ and: [WITH_ACADEMIC, { subject: { in: headed } }] })
  }
  if (hasRole(userOf(req), 'librarian')) clauses.push(IN_LIBRARY)
  return clauses.length === 0 ? false : { or: clauses }
}

export const examPapersAccess: CollectionConfig['access'] = {
  read: canRead,
  create: ({ req }) => isAcademicLead(req) || hasRole(userOf(req), 'department-head'),
  update: canUpdate,
  delete: nobody,
}

/** Custody moves only by the handover (academic leadership), never back. */
export const custodyField = {
  create: (() => false) as FieldAccess,
  update: (({ req }) => isAcademicLead(req)) as FieldAccess,
}
