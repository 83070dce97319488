import { sql } from '@payloadcms/db-postgres'
import type { Where } from 'payload'

import { hasRole, type RoleHolder } from '@/access/roles'

import { type WorklistContext, listHref } from './context'
import type { WorklistItem } from './types'
import { poolSql } from '@/lib/sql'

const DAY = 86400_000

/** The clerk: incoming documents past their deadline or due within a week, not yet handled. */
export const clerkItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  if (!hasRole(ctx.req.user as RoleHolder, 'clerk')) return []
  const open: Where[] = [{ direction: { equals: 'incoming' } }, { status: { not_equals: 'done' } }]
  const now = ctx.now.toISOString()
  const week = new Date(ctx.now.getTime() + 7 * DAY).toISOString()
  const [overdue, dueSoon] = await Promise.all([
    ctx.count('documents', { and: [...open, { deadline: { less_than: now } }] }),
    ctx.count('documents', {
      and: [...open, { deadline: { greater_than_equal: now } }, { deadline: { less_than: week } }],
    }),
  ])
  // The list the item opens: the open incoming documents with that deadline.
  const item = (key: string, title: string, count: number, before: string, tone: WorklistItem['tone']) => ({
    key,
    title,
    count,
    href: listHref('documents', {
      direction: { equals: 'incoming' },
      status: { not_equals: 'done' },
      deadline: { less_than: before },
    }),
    tone,
  })
  return [
    ...(overdue > 0 ? [item('documents-overdue', 'Văn bản đến quá hạn xử lý', overdue, now, 'warning')] : []),
    ...(dueSoon > 0 ? [item('documents-due-soon', 'Văn bản đến hết hạn trong tuần', dueSoon, week, 'todo')] : []),
  ]
}

/** Anyone named a handler of an incoming document that is not done yet. */
export const handlerItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  const me = ctx.req.user!.id
  const where = { handlers: { in: String(me) }, status: { not_equals: 'done' } }
  const count = await ctx.count('documents', { and: [{ handlers: { in: [me] } }, { status: { not_equals: 'done' } }] })
  return count > 0
    ? [
        {
          key: 'documents-assigned',
          title: 'Văn bản được giao xử lý',
          count,
          href: listHref('documents', where),
          tone: 'todo',
        },
      ]
    : []
}

/**
 * Medical staff: students of the current year without a check-up recorded this school year. Counted
 * in SQL rather than by reading every health record, which would write one audit entry per record
 * read; only for those who read every health record anyway (medical staff, principal).
 */
export const medicalItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  if (!hasRole(ctx.req.user as RoleHolder, 'medical-staff') || ctx.scope.schoolYearId === null) return []
  const year = Number(ctx.scope.schoolYearId)
  const { rows } = await poolSql(ctx.req.payload).execute(
    sql`SELECT count(*) AS n FROM students s WHERE s.current_class_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM health_records h WHERE h.student_id = s.id AND h.school_year_id = ${year})`,
  )
  const count = Number(rows[0]?.n ?? 0)
  return count > 0
    ? [
        {
          key: 'students-without-checkup',
          title: 'Học sinh chưa khám sức khỏe năm học này',
          count,
          href: listHref('students', { currentClass: { exists: 'true' } }),
          tone: 'todo',
        },
      ]
    : []
}

/** Publishers (website administrator, principal): approved articles waiting to go online. */
export const publisherItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  if (!hasRole(ctx.req.user as RoleHolder, 'website-admin', 'principal')) return []
  // Approved and not yet online: a published article keeps its stage "approved".
  const count = await ctx.count('articles', {
    and: [{ reviewStage: { equals: 'approved' } }, { _status: { not_equals: 'published' } }],
  })
  return count > 0
    ? [
        {
          key: 'articles-to-publish',
          title: 'Bài viết đã duyệt, chờ đăng',
          count,
          href: listHref('articles', { reviewStage: { equals: 'approved' }, _status: { not_equals: 'published' } }),
          tone: 'todo',
        },
      ]
    : []
}
