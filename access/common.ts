import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, type Role, type RoleHolder } from './roles'

/** The signed-in staff user as the role predicates see it; a guardian (another auth collection) is nobody here. */
export const userOf = (req: PayloadRequest): RoleHolder =>
  req.user?.collection === 'users' ? (req.user as RoleHolder) : null

export const nobody: Access = () => false

export const signedIn: Access = ({ req }) => req.user?.collection === 'users'

/** Collection access granted to holders of any of the roles. */
export const anyRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(userOf(req), ...roles)

/** Field access granted to holders of any of the roles. */
export const fieldForRoles =
  (...roles: Role[]): FieldAccess =>
  ({ req }) =>
    hasRole(userOf(req), ...roles)
