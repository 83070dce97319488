import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { anyRole, userOf } from './common'
import { hasRole, type Role, type RoleHolder } from './roles'
import { headsDepartment, loadScope } from './scope'
import { relationId } from '@/access/relation-id'

/**
 * The website section of the access policy. Authors and reviewers see drafts; the public sees
 * published documents only.
 */

/** Approve articles at board review: the editorial board, vice principals, the principal (R7.2). */
export const BOARD_ROLES: Role[] = ['editorial-board', 'vice-principal', 'principal']
/** Publish approved articles and manage the site (A17.3). */
export const PUBLISHER_ROLES: Role[] = ['website-admin', 'principal']
/** Announcements: the website administrator and the school's leadership. */
export const ANNOUNCER_ROLES: Role[] = ['website-admin', 'principal', 'vice-principal']

export const isBoard = (user: RoleHolder) => hasRole(user, ...BOARD_ROLES)
export const isPublisher = (user: RoleHolder) => hasRole(user, ...PUBLISHER_ROLES)
/** Sees and edits every article, draft or not. */
const seesAllArticles = (user: RoleHolder) => isBoard(user) || isPublisher(user)

const isStaff = (user: RoleHolder) => Boolean(user?.roles && user.roles.length > 0)

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Published documents for everyone; everything for the named roles. */
export const publishedOr =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(userOf(req), ...roles) ? true : PUBLISHED

/** Articles a user may see as drafts besides the published ones: their own, their department's. */
const ownArticles = async (req: PayloadRequest): Promise<Where[]> => {
  const user = userOf(req)
  if (!user) return []
  const scope = await loadScope(req)
  const own: Where[] = [{ author: { equals: user.id } }]
  if (scope.headedDepartmentIds.length > 0) own.push({ department: { in: scope.headedDepartmentIds } })
  return own
}

export const readArticles: Access = async ({ req }) => {
  const user = userOf(req)
  if (!user) return PUBLISHED
  if (seesAllArticles(user)) return true
  return { or: [PUBLISHED, ...(await ownArticles(req))] }
}

/** Versions hold drafts and reviewer notes: staff only, with the read rule on `version.` paths. */
export const readArticleVersions: Access = async ({ req }) => {
  const user = userOf(req)
  if (!isStaff(user)) return false
  if (seesAllArticles(user)) return true
  const prefix = (where: Where): Where =>
    Object.fromEntries(Object.entries(where).map(([key, value]) => [`version.${key}`, value])) as Where
  return { or: [prefix(PUBLISHED), ...(await ownArticles(req)).map(prefix)] }
}

export const createArticles: Access = ({ req }) => isStaff(userOf(req))

export const updateArticles: Access = async ({ req }) => {
  const user = userOf(req)
  if (!isStaff(user)) return false
  if (seesAllArticles(user)) return true
  return { or: await ownArticles(req) }
}

/** Only staff read reviewer notes, assignee and history: never the public. */
export const readReviewFields = (req: PayloadRequest) => isStaff(userOf(req))

export const staffOnlyField: FieldAccess = ({ req }) => isStaff(userOf(req))

/** Whether the user heads the department of the article (the thẩm định step). */
export const headsArticleDepartment = async (req: PayloadRequest, department: unknown) => {
  const id = relationId(department)
  return headsDepartment(await loadScope(req), id as number | undefined)
}

/**
 * Staff read the media library; the public reads a file only while published content or a public,
 * published document uses it (`publicUse`, kept by `hooks/media/mediaUsage.ts`) and, if it shows
 * students, only once a consent check cleared it.
 */
const PUBLIC_MEDIA: Where = {
  and: [
    { publicUse: { equals: true } },
    { or: [{ showsStudents: { equals: false } }, { publicationCleared: { equals: true } }] },
  ],
}
export const readMedia: Access = ({ req }) => (isStaff(userOf(req)) ? true : PUBLIC_MEDIA)

/** Any staff member uploads. */
export const createMedia: Access = ({ req }) => isStaff(userOf(req))

/** Manage every file (replace, alt text, students shown, delete): the website administrator, the principal. */
export const MEDIA_MANAGER_ROLES: Role[] = ['website-admin', 'principal']

/** The managers change any file; the uploader their own while nothing published uses it. */
export const changeMedia: Access = ({ req }) => {
  const user = userOf(req)
  if (!isStaff(user)) return false
  if (hasRole(user, ...MEDIA_MANAGER_ROLES)) return true
  const own: Where = { and: [{ uploadedBy: { equals: user!.id } }, { publicUse: { not_equals: true } }] }
  return own
}

/** Articles and albums: one set of read and write rules (an album is reviewed and published like an article). */
export const articleAccess = {
  read: readArticles,
  readVersions: readArticleVersions,
  create: createArticles,
  update: updateArticles,
  delete: anyRole(...PUBLISHER_ROLES),
}

/** Pages and disclosures: the website's managers write them, the public reads the published ones. */
export const publishedByPublishers = {
  read: publishedOr(...PUBLISHER_ROLES),
  readVersions: anyRole(...PUBLISHER_ROLES),
  create: anyRole(...PUBLISHER_ROLES),
  update: anyRole(...PUBLISHER_ROLES),
  delete: anyRole(...PUBLISHER_ROLES),
}
