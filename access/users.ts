import type { Access, CollectionConfig, FieldAccess, PayloadRequest } from 'payload'

import { signedIn, userOf } from './common'
import { canManageUsers, isSelf } from './roles'

/** Create and delete accounts: sysadmin and principal only (R1.2). */
export const canCreateOrDeleteUsers = ({ req }: { req: PayloadRequest }): boolean => canManageUsers(userOf(req))

/** Update: self (own name, phone, password) or sysadmin/principal (anyone). */
export const canUpdateUser: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (canManageUsers(user)) return true
  return { id: { equals: user.id } }
}

/**
 * Roles and the vice-principal area: only sysadmin and principal, and never on their own account,
 * so nobody raises their own privileges whatever the request says.
 */
export const canChangeRoles: FieldAccess = ({ req, id, doc }) => {
  const user = userOf(req)
  if (!canManageUsers(user)) return false
  // The admin's document permissions pass the account as `doc` without `id`: the same rule there.
  const target = id ?? (doc as { id?: number | string } | undefined)?.id
  return target === undefined || target === null || !isSelf(user, target)
}

/**
 * E-mail, phone and security fields: the person themselves, sysadmin and principal. Without a
 * document (a `where` or `sort` on the field) only those who may read every account's value pass.
 */
export const canReadPrivateUserField: FieldAccess = ({ req, id, doc }) => {
  const user = userOf(req)
  if (canManageUsers(user)) return true
  const target = id ?? (doc as { id?: number | string } | undefined)?.id
  return isSelf(user, target)
}

export const usersAccess: CollectionConfig['access'] = {
  read: signedIn,
  create: canCreateOrDeleteUsers,
  update: canUpdateUser,
  delete: canCreateOrDeleteUsers,
  unlock: canCreateOrDeleteUsers,
  admin: ({ req }) => Boolean(req.user),
}
