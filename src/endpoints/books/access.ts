import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import { hasRole, isViceArea, type RoleHolder } from '@/access/roles'

/** Leadership and the gradebook administrator print every class's books. */
export const printsEveryBook = (user: RoleHolder) =>
  hasRole(user, 'principal', 'gradebook-admin') || isViceArea(user, 'academic')

/** The class's books: its homeroom teacher (of that year), the gradebook administrator, principal, academic VP. */
export const mayPrintClassBooks = (req: PayloadRequest, klass: { homeroomTeacher?: unknown }) =>
  Boolean(req.user) && (printsEveryBook(req.user as RoleHolder) || relationId(klass.homeroomTeacher) === req.user!.id)

/** A system read for a book: the endpoint checked first that the caller may print this class's book. */
export const systemRead = (req: PayloadRequest) => ({ req, overrideAccess: true, pagination: false, depth: 0 }) as const // system: the caller's right to the book is checked first

export const nameOf = (value: unknown, fallback = '') =>
  value && typeof value === 'object' && 'fullName' in value
    ? String((value as { fullName: unknown }).fullName)
    : fallback
