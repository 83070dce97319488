import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { userOf } from './common'
import { hasRole } from './roles'
import { loadScope } from './scope'
import { relationId } from '@/access/relation-id'

/**
 * Guardians (the parents' portal) sign in through their own auth collection. These predicates
 * say who they are on a request and what the school's staff may do with their accounts and links.
 */
export type GuardianUser = { id: number; collection: 'guardians'; email?: string; fullName?: string }

/** The signed-in guardian, or null for staff and visitors. */
export const guardianOf = (req: Pick<PayloadRequest, 'user'>): GuardianUser | null =>
  req.user?.collection === 'guardians' ? (req.user as unknown as GuardianUser) : null

/** Staff who manage every guardian account and link: the clerk and leadership. */
export const managesGuardians = (req: PayloadRequest): boolean =>
  hasRole(userOf(req), 'clerk', 'principal', 'vice-principal', 'sysadmin')

/** Links of students in the signed-in teacher's homeroom classes (current year). */
const homeroomLinks = async (req: PayloadRequest): Promise<Where | false> => {
  const { homeroomClassIds } = await loadScope(req)
  return homeroomClassIds.length > 0 ? { 'student.currentClass': { in: homeroomClassIds } } : false
}

/** Guardian accounts: the guardian themself, the clerk and leadership, homeroom teachers of their children. */
export const canReadGuardians: Access = async ({ req }) => {
  const guardian = guardianOf(req)
  if (guardian) return { id: { equals: guardian.id } }
  if (!userOf(req)) return false
  if (managesGuardians(req)) return true
  const where = await homeroomLinks(req)
  if (!where) return false
  // system action: the access check itself asks which guardians the teacher's classes have.
  const links = await req.payload.find({
    collection: 'guardian-links',
    where,
    depth: 0,
    pagination: false,
    select: { guardian: true },
    overrideAccess: true, // access computation, never returned to the caller
    req,
  })
  const ids = links.docs.map((l) => relationId(l.guardian))
  return ids.length > 0 ? { id: { in: ids } } : false
}

/** A guardian updates their own account (name, phone, password, channel); the clerk and leadership any. */
export const canUpdateGuardians: Access = ({ req }) => {
  const guardian = guardianOf(req)
  if (guardian) return { id: { equals: guardian.id } }
  return managesGuardians(req)
}

/** Fields only the school sets (the account's state). */
export const schoolOnlyField: FieldAccess = ({ req }) => managesGuardians(req)

/** Links: the guardian reads their own; the clerk and leadership all; homeroom teachers their classes'. */
export const canReadGuardianLinks: Access = async ({ req }) => {
  const guardian = guardianOf(req)
  if (guardian) return { guardian: { equals: guardian.id } }
  if (!userOf(req)) return false
  if (managesGuardians(req)) return true
  return homeroomLinks(req)
}

/** Confirm or revoke links: the clerk, leadership, the homeroom teacher (own classes). Never a guardian. */
export const canUpdateGuardianLinks: Access = async ({ req }) => {
  if (!userOf(req)) return false
  if (managesGuardians(req)) return true
  return homeroomLinks(req)
}

/** Create links: the clerk, leadership, a homeroom teacher (the student's class is checked by `checkLinkScope`). */
export const canCreateGuardianLinks: Access = async ({ req }) => {
  if (!userOf(req)) return false
  if (managesGuardians(req)) return true
  return (await loadScope(req)).homeroomClassIds.length > 0
}

/** May the signed-in staff member invite or link guardians of a student in this class? */
export const mayLinkInClass = async (req: PayloadRequest, classId: number | string | null): Promise<boolean> => {
  if (!userOf(req)) return false
  if (managesGuardians(req)) return true
  const { homeroomClassIds } = await loadScope(req)
  return classId !== null && homeroomClassIds.some((id) => String(id) === String(classId))
}
