/**
 * Roles of the access policy, and the smallest predicates over a user's roles.
 * Pure: no database, no request. Homeroom and subject-teacher duties are not roles (R1.1);
 * they come from assignments, see `scope.ts`.
 */
export const ROLES = [
  'sysadmin',
  'principal',
  'vice-principal',
  'department-head',
  'teacher',
  'gradebook-admin',
  'medical-staff',
  'clerk',
  'accountant',
  'hr-officer',
  'website-admin',
  'equipment-officer',
  'librarian',
  'editorial-board',
] as const

export type Role = (typeof ROLES)[number]

export const VICE_AREAS = ['academic', 'facilities'] as const
export type ViceArea = (typeof VICE_AREAS)[number]

/** The shape of a user these predicates need; a Payload `users` document satisfies it. */
export type RoleHolder =
  | {
      id: number | string
      roles?: readonly string[] | null
      viceArea?: string | null
    }
  | null
  | undefined

export const hasRole = (user: RoleHolder, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))

export const isViceArea = (user: RoleHolder, area: ViceArea): boolean =>
  hasRole(user, 'vice-principal') && user?.viceArea === area

/** Create accounts and assign roles (R1.2). */
export const canManageUsers = (user: RoleHolder): boolean => hasRole(user, 'sysadmin', 'principal')

/** Keep the school structure: years, terms, classes, subjects, assignments (R2.3). */
export const canManageStructure = (user: RoleHolder): boolean =>
  hasRole(user, 'gradebook-admin', 'principal', 'vice-principal')

/** Leadership and the gradebook administrator see every student record. */
export const canReadAllStudents = (user: RoleHolder): boolean =>
  hasRole(user, 'principal', 'vice-principal', 'gradebook-admin')

export const isSelf = (user: RoleHolder, id: number | string | null | undefined): boolean =>
  Boolean(user && id !== undefined && id !== null && String(user.id) === String(id))
