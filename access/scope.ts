import type { PayloadRequest } from 'payload'

import { requestMemo } from '@/lib/requestMemo'

import { relationId } from './relation-id'

/**
 * What a user's assignments give them in the current school year: homeroom classes, taught
 * class × subject pairs and headed departments. Loaded once per request and kept on the request,
 * so that every access function of one request reads the assignments only once.
 */
export type Scope = {
  schoolYearId: number | string | null
  homeroomClassIds: Array<number | string>
  taught: Array<{ classId: number | string; subjectId: number | string }>
  headedDepartmentIds: Array<number | string>
  /** Teachers (user ids) of the departments the user heads. */
  departmentMemberIds: Array<number | string>
}

export const EMPTY_SCOPE: Scope = {
  schoolYearId: null,
  homeroomClassIds: [],
  taught: [],
  headedDepartmentIds: [],
  departmentMemberIds: [],
}

export const loadScope = (req: PayloadRequest): Promise<Scope> => {
  // Only staff accounts have assignments; a guardian (portal) has no scope.
  if (req.user?.collection !== 'users') return Promise.resolve(EMPTY_SCOPE)
  return requestMemo(req, `scope:${req.user.collection}:${req.user.id}`, () => readScope(req))
}

/**
 * Reads the assignments with access overridden: this is the access system itself asking who
 * the user is, not the user reading data, and the answer is never returned to them.
 */
const readScope = async (req: PayloadRequest): Promise<Scope> => {
  const { payload, user } = req
  if (!user) return EMPTY_SCOPE
  const common = { req, overrideAccess: true, pagination: false, depth: 0 } as const

  const years = await payload.find({
    ...common,
    collection: 'school-years',
    where: { isCurrent: { equals: true } },
    limit: 1,
  })
  const schoolYearId = years.docs[0]?.id ?? null
  if (schoolYearId === null) return { ...EMPTY_SCOPE }

  const [homeroom, assignments, departments] = await Promise.all([
    payload.find({
      ...common,
      collection: 'classes',
      where: { and: [{ homeroomTeacher: { equals: user.id } }, { schoolYear: { equals: schoolYearId } }] },
      select: {},
    }),
    payload.find({
      ...common,
      collection: 'teaching-assignments',
      where: { and: [{ teacher: { equals: user.id } }, { schoolYear: { equals: schoolYearId } }] },
      select: { class: true, subject: true },
    }),
    payload.find({
      ...common,
      collection: 'departments',
      where: { head: { equals: user.id } },
      select: {},
    }),
  ])

  const headedDepartmentIds = departments.docs.map((d) => d.id)
  const members =
    headedDepartmentIds.length === 0
      ? []
      : (
          await payload.find({
            ...common,
            collection: 'users',
            where: { department: { in: headedDepartmentIds } },
            select: {},
          })
        ).docs.map((u) => u.id)

  return {
    schoolYearId,
    homeroomClassIds: homeroom.docs.map((c) => c.id),
    taught: assignments.docs.flatMap((a) => {
      const classId = relationId(a.class)
      const subjectId = relationId(a.subject)
      return classId !== null && subjectId !== null ? [{ classId, subjectId }] : []
    }),
    headedDepartmentIds,
    departmentMemberIds: members,
  }
}

const same = (a: number | string, b: number | string | null | undefined) =>
  b !== null && b !== undefined && String(a) === String(b)

export const isHomeroomTeacherOf = (scope: Scope, classId: number | string | null | undefined) =>
  scope.homeroomClassIds.some((id) => same(id, classId))

export const teachesClass = (scope: Scope, classId: number | string | null | undefined) =>
  scope.taught.some((t) => same(t.classId, classId))

export const teachesClassSubject = (
  scope: Scope,
  classId: number | string | null | undefined,
  subjectId: number | string | null | undefined,
) => scope.taught.some((t) => same(t.classId, classId) && same(t.subjectId, subjectId))

export const headsDepartment = (scope: Scope, departmentId: number | string | null | undefined) =>
  scope.headedDepartmentIds.some((id) => same(id, departmentId))

export const headsTeacher = (scope: Scope, teacherId: number | string | null | undefined) =>
  scope.departmentMemberIds.some((id) => same(id, teacherId))

/** Classes the user homerooms or teaches in the current year. */
export const scopeClassIds = (scope: Scope): Array<number | string> => [
  ...new Set([...scope.homeroomClassIds, ...scope.taught.map((t) => t.classId)]),
]
