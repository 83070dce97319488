import { userOf } from '@/access/common'
import { managesGuardians } from '@/access/guardians'
import { NAVIGATION } from '@/access/navigation'

import { type WorklistContext, listHref } from './context'
import type { WorklistItem } from './types'

/**
 * Guardian links waiting for the school's confirmation (made at a guardian's first sign-in by
 * phone), for those who may confirm them (`canUpdateGuardianLinks`): the homeroom teacher (own
 * classes), the clerk and leadership. Counted with the caller's read access, which for staff is the
 * same set as the links they may confirm. Others are not asked (their read access is a refusal), nor
 * is anyone whose admin does not show the list (the system administrator: not their work).
 */
export const guardianLinkItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  const mayConfirm = managesGuardians(ctx.req) || ctx.scope.homeroomClassIds.length > 0
  if (!mayConfirm || !NAVIGATION['guardian-links']!(userOf(ctx.req))) return []
  const count = await ctx.count('guardian-links', { status: { equals: 'pending' } })
  return count > 0
    ? [
        {
          key: 'guardian-links-pending',
          title: 'Liên kết phụ huynh chờ xác nhận',
          count,
          detail: 'Đối chiếu với hồ sơ học sinh rồi chọn "Đã xác nhận" hoặc "Đã thu hồi".',
          href: listHref('guardian-links', { status: { equals: 'pending' } }),
          tone: 'todo',
        },
      ]
    : []
}
