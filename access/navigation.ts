import type { CollectionConfig } from 'payload'

import { readsWholeGradebook, canLockGradebook } from './gradebook'
import { canManageStructure, canManageUsers, canReadAllStudents, hasRole, isViceArea, type RoleHolder } from './roles'
import { ANNOUNCER_ROLES, BOARD_ROLES, PUBLISHER_ROLES } from './website'

/**
 * Who sees a collection in the admin's navigation: the people whose daily work uses it. This is
 * presentation only (Payload's `admin.hidden`): the access rules stay the only guard, and Payload
 * already leaves out what a user may not read at all. A collection not named here shows to anyone
 * who may read it.
 */
type Shown = (user: RoleHolder) => boolean

const teaches: Shown = (user) => hasRole(user, 'teacher', 'department-head')
const gradebook: Shown = (user) => readsWholeGradebook(user) || teaches(user)
const website: Shown = (user) => hasRole(user, ...PUBLISHER_ROLES, ...BOARD_ROLES)
const facilities: Shown = (user) =>
  hasRole(user, 'equipment-officer', 'accountant', 'principal') || isViceArea(user, 'facilities')
const parents: Shown = (user) => hasRole(user, 'principal', 'vice-principal', 'teacher')
// The clerk invites guardians and confirms their links (`managesGuardians`): a hidden collection has no admin page.
const guardianAccounts: Shown = (user) => parents(user) || hasRole(user, 'clerk')

export const NAVIGATION: Record<string, Shown> = {
  users: canManageUsers,
  'school-years': canManageStructure,
  terms: canManageStructure,
  departments: canManageStructure,
  classes: canManageStructure,
  subjects: canManageStructure,
  'teaching-assignments': canManageStructure,
  students: (user) => canReadAllStudents(user) || hasRole(user, 'medical-staff') || teaches(user),
  enrolments: canReadAllStudents,
  'health-records': (user) => hasRole(user, 'medical-staff', 'principal', 'teacher'),
  grades: gradebook,
  'grade-locks': (user) => canLockGradebook(user) || hasRole(user, 'principal'),
  'grade-entry-deadlines': gradebook,
  'grade-reminders': gradebook,
  'grade-corrections': gradebook,
  attendance: gradebook,
  conduct: gradebook,
  'year-end-results': gradebook,
  'comment-bank': teaches,
  announcements: (user) => hasRole(user, ...ANNOUNCER_ROLES),
  pages: website,
  albums: website,
  disclosures: website,
  categories: website,
  media: (user) => website(user) || teaches(user),
  'register-counters': (user) => hasRole(user, 'clerk'),
  assets: (user) => facilities(user) || teaches(user),
  'asset-stock-takes': facilities,
  'asset-borrowings': (user) => facilities(user) || teaches(user),
  'staff-profiles': (user) => hasRole(user, 'hr-officer', 'principal'),
  'exam-papers': (user) => hasRole(user, 'librarian', 'principal', 'department-head') || isViceArea(user, 'academic'),
  'parent-messages': parents,
  'sign-in-events': (user) => hasRole(user, 'sysadmin', 'principal'),
  guardians: guardianAccounts,
  'guardian-links': guardianAccounts,
  'guardian-messages': parents,
  'message-attachments': parents,
  'message-receipts': parents,
  'consent-withdrawals': (user) => hasRole(user, 'website-admin', 'principal'),
}

/** The collection with `admin.hidden` from NAVIGATION, keeping a `hidden: true` it already has; the system administrator sees all it may read. */
export const withNavigation = (collection: CollectionConfig): CollectionConfig => {
  const shown = NAVIGATION[collection.slug]
  if (!shown || collection.admin?.hidden === true) return collection
  return {
    ...collection,
    admin: {
      ...collection.admin,
      hidden: ({ user }) => !(hasRole(user as RoleHolder, 'sysadmin') || shown(user as RoleHolder)),
    },
  }
}
