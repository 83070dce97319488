import {
  addEmptyCells,
  computeEntryProgress,
  emptyCellsOf,
  ENTRY_COLUMN_LABELS,
  type EntryDeadline,
  type GradeCells,
  NO_EMPTY_CELLS,
  overdueCells,
  passedDeadlines,
} from '@/domain/grading'
import { vietnamDate } from '@/domain/calendar'
import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'

import { type WorklistContext, listHref } from './context'
import type { WorklistItem } from './types'
import { relationId } from '@/access/relation-id'

type Named = { id: number; name: string; grade?: number; regularAssessments?: Record<string, number | null> }

/** Who holds a seat in these classes now (latest enrolments), as the class lists count them. */
const seatHolders = (ctx: WorklistContext, classIds: unknown[]) =>
  ctx.find<{ student: unknown; class: unknown }>(
    'enrolments',
    {
      and: [
        { class: { in: classIds } },
        { isLatest: { equals: true } },
        { status: { in: [...SEAT_HOLDING_STATUSES] } },
      ],
    },
    { student: true, class: true },
  )

/** The link that opens the grade sheet on one class × subject × term. */
export const sheetHref = (klass: unknown, subject: unknown, term: unknown) =>
  `/admin/so-diem?class=${klass}&subject=${subject}&term=${term}`

/**
 * The subject teacher's sheets of the open term that still have empty cells, fullest gap first:
 * the class lists (latest seat-holding enrolments) and grades are read with the teacher's access,
 * so the numbers are those the sheet shows.
 */
export const sheetsWithEmptyCells = async (ctx: WorklistContext) => {
  const { scope, openTerm } = ctx
  if (!openTerm || scope.taught.length === 0) return []
  const classIds = [...new Set(scope.taught.map((p) => p.classId))]
  const subjectIds = [...new Set(scope.taught.map((p) => p.subjectId))]
  const [classes, subjects, enrolments, grades, deadlines] = await Promise.all([
    ctx.find<Named>('classes', { id: { in: classIds } }, { name: true, grade: true }),
    ctx.find<Named>('subjects', { id: { in: subjectIds } }, { name: true, regularAssessments: true }),
    seatHolders(ctx, classIds),
    ctx.find<Record<string, unknown>>(
      'grades',
      { and: [{ term: { equals: openTerm.id } }, { class: { in: classIds } }, { subject: { in: subjectIds } }] },
      { student: true, class: true, subject: true, regular: true, midterm: true, final: true },
    ),
    ctx.find<EntryDeadline>(
      'grade-entry-deadlines',
      { term: { equals: openTerm.id } },
      { column: true, dueDate: true },
    ),
  ])
  const cells: GradeCells[] = grades.map((g) => ({
    id: g.id as number,
    studentId: relationId(g.student)!,
    classId: relationId(g.class)!,
    subjectId: relationId(g.subject)!,
    regular: g.regular as string[] | null,
    midterm: g.midterm as string | null,
    final: g.final as string | null,
  }))
  const sheets = scope.taught.flatMap((pair) => {
    const klass = classes.find((c) => String(c.id) === String(pair.classId))
    const subject = subjects.find((s) => String(s.id) === String(pair.subjectId))
    if (!klass || !subject) return []
    const requiredRegular = Number(subject.regularAssessments?.[`grade${klass.grade}`] ?? 0)
    const studentIds = enrolments
      .filter((e) => String(relationId(e.class)) === String(klass.id))
      .map((e) => relationId(e.student)!)
    return [
      {
        klass,
        subject,
        sheet: { teacherId: 0, classId: klass.id, subjectId: subject.id, requiredRegular, studentIds },
      },
    ]
  })
  const rows = computeEntryProgress(
    sheets.map((s) => s.sheet),
    cells,
    [],
    ctx.now.toISOString(),
  )
  const byStudent = new Map(cells.map((g) => [`${g.classId}|${g.subjectId}|${g.studentId}`, g]))
  const passed = passedDeadlines(deadlines, ctx.now)
  return sheets
    .map((s, i) => {
      const emptyByColumn = s.sheet.studentIds.reduce(
        (sum, student) =>
          addEmptyCells(
            sum,
            emptyCellsOf(byStudent.get(`${s.klass.id}|${s.subject.id}|${student}`), s.sheet.requiredRegular),
          ),
        NO_EMPTY_CELLS,
      )
      const overdue = overdueCells(emptyByColumn, passed)
      return {
        ...s,
        empty: rows[i].required - rows[i].entered,
        required: rows[i].required,
        overdue: {
          ...overdue,
          text: overdue.columns
            .map((column) => `${ENTRY_COLUMN_LABELS[column]} hết hạn ${vietnamDate(passed[column]!.dueDate)}`)
            .join(', '),
        },
      }
    })
    .filter((s) => s.empty > 0)
}

export const teacherItems = async (ctx: WorklistContext): Promise<WorklistItem[]> => {
  const me = ctx.req.user!.id
  const items: WorklistItem[] = []
  const { openTerm } = ctx
  for (const s of await sheetsWithEmptyCells(ctx)) {
    items.push({
      key: `sheet-${s.klass.id}-${s.subject.id}`,
      title: `Nhập điểm ${s.subject.name} lớp ${s.klass.name}, ${openTerm!.name}`,
      count: s.empty,
      detail:
        `Còn ${s.empty} ô trống trong ${s.required} ô.` +
        (s.overdue.count > 0 ? ` ${s.overdue.count} ô đã quá hạn nhập (${s.overdue.text}).` : ''),
      href: sheetHref(s.klass.id, s.subject.id, openTerm!.id),
      tone: s.overdue.count > 0 ? 'warning' : 'todo',
    })
  }
  const [reminders, pending, decided, sentBack] = await Promise.all([
    ctx.count('grade-reminders', { and: [{ teacher: { equals: me } }, { read: { not_equals: true } }] }),
    ctx.count('grade-corrections', { and: [{ requestedBy: { equals: me } }, { status: { equals: 'pending' } }] }),
    ctx.find<{ status: string; decidedAt?: string }>(
      'grade-corrections',
      {
        and: [
          { requestedBy: { equals: me } },
          { status: { in: ['approved', 'rejected'] } },
          { decidedAt: { greater_than: new Date(ctx.now.getTime() - 30 * 86400_000).toISOString() } },
        ],
      },
      { status: true, decidedAt: true },
    ),
    ctx.count('articles', { and: [{ author: { equals: me } }, { reviewStage: { equals: 'changes-requested' } }] }),
  ])
  if (reminders > 0)
    items.push({
      key: 'reminders',
      title: 'Nhắc nhập điểm chưa đọc',
      count: reminders,
      href: listHref('grade-reminders', { teacher: { equals: me }, read: { not_equals: 'true' } }),
      tone: 'warning',
    })
  if (pending > 0)
    items.push({
      key: 'own-corrections-pending',
      title: 'Đề nghị điều chỉnh điểm đang chờ duyệt',
      count: pending,
      href: listHref('grade-corrections', { requestedBy: { equals: me }, status: { equals: 'pending' } }),
      tone: 'info',
    })
  if (decided.length > 0) {
    const approved = decided.filter((d) => d.status === 'approved').length
    items.push({
      key: 'own-corrections-decided',
      title: 'Đề nghị điều chỉnh điểm đã có kết quả (30 ngày qua)',
      count: decided.length,
      detail: `${approved} được duyệt, ${decided.length - approved} bị từ chối.`,
      href: listHref('grade-corrections', { requestedBy: { equals: me }, status: { not_equals: 'pending' } }),
      tone: 'info',
    })
  }
  if (sentBack > 0)
    items.push({
      key: 'articles-sent-back',
      title: 'Bài viết được trả lại để sửa',
      count: sentBack,
      href: listHref('articles', { author: { equals: me }, reviewStage: { equals: 'changes-requested' } }),
      tone: 'todo',
    })
  return items
}

/** This month's attendance and the open term's conduct not yet entered, per homeroom class. */
export const homeroomItems = async (ctx: WorklistContext, month: string): Promise<WorklistItem[]> => {
  const { scope, openTerm } = ctx
  if (scope.homeroomClassIds.length === 0) return []
  const classIds = scope.homeroomClassIds
  const [classes, enrolments, attendance, conduct, yearEnd] = await Promise.all([
    ctx.find<Named>('classes', { id: { in: classIds } }, { name: true }),
    seatHolders(ctx, classIds),
    ctx.find<{ student: unknown; class: unknown }>(
      'attendance',
      { and: [{ class: { in: classIds } }, { month: { equals: month } }] },
      { student: true, class: true },
    ),
    openTerm
      ? ctx.find<{ student: unknown; class: unknown }>(
          'conduct',
          { and: [{ class: { in: classIds } }, { term: { equals: openTerm.id } }] },
          { student: true, class: true },
        )
      : Promise.resolve([]),
    // In term II the homeroom teacher prepares the year-end: results already proposed (or further).
    openTerm?.term === 'II'
      ? ctx.find<{ student: unknown; class: unknown }>(
          'year-end-results',
          { and: [{ class: { in: classIds } }, { status: { in: ['proposed', 'approved', 'closed'] } }] },
          { student: true, class: true },
        )
      : Promise.resolve(null),
  ])
  const items: WorklistItem[] = []
  // Guardians' messages of the homeroom classes not yet answered (answering marks them read).
  const unanswered = await ctx.count('guardian-messages', {
    and: [{ class: { in: classIds } }, { direction: { equals: 'from-guardian' } }, { readAt: { exists: false } }],
  })
  if (unanswered > 0)
    items.push({
      key: 'guardian-messages',
      title: 'Tin nhắn của phụ huynh chưa trả lời',
      count: unanswered,
      detail: 'Mở tin nhắn và bấm "Trả lời".',
      href: listHref('guardian-messages', { direction: { equals: 'from-guardian' }, readAt: { exists: 'false' } }),
      tone: 'todo',
    })
  const [yyyy, mm] = month.split('-')
  for (const klass of classes) {
    const students = enrolments
      .filter((e) => String(relationId(e.class)) === String(klass.id))
      .map((e) => String(relationId(e.student)))
    const has = (records: Array<{ student: unknown; class: unknown }>) =>
      new Set(
        records
          .filter((r) => String(relationId(r.class)) === String(klass.id))
          .map((r) => String(relationId(r.student))),
      )
    const attended = has(attendance)
    const missingAttendance = students.filter((s) => !attended.has(s)).length
    if (missingAttendance > 0)
      items.push({
        key: `attendance-${klass.id}`,
        title: `Chuyên cần tháng ${mm}/${yyyy} lớp ${klass.name}`,
        count: missingAttendance,
        detail: `${missingAttendance} học sinh chưa có số buổi nghỉ của tháng.`,
        href: listHref('attendance', { class: { equals: klass.id }, month: { equals: month } }),
        tone: 'todo',
      })
    if (yearEnd) {
      const proposed = has(yearEnd)
      const notProposed = students.filter((s) => !proposed.has(s)).length
      if (notProposed > 0)
        items.push({
          key: `year-end-${klass.id}`,
          title: `Đề xuất kết quả cuối năm lớp ${klass.name}`,
          count: notProposed,
          detail: 'Xem mục còn thiếu, tính kết quả và đề xuất lên hiệu trưởng.',
          href: `/admin/cuoi-nam?class=${klass.id}`,
          tone: 'todo',
        })
    }
    if (!openTerm) continue
    const rated = has(conduct)
    const missingConduct = students.filter((s) => !rated.has(s)).length
    if (missingConduct > 0)
      items.push({
        key: `conduct-${klass.id}`,
        title: `Kết quả rèn luyện ${openTerm.name} lớp ${klass.name}`,
        count: missingConduct,
        detail: `${missingConduct} học sinh chưa được đánh giá rèn luyện.`,
        href: listHref('conduct', { class: { equals: klass.id }, term: { equals: openTerm.id } }),
        tone: 'todo',
      })
  }
  return items
}
