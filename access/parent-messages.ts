import type { Access, CollectionConfig, Where } from 'payload'

import { nobody, userOf } from './common'
import { hasRole } from './roles'
import { loadScope } from './scope'

/**
 * Messages to parents (R6.1): written by the homeroom teacher for their own class or its students,
 * or by leadership for any; read by their author, the homeroom teacher of the class and leadership.
 * A message is edited only while it is a draft; nobody deletes one (delivery is a record).
 */
export const isMessageLeader = (user: ReturnType<typeof userOf>) => hasRole(user, 'principal', 'vice-principal')

const canRead: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isMessageLeader(user)) return true
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
  if (isMessageLeader(user)) return draft
  return { and: [draft, { author: { equals: user.id } }] }
}

export const parentMessagesAccess: CollectionConfig['access'] = {
  read: canRead,
  create: canCreate,
  update: canUpdate,
  delete: nobody,
}
