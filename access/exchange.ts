import { hasRole, isViceArea, type RoleHolder } from './roles'

/** Exchange with the sector's database (CSDL ngành, A2.2, A13.1): the gradebook administrator and the academic leadership. */
export const canExchangeWithCsdl = (user: RoleHolder): boolean =>
  hasRole(user, 'gradebook-admin', 'principal') || isViceArea(user, 'academic')
