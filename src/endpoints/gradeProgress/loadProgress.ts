import type { PayloadRequest, Where } from 'payload'

import { entryProgressScope, seesGradeAnomalies } from '@/access/gradebook'
import { relationId } from '@/access/relation-id'
import { loadScope } from '@/access/scope'
import {
  computeEntryProgress,
  findGradeAnomalies,
  type GradeAnomaly,
  type GradeCells,
  type GradeChange,
  type ProgressRow,
} from '@/domain/grading'
import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'

export type ProgressFilters = { term: number; class?: number | null; subject?: number | null; teacher?: number | null }

export type ProgressReport = {
  term: { id: number; name: string }
  rows: Array<
    ProgressRow & {
      className: string
      subjectName: string
      teacherName: string
      lastReminder: { at: string; by: string } | null
    }
  >
  anomalies?: Array<GradeAnomaly & { className: string; subjectName: string; studentName?: string }>
}

const CELLS = ['regular', 'midterm', 'final'] as const

/** The grade changes an audit entry records (a create starts from empty cells). */
const changeOf = (entry: { documentId?: string | null; createdAt: string; changes?: unknown }): GradeChange | null => {
  if (!entry.documentId || !Array.isArray(entry.changes)) return null
  const before: GradeChange['before'] = {}
  const after: GradeChange['after'] = {}
  for (const c of entry.changes as Array<{ field?: string; old?: unknown; new?: unknown }>) {
    if (!CELLS.includes(c.field as (typeof CELLS)[number])) continue
    before[c.field as (typeof CELLS)[number]] = c.old ?? null
    after[c.field as (typeof CELLS)[number]] = c.new ?? null
  }
  return Object.keys(after).length > 0 ? { gradeId: entry.documentId, at: entry.createdAt, before, after } : null
}

/** Documents by id, none for no ids. A system read: callers check the reader's scope first. */
const byIds = async <S extends 'classes' | 'subjects' | 'students' | 'users'>(
  req: PayloadRequest,
  collection: S,
  ids: Array<number | string>,
  select: Record<string, true>,
) =>
  ids.length === 0
    ? []
    : ((
        await req.payload.find({
          collection,
          where: { id: { in: [...new Set(ids)] } },
          select,
          req,
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs as unknown as Array<{
        id: number
        name?: string
        fullName?: string
        grade?: number
        regularAssessments?: unknown
      }>) // system: names and counts for a report whose scope the caller's role decides

const startOfMonth = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 7 * 3600 * 1000).toISOString() // Vietnam, UTC+7

/**
 * Grade entry progress of a term per teacher × class × subject, with the last reminder of each,
 * and (principal only) the term's anomalies. The caller's scope is checked here: the whole school
 * for the principal and academic vice principal, the department's teachers for a department head.
 * Everything below is read as a system read: the report is counts and names the caller may see.
 * Returns null when the caller may not watch progress. `anomalies: false` skips them (a reminder
 * needs one row only).
 */
export const loadProgress = async (
  req: PayloadRequest,
  filters: ProgressFilters,
  options: { anomalies: boolean } = { anomalies: true },
  now = new Date(),
): Promise<ProgressReport | null | 'no-term'> => {
  const mode = entryProgressScope(req.user as never)
  if (!req.user || !mode) return null
  const { payload } = req
  const common = { req, depth: 0, pagination: false, overrideAccess: true } as const // system: the caller's scope is applied by hand (mode above)
  const term = await payload.findByID({ ...common, collection: 'terms', id: filters.term, disableErrors: true })
  if (!term) return 'no-term'
  const year = relationId(term.schoolYear)

  const and: Where[] = [{ schoolYear: { equals: year } }]
  if (filters.class) and.push({ class: { equals: filters.class } })
  if (filters.subject) and.push({ subject: { equals: filters.subject } })
  if (filters.teacher) and.push({ teacher: { equals: filters.teacher } })
  if (mode === 'department') {
    const members = (await loadScope(req)).departmentMemberIds
    if (members.length === 0) return { term: { id: term.id, name: term.name }, rows: [] }
    and.push({ teacher: { in: members } })
  }
  const assignments = (
    await payload.find({
      ...common,
      collection: 'teaching-assignments',
      where: { and },
      select: { teacher: true, class: true, subject: true },
    })
  ).docs
  const ids = (field: 'teacher' | 'class' | 'subject') => [
    ...new Set(assignments.map((a) => relationId(a[field] as never) as number)),
  ]
  const [classIds, subjectIds, teacherIds] = [ids('class'), ids('subject'), ids('teacher')]
  const anomaliesWanted = options.anomalies && seesGradeAnomalies(req.user as never)

  if (assignments.length === 0 && !anomaliesWanted) return { term: { id: term.id, name: term.name }, rows: [] }
  const [classes, subjects, teachers, enrolments, reminders] = await Promise.all([
    byIds(req, 'classes', classIds, { name: true, grade: true }),
    byIds(req, 'subjects', subjectIds, { name: true, regularAssessments: true }),
    byIds(req, 'users', teacherIds, { fullName: true }),
    classIds.length === 0
      ? []
      : payload
          .find({
            ...common,
            collection: 'enrolments',
            where: {
              and: [
                { class: { in: classIds } },
                { isLatest: { equals: true } },
                { status: { in: [...SEAT_HOLDING_STATUSES] } },
              ],
            },
            select: { student: true, class: true },
          })
          .then((r) => r.docs),
    teacherIds.length === 0
      ? []
      : payload
          .find({
            ...common,
            collection: 'grade-reminders',
            where: { and: [{ term: { equals: term.id } }, { teacher: { in: teacherIds } }] },
            sort: '-createdAt',
            depth: 1,
            select: { teacher: true, class: true, subject: true, sentBy: true, createdAt: true },
            populate: { users: { fullName: true } },
          })
          .then((r) => r.docs),
  ])
  // The term's grades: of the listed sheets, or the whole school when anomalies are wanted.
  const gradeWhere: Where[] = [{ term: { equals: term.id } }]
  if (!anomaliesWanted) gradeWhere.push({ class: { in: classIds } }, { subject: { in: subjectIds } }) // non-empty: no sheets returned above
  const grades = (
    await payload.find({
      ...common,
      collection: 'grades',
      where: { and: gradeWhere },
      select: { student: true, class: true, subject: true, regular: true, midterm: true, final: true, average: true },
    })
  ).docs.map((g): GradeCells => ({
    id: g.id,
    studentId: relationId(g.student)!,
    classId: relationId(g.class)!,
    subjectId: relationId(g.subject)!,
    regular: g.regular as string[] | null,
    midterm: g.midterm,
    final: g.final,
    average: g.average,
  }))
  const history =
    grades.length === 0
      ? []
      : (
          await payload.find({
            ...common,
            collection: 'audit-log',
            where: {
              and: [
                { collection: { equals: 'grades' } },
                { action: { in: ['create', 'update'] } },
                { documentId: { in: grades.map((g) => String(g.id)) } },
              ],
            },
            select: { documentId: true, changes: true, createdAt: true },
            sort: 'createdAt',
          })
        ).docs.flatMap((e) => changeOf(e) ?? [])

  const klass = new Map(classes.map((c) => [String(c.id), c]))
  const subject = new Map(subjects.map((s) => [String(s.id), s]))
  const teacher = new Map(teachers.map((u) => [String(u.id), u.fullName ?? '']))
  const students = new Map<string, number[]>()
  for (const e of enrolments)
    students.set(String(relationId(e.class)), [
      ...(students.get(String(relationId(e.class))) ?? []),
      relationId(e.student) as number,
    ])
  const requiredRegular = (subjectId: unknown, classId: unknown) =>
    Number(
      ((subject.get(String(subjectId))?.regularAssessments ?? {}) as Record<string, number | null>)[
        `grade${klass.get(String(classId))?.grade}`
      ] ?? 0,
    )

  const sheets = assignments.map((a) => ({
    teacherId: relationId(a.teacher)!,
    classId: relationId(a.class)!,
    subjectId: relationId(a.subject)!,
    requiredRegular: requiredRegular(relationId(a.subject), relationId(a.class)),
    studentIds: students.get(String(relationId(a.class))) ?? [],
  }))
  const lastReminder = new Map<string, { at: string; by: string }>()
  for (const r of reminders) {
    const k = [relationId(r.teacher as never), relationId(r.class as never), relationId(r.subject as never)].join('|')
    if (!lastReminder.has(k))
      lastReminder.set(k, { at: r.createdAt, by: (r.sentBy as { fullName?: string } | null)?.fullName ?? '' })
  }
  const rows = computeEntryProgress(sheets, grades, history, startOfMonth(now))
    .map((row) => ({
      ...row,
      className: klass.get(String(row.classId))?.name ?? '',
      subjectName: subject.get(String(row.subjectId))?.name ?? '',
      teacherName: teacher.get(String(row.teacherId)) ?? '',
      lastReminder: lastReminder.get([row.teacherId, row.classId, row.subjectId].join('|')) ?? null,
    }))
    .sort(
      (a, b) =>
        a.className.localeCompare(b.className, 'vi') ||
        a.subjectName.localeCompare(b.subjectName, 'vi') ||
        a.teacherName.localeCompare(b.teacherName, 'vi'),
    )
  const report: ProgressReport = { term: { id: term.id, name: term.name }, rows }
  if (anomaliesWanted) report.anomalies = await namedAnomalies(req, term, grades, history)
  return report
}

/** The principal's anomalies of the term, with the names the dashboard shows. */
const namedAnomalies = async (
  req: PayloadRequest,
  term: { id: number; schoolYear: unknown; term?: string | null },
  grades: GradeCells[],
  history: GradeChange[],
) => {
  const common = { req, depth: 0, pagination: false, overrideAccess: true } as const // system: the principal reads the whole gradebook and every student
  const previousTerm =
    term.term === 'II'
      ? (
          await req.payload.find({
            ...common,
            collection: 'terms',
            where: {
              and: [{ schoolYear: { equals: relationId(term.schoolYear as never) } }, { term: { equals: 'I' } }],
            },
            limit: 1,
          })
        ).docs[0]
      : undefined
  const previous = previousTerm
    ? (
        await req.payload.find({
          ...common,
          collection: 'grades',
          where: { term: { equals: previousTerm.id } },
          select: { student: true, subject: true, average: true },
        })
      ).docs.map((g) => ({ studentId: relationId(g.student)!, subjectId: relationId(g.subject)!, average: g.average }))
    : []
  const anomalies = findGradeAnomalies(grades, history, previous)
  const [classes, subjects, students] = await Promise.all([
    byIds(
      req,
      'classes',
      anomalies.map((a) => a.classId),
      { name: true },
    ),
    byIds(
      req,
      'subjects',
      anomalies.map((a) => a.subjectId),
      { name: true },
    ),
    byIds(
      req,
      'students',
      anomalies.flatMap((a) => ('studentId' in a ? [a.studentId] : [])),
      { fullName: true },
    ),
  ])
  const name = (docs: Array<{ id: number; name?: string; fullName?: string }>, id: unknown) => {
    const doc = docs.find((d) => String(d.id) === String(id))
    return doc?.name ?? doc?.fullName ?? ''
  }
  return anomalies.map((a) => ({
    ...a,
    className: name(classes, a.classId),
    subjectName: name(subjects, a.subjectId),
    ...('studentId' in a ? { studentName: name(students, a.studentId) } : {}),
  }))
}
