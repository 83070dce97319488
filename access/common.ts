import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, type Role, type RoleHolder } from './roles'

/** The signed-in user as the role predicates see it. */
export const userOf = (req: PayloadRequest): RoleHolder => req.user as RoleHolder

export const nobody: Access = () => false

export const signedIn: Access = ({ req }) => Boolean(req.user)

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
