import type { Access, CollectionConfig, Where } from 'payload'

import { nobody, userOf } from './common'
import { hasRole, isViceArea } from './roles'
import { isHomeroomTeacherOf, loadScope, type Scope } from './scope'

/**
 * Messages to parents (R6.1): written by the homeroom teacher for their own class or its students,
 * or by leadership for any; read by their author, the homeroom teacher of the class and leadership.
 * Results messages hold grades, so only those who read the whole gradebook among leadership
 * (principal, vice-principal academic) read or write them besides the homeroom teacher.
 * A message is edited only while it is a draft; nobody deletes one (delivery is a record).
 */
export const isMessageLeader = (user: ReturnType<typeof userOf>) => hasRole(user, 'principal', 'vice-principal')

/** Leadership who may see grades, hence results messages of any class. */
const isResultsLeader = (user: ReturnType<typeof userOf>) => hasRole(user, 'principal') || isViceArea(user, 'academic')

/** Who writes (and generates) the results messages of a class: its homeroom teacher, or the principal / vice-principal academic. */
export const writesResultsFor = (
  user: ReturnType<typeof userOf>,
  scope: Scope,
  classId: number | string | null | undefined,
) => isResultsLeader(user) || isHomeroomTeacherOf(scope, classId)

const NOT_RESULTS: Where = { kind: { not_equals: 'results' } }

const canRead: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isResultsLeader(user)) return true
  if (isMessageLeader(user)) return NOT_RESULTS
  const scope = await loadScope(req)
  const own: Where[] = [{ author: { equals: user.id } }]
  if (scope.homeroomClassIds.length > 0) own.push({ class: { in: scope.homeroomClassIds } })
  return { or: own }
}

const canCreate: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isMessageLeader(user)) return true
  return (await loadScope(req)).homeroomClassIds.length > 0
}

const canUpdate: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  const draft: Where = { status: { equals: 'draft' } }
  if (isResultsLeader(user)) return draft
  if (isMessageLeader(user)) return { and: [draft, NOT_RESULTS] }
  return { and: [draft, { author: { equals: user.id } }] }
}

export const parentMessagesAccess: CollectionConfig['access'] = {
  read: canRead,
  create: canCreate,
  update: canUpdate,
  delete: nobody,
}
