import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { nobody, userOf } from './common'
import { relationId } from './relation-id'
import { hasRole, isSelf } from './roles'
import { headsTeacher, loadScope } from './scope'

/**
 * Staff files and evaluations (access policy, "staff-profiles and staff-evaluations"): the HR
 * officer keeps them; the principal reads them and approves evaluations; each staff member reads
 * their own profile and their own evaluations once finalised (and, to write it, their
 * self-assessment while it is with them); a department head reads and gives input on their members'
 * evaluations while these are at the department stage (never their own).
 */
const isHr = (req: PayloadRequest) => hasRole(userOf(req), 'hr-officer')
const isPrincipal = (req: PayloadRequest) => hasRole(userOf(req), 'principal')

export const staffProfilesAccess: CollectionConfig['access'] = {
  read: ({ req }) => {
    if (isHr(req) || isPrincipal(req)) return true
    return req.user ? { user: { equals: req.user.id } } : false
  },
  create: ({ req }) => isHr(req),
  update: ({ req }) => isHr(req),
  delete: nobody,
}

const ownAt = (userId: number | string, stages: string[]): Where => ({
  and: [{ staff: { equals: userId } }, { status: { in: stages } }],
})

const reviewing = async (req: PayloadRequest): Promise<Where | null> => {
  const scope = await loadScope(req)
  const members = scope.departmentMemberIds.filter((id) => !isSelf(userOf(req), id))
  return members.length === 0
    ? null
    : { and: [{ staff: { in: members } }, { status: { equals: 'department-review' } }] }
}

const canReadEvaluations: Access = async ({ req }) => {
  if (!req.user) return false
  if (isHr(req) || isPrincipal(req)) return true
  const head = hasRole(userOf(req), 'department-head') ? await reviewing(req) : null
  const own = ownAt(req.user.id, ['self-assessment', 'finalised'])
  return head ? { or: [own, head] } : own
}

const canUpdateEvaluations: Access = async ({ req }) => {
  if (!req.user) return false
  if (isHr(req)) return true
  const clauses: Where[] = [ownAt(req.user.id, ['self-assessment'])]
  if (isPrincipal(req)) clauses.push({ status: { equals: 'principal-review' } })
  if (hasRole(userOf(req), 'department-head')) {
    const head = await reviewing(req)
    if (head) clauses.push(head)
  }
  return { or: clauses }
}

export const staffEvaluationsAccess: CollectionConfig['access'] = {
  read: canReadEvaluations,
  create: ({ req }) => isHr(req),
  update: canUpdateEvaluations,
  delete: nobody,
}

/** The capacities of the request's user towards one evaluation, for the workflow rules. */
export const evaluationActor = async (req: PayloadRequest, staff: unknown) => {
  const staffId = relationId(staff)
  const user = userOf(req)
  const scope = hasRole(user, 'department-head') ? await loadScope(req) : null
  return {
    isSelf: isSelf(user, staffId),
    isReviewingHead: Boolean(scope && headsTeacher(scope, staffId) && !isSelf(user, staffId)),
    isPrincipal: hasRole(user, 'principal'),
    isHrOfficer: hasRole(user, 'hr-officer'),
  }
}
