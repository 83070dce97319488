import type { PayloadRequest, Where } from 'payload'

import {
  BOARD_ROLES,
  headsArticleDepartment,
  isBoard,
  isPublisher,
  PUBLISHER_ROLES,
  readReviewFields,
} from '@/access/website'
import { hasRole, type RoleHolder } from '@/access/roles'
import type { EditorialWorkflowOptions, Permission } from '@haugiang/payload-plugin-editorial-workflow'
import { sameId } from '@haugiang/payload-plugin-editorial-workflow'

import { mediaOfArticle } from './mediaOfArticle'
import { readPublicationConsent } from './publicationConsent'
import { relationId } from '@/access/relation-id'

/**
 * The school's review of articles (R7.2, A17): the author's department head checks (thẩm định),
 * the editorial board, a vice principal or the principal approves, the website administrator or
 * the principal publishes; either reviewer can send the article back with notes.
 */
const isAuthor: Permission = ({ user, doc }) => sameId(doc.author, user.id)
const headsDepartment: Permission = ({ doc, req }) => headsArticleDepartment(req, doc.department)
const board: Permission = ({ user }) => isBoard(user as RoleHolder)
const principal: Permission = ({ user }) => hasRole(user as RoleHolder, 'principal')
const either =
  (...permissions: Permission[]): Permission =>
  async (args) => {
    for (const permission of permissions) if (await permission(args)) return true
    return false
  }

const SEND_BACK = { vi: 'Yêu cầu tác giả sửa', en: 'Ask for changes' }

export const ARTICLE_STAGES = [
  { value: 'draft', label: { vi: 'Bản nháp', en: 'Draft' } },
  { value: 'department-review', label: { vi: 'Tổ chuyên môn thẩm định', en: 'Department review' } },
  { value: 'board-review', label: { vi: 'Ban biên tập duyệt', en: 'Board review' } },
  { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' } },
  { value: 'changes-requested', label: { vi: 'Yêu cầu sửa', en: 'Changes requested' } },
]

const usersWithRoles = async (req: PayloadRequest, roles: string[]) => {
  // system action: finding whom to notify, the names are never returned to the acting user
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: roles } } as Where,
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: {},
    req,
  })
  return docs.map((u) => u.id)
}

/** Every student shown in the article's media must consent to publication (fails closed). */
const checkConsent = async ({ doc, req }: { doc: Record<string, unknown>; req: PayloadRequest }) => {
  const mediaIds = mediaOfArticle(doc)
  if (mediaIds.length === 0) return null
  // system action: the tags of the media decide the check, whoever publishes
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: mediaIds } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    req,
  })
  const studentIds = docs.flatMap((m) =>
    ((m as { students?: unknown[] }).students ?? []).map((s) => relationId(s) as number),
  )
  if (studentIds.length === 0) return null
  const consent = await readPublicationConsent(req, studentIds)
  const missing = [...consent.values()].filter((ok) => !ok).length
  if (missing > 0) {
    return `Không thể xuất bản: ${missing} học sinh có trong ảnh của bài chưa có sự đồng ý công bố của cha mẹ và học sinh.`
  }
  // system action: consent checked, the images may now be shown to the public
  await req.payload.update({
    collection: 'media',
    where: { id: { in: mediaIds } },
    data: { publicationCleared: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return null
}

export const articleWorkflow: EditorialWorkflowOptions = {
  collections: ['articles', 'albums'],
  stages: ARTICLE_STAGES,
  initialStage: 'draft',
  publishStage: 'approved',
  // the board approves the text the department checked: no edits while either reviews it
  frozenStages: ['department-review', 'board-review'],
  fieldNames: {
    stage: 'reviewStage',
    author: 'author',
    notes: 'reviewNotes',
    assignee: 'assignee',
    history: 'reviewHistory',
  },
  transitions: [
    {
      from: ['draft', 'changes-requested'],
      to: 'department-review',
      can: isAuthor,
      label: { vi: 'Gửi tổ chuyên môn thẩm định', en: 'Send for department review' },
    },
    // the principal forwards a department head's own article, which they may not check themselves
    {
      from: 'department-review',
      to: 'board-review',
      can: either(headsDepartment, principal),
      approval: true,
      label: { vi: 'Đạt, chuyển ban biên tập duyệt', en: 'Checked: send to the board' },
    },
    {
      from: 'department-review',
      to: 'changes-requested',
      can: either(headsDepartment, board),
      requireNote: true,
      label: SEND_BACK,
    },
    { from: 'board-review', to: 'approved', can: board, approval: true, label: { vi: 'Duyệt bài', en: 'Approve' } },
    { from: ['board-review', 'approved'], to: 'changes-requested', can: board, requireNote: true, label: SEND_BACK },
  ],
  canPublish: ({ user }) => isPublisher(user as RoleHolder),
  beforePublish: checkConsent,
  canReadReviewFields: readReviewFields,
  notificationsGroup: { vi: 'Website', en: 'Website' },
  async notify({ doc, to, req }) {
    if (to === 'department-review') {
      const id = relationId(doc.department)
      if (!id) return usersWithRoles(req, ['principal'])
      // system action: the department's head is told, whoever sent the article
      const department = await req.payload.findByID({
        collection: 'departments',
        id: id as number,
        depth: 0,
        overrideAccess: true,
        req,
      })
      return department?.head ? [relationId(department.head) as number] : []
    }
    if (to === 'board-review') return usersWithRoles(req, BOARD_ROLES)
    if (to === 'approved') return usersWithRoles(req, PUBLISHER_ROLES)
    if (to === 'changes-requested') {
      const author = relationId(doc.author)
      return author ? [author as number] : []
    }
    return []
  },
}
