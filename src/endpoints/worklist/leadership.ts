import { canDecideCorrections, entryProgressScope, seesGradeAnomalies } from '@/access/gradebook'
import { relationId } from '@/access/relation-id'
import { canManageUsers, hasRole, type RoleHolder } from '@/access/roles'
import { readAccountSecurity } from '@/endpoints/accountSecurityReport'
import { loadProgress } from '@/endpoints/gradeProgress/loadProgress'
import { loadClassYear, missingOf } from '@/endpoints/yearEnd/classYear'

import { type WorklistContext, listHref } from './context'
import type { WorklistItem } from './types'

const STALE_DAYS = 90

/** Corrections waiting for the caller's decision (never their own), and the term's entry progress. */
export const gradebookLeadItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  const user = ctx.req.user as RoleHolder
  const items: WorklistItem[] = []
  if (canDecideCorrections(user)) {
    const where = { status: { equals: 'pending' }, requestedBy: { not_equals: user!.id } }
    const pending = await ctx.count('grade-corrections', {
      and: [{ status: where.status }, { requestedBy: where.requestedBy }],
    })
    if (pending > 0)
      items.push({
        key: 'corrections-to-decide',
        title: 'Đề nghị điều chỉnh điểm chờ duyệt',
        count: pending,
        href: listHref('grade-corrections', where),
        tone: 'todo',
      })
  }
  if (entryProgressScope(user) && ctx.openTerm) {
    // The progress endpoint's own report, so the summary equals what its page shows.
    const report = await loadProgress(
      ctx.req,
      { term: ctx.openTerm.id },
      { anomalies: seesGradeAnomalies(user) },
      ctx.now,
    )
    if (report && report !== 'no-term') {
      const required = report.rows.reduce((sum, r) => sum + r.required, 0)
      const entered = report.rows.reduce((sum, r) => sum + r.entered, 0)
      const incomplete = report.rows.filter((r) => r.entered < r.required).length
      items.push({
        key: 'entry-progress',
        title: `Tiến độ nhập điểm ${report.term.name}`,
        count: incomplete,
        detail: `${incomplete} sổ chưa đủ điểm; đã nhập ${entered}/${required} ô (${required === 0 ? 100 : Math.floor((entered * 100) / required)}%).`,
        href: `/admin/tien-do-nhap-diem?term=${report.term.id}`,
        tone: 'info',
      })
      const late = report.rows.filter((r) => r.overdue > 0)
      if (late.length > 0)
        items.push({
          key: 'entry-overdue',
          title: 'Sổ điểm quá hạn nhập',
          count: late.length,
          detail: `${late.length} sổ còn ${late.reduce((sum, r) => sum + r.overdue, 0)} ô trống sau hạn nhập điểm.`,
          href: `/admin/tien-do-nhap-diem?term=${report.term.id}`,
          tone: 'warning',
        })
      if (report.anomalies && report.anomalies.length > 0)
        items.push({
          key: 'anomalies',
          title: 'Điểm bất thường cần xem',
          count: report.anomalies.length,
          href: `/admin/tien-do-nhap-diem?term=${report.term.id}#bat-thuong`,
          tone: 'warning',
        })
    }
  }
  return items
}

/** The year-end page of a class: what it lacks, its results, the step to take. */
const yearEndHref = (classId: number) => `/admin/cuoi-nam?class=${classId}`

/** The principal: year-end approval per class, locked or stale accounts, articles at board review. */
export const principalItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  const user = ctx.req.user as RoleHolder
  const items: WorklistItem[] = []
  if (hasRole(user, 'principal') && ctx.scope.schoolYearId !== null) {
    const classes = await ctx.find<{ id: number; name: string }>(
      'classes',
      { schoolYear: { equals: ctx.scope.schoolYearId } },
      { name: true },
    )
    const approved = await ctx.find<{ class: unknown }>(
      'year-end-results',
      { and: [{ schoolYear: { equals: ctx.scope.schoolYearId } }, { status: { equals: 'approved' } }] },
      { class: true },
    )
    const done = new Set(approved.map((r) => String(relationId(r.class))))
    const ready: Array<{ id: number; name: string }> = []
    const blocked: Array<{ id: number; name: string }> = []
    const open = classes.filter((c) => !done.has(String(c.id))).sort((a, b) => a.name.localeCompare(b.name))
    // The same reading as `GET /api/year-end-results/missing` (the principal reads the whole gradebook),
    // a few classes at a time: one after another made the principal's dashboard wait a minute.
    const missingByClass: Array<number | null> = []
    for (let i = 0; i < open.length; i += 4) {
      const batch = await Promise.all(
        open.slice(i, i + 4).map(async (klass) => {
          const data = await loadClassYear(ctx.req, klass.id)
          return data ? missingOf(data).length : null
        }),
      )
      missingByClass.push(...batch)
    }
    open.forEach((klass, i) => {
      const missing = missingByClass[i]
      if (missing === null) return
      if (missing === 0) ready.push(klass)
      else blocked.push({ id: klass.id, name: `${klass.name} (thiếu ${missing} mục)` })
    })
    if (ready.length > 0)
      items.push({
        key: 'year-end-ready',
        title: 'Lớp đủ dữ liệu, chờ duyệt kết quả cuối năm',
        count: ready.length,
        detail: ready.map((c) => c.name).join(', '),
        href: yearEndHref(ready[0]!.id),
        tone: 'todo',
      })
    if (blocked.length > 0)
      items.push({
        key: 'year-end-blocked',
        title: 'Lớp chưa đủ dữ liệu cuối năm',
        count: blocked.length,
        detail:
          blocked
            .slice(0, 6)
            .map((c) => c.name)
            .join(', ') + (blocked.length > 6 ? ', …' : ''),
        href: yearEndHref(blocked[0]!.id),
        tone: 'info',
      })
  }
  if (canManageUsers(user)) {
    const rows = await readAccountSecurity(ctx.req.payload, ctx.req)
    const locked = rows.filter((r) => r.lockedUntil && new Date(r.lockedUntil) > ctx.now).length
    const stale = rows.filter((r) => {
      const last = r.lastLoginAt
      return !last || ctx.now.getTime() - new Date(last).getTime() > STALE_DAYS * 86400_000
    }).length
    if (locked + stale > 0)
      items.push({
        key: 'accounts',
        title: 'Tài khoản bị khoá hoặc lâu không đăng nhập',
        count: locked + stale,
        detail: `${locked} đang bị khoá, ${stale} chưa đăng nhập trong ${STALE_DAYS} ngày.`,
        href: '/admin/bao-mat-tai-khoan',
        tone: 'warning',
      })
  }
  if (hasRole(user, 'principal', 'editorial-board') || hasRole(user, 'vice-principal')) {
    const atBoard = await ctx.count('articles', {
      and: [{ reviewStage: { equals: 'board-review' } }, { author: { not_equals: user!.id } }],
    })
    if (atBoard > 0)
      items.push({
        key: 'articles-board-review',
        title: 'Bài viết chờ Ban biên tập duyệt',
        count: atBoard,
        href: listHref('articles', { reviewStage: { equals: 'board-review' } }),
        tone: 'todo',
      })
  }
  return items
}
