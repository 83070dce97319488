import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { entryProgressScope, seesGradeAnomalies } from '@/access/gradebook'
import { relationId } from '@/access/relation-id'
import { vietnamMonth } from '@/domain/calendar'
import { loadScope } from '@/access/scope'
import {
  classAverageAnomalies,
  DEFAULT_ANOMALY_THRESHOLDS,
  divideHalfUp,
  type EmptyCells,
  type EntryDeadline,
  type GradeAnomaly,
  manyChangesAnomalies,
  overdueCells,
  passedDeadlines,
  type ProgressRow,
  termJumpAnomalies,
} from '@/domain/grading'
import { intArray, type SqlExecutor, sqlOf } from '@/lib/sql'

import { cellsChangedPerGrade } from './gradeHistory'
import { loadProgressSheets } from './progressSheets'

export type ProgressFilters = { term: number; class?: number | null; subject?: number | null; teacher?: number | null }

export type ProgressReport = {
  term: { id: number; name: string }
  rows: Array<
    ProgressRow & {
      className: string
      subjectName: string
      teacherName: string
      /** Required cells still empty in the columns whose entry deadline has passed. */
      overdue: number
      lastReminder: { at: string; by: string } | null
    }
  >
  anomalies?: Array<GradeAnomaly & { className: string; subjectName: string; studentName?: string }>
}

const num = (v: unknown) => Number(v ?? 0)

// One collator for every comparison rather than `localeCompare(…, 'vi')` resolving the locale per call;
// equal names (a class's every subject) are not handed to it.
const collator = new Intl.Collator('vi')
const byName = (a: string, b: string) => (a === b ? 0 : collator.compare(a, b))

/**
 * Grade entry progress of a term per teacher × class × subject, with the last reminder of each,
 * and (principal only) the term's anomalies. The caller's scope is checked here: the whole school
 * for the principal and academic vice principal, the department's teachers for a department head.
 * Everything is read by system queries (the report is counts and names the caller may see): each
 * sheet's tally and month entries (one row a sheet, kept by PostgreSQL as grades are written), and
 * for the anomalies only the audit entries that matter (corrections), so the time follows the sheets
 * shown, not the number of grades or of their changes.
 * Returns null when the caller may not watch progress. `anomalies: false` skips them (a reminder
 * needs one row only).
 */
export const loadProgress = async (
  req: PayloadRequest,
  filters: ProgressFilters,
  options: { anomalies: boolean } = { anomalies: true },
  now = new Date(),
): Promise<ProgressReport | null | 'no-term'> => {
  const mode = entryProgressScope(req.user)
  if (!req.user || !mode) return null
  const term = await req.payload.findByID({
    collection: 'terms',
    id: filters.term,
    req,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // system: the caller's scope is applied by hand (mode above)
  })
  if (!term) return 'no-term'
  const head = { term: { id: term.id, name: term.name } }
  const members = mode === 'department' ? (await loadScope(req)).departmentMemberIds.map(Number) : null
  if (members && members.length === 0) return { ...head, rows: [] }
  const db = await sqlOf(req)
  const where = [
    sql`ta.school_year_id = ${relationId(term.schoolYear)}`,
    ...(filters.class ? [sql`ta.class_id = ${filters.class}`] : []),
    ...(filters.subject ? [sql`ta.subject_id = ${filters.subject}`] : []),
    ...(filters.teacher ? [sql`ta.teacher_id = ${filters.teacher}`] : []),
    ...(members ? [sql`ta.teacher_id = ANY(${intArray(members)}::int[])`] : []),
  ]
  const anomaliesWanted = options.anomalies && seesGradeAnomalies(req.user)
  const [sheets, reminders, anomalies, deadlines] = await Promise.all([
    loadProgressSheets(db, {
      termId: term.id,
      schoolYear: Number(relationId(term.schoolYear)),
      month: `${vietnamMonth(now)}-01`,
      where,
    }),
    lastReminders(db, term.id),
    anomaliesWanted ? namedAnomalies(req, db, term) : undefined,
    termDeadlines(db, term.id),
  ])
  const passed = passedDeadlines(deadlines, now)
  const rows = sheets
    .map((sheet) => {
      const { students, requiredRegular } = sheet
      const required = (requiredRegular + 2) * students
      const empty: EmptyCells = {
        regular: requiredRegular * students - sheet.regularEntered,
        midterm: students - sheet.midtermEntered,
        final: students - sheet.finalEntered,
      }
      const entered = required - empty.regular - empty.midterm - empty.final
      const { teacherId, classId, subjectId } = sheet
      return {
        teacherId,
        classId,
        subjectId,
        required,
        entered,
        enteredThisMonth: sheet.monthEntered,
        percent: required === 0 ? 100 : divideHalfUp(entered * 100, required),
        className: sheet.className,
        subjectName: sheet.subjectName,
        teacherName: sheet.teacherName,
        overdue: overdueCells(empty, passed).count,
        lastReminder: reminders.get(`${teacherId}|${classId}|${subjectId}`) ?? null,
      }
    })
    .sort(
      (a, b) =>
        byName(a.className, b.className) ||
        byName(a.subjectName, b.subjectName) ||
        byName(a.teacherName, b.teacherName),
    )
  const report: ProgressReport = { ...head, rows }
  if (anomalies) report.anomalies = anomalies
  return report
}

/** The term's entry deadlines (every staff member reads them). */
const termDeadlines = async (db: SqlExecutor, termId: number): Promise<EntryDeadline[]> => {
  const { rows } = await db.execute(sql`SELECT "column", due_date FROM grade_entry_deadlines WHERE term_id = ${termId}`)
  return rows.map((r) => ({
    column: r.column as EntryDeadline['column'],
    dueDate: (r.due_date instanceof Date ? r.due_date : new Date(String(r.due_date))).toISOString(),
  }))
}

/**
 * The last reminder of each teacher × class × subject in the term, and who sent it (the term's every
 * sheet: reminders are few, and the rows shown pick theirs).
 */
const lastReminders = async (db: SqlExecutor, termId: number) => {
  const { rows } = await db.execute(sql`
    SELECT DISTINCT ON (r.teacher_id, r.class_id, r.subject_id) r.teacher_id, r.class_id, r.subject_id, r.created_at,
      coalesce(u.full_name, '') AS by
    FROM grade_reminders r LEFT JOIN users u ON u.id = r.sent_by_id
    WHERE r.term_id = ${termId}
    ORDER BY r.teacher_id, r.class_id, r.subject_id, r.created_at DESC, r.id DESC`)
  return new Map(
    rows.map((r) => [
      `${r.teacher_id}|${r.class_id}|${r.subject_id}`,
      {
        at: (r.created_at instanceof Date ? r.created_at : new Date(String(r.created_at))).toISOString(),
        by: String(r.by),
      },
    ]),
  )
}

/** The principal's anomalies of the term (whole school), by aggregate queries, with the names the dashboard shows. */
const namedAnomalies = async (
  req: PayloadRequest,
  db: SqlExecutor,
  term: { id: number; schoolYear: unknown; term?: string | null },
) => {
  const thresholds = DEFAULT_ANOMALY_THRESHOLDS
  const [stats, changed, jumps] = await Promise.all([
    // The sheets' tallies hold each class average's sum and count (kept as grades change).
    db.execute(sql`
      SELECT class_id, subject_id, average_sum AS sum, average_count AS count FROM grade_sheet_tallies
      WHERE term_id = ${term.id} AND average_count > 0 ORDER BY subject_id, class_id`),
    cellsChangedPerGrade(db, term.id),
    term.term === 'II'
      ? db.execute(sql`
          SELECT cur.student_id, cur.class_id, cur.subject_id, score_tenths(prev.average) AS previous,
            score_tenths(cur.average) AS current
          FROM grades cur
          JOIN terms t ON t.school_year_id = ${relationId(term.schoolYear)} AND t.term = 'I'
          JOIN grades prev ON prev.term_id = t.id AND prev.student_id = cur.student_id AND prev.subject_id = cur.subject_id
          WHERE cur.term_id = ${term.id} ORDER BY cur.id`)
      : { rows: [] },
  ])
  const anomalies: GradeAnomaly[] = [
    ...classAverageAnomalies(
      stats.rows.map((r) => ({
        classId: num(r.class_id),
        subjectId: num(r.subject_id),
        sum: num(r.sum),
        count: num(r.count),
      })),
      thresholds,
    ),
    ...manyChangesAnomalies(changed, thresholds),
    ...termJumpAnomalies(
      jumps.rows
        .filter((r) => r.previous !== null && r.current !== null)
        .map((r) => ({
          studentId: num(r.student_id),
          classId: num(r.class_id),
          subjectId: num(r.subject_id),
          previous: num(r.previous),
          current: num(r.current),
        })),
      thresholds,
    ),
  ]
  const ids = (pick: (a: GradeAnomaly) => unknown[]) => intArray(new Set(anomalies.flatMap(pick).map(Number)))
  const names = async (table: 'classes' | 'subjects' | 'students', column: 'name' | 'full_name', list: string) =>
    new Map(
      (
        await db.execute(
          sql`SELECT id, ${sql.identifier(column)} AS name FROM ${sql.identifier(table)} WHERE id = ANY(${list}::int[])`,
        )
      ).rows.map((r) => [num(r.id), String(r.name ?? '')]),
    )
  const [classes, subjects, students] =
    anomalies.length === 0
      ? [new Map(), new Map(), new Map()]
      : await Promise.all([
          names(
            'classes',
            'name',
            ids((a) => [a.classId]),
          ),
          names(
            'subjects',
            'name',
            ids((a) => [a.subjectId]),
          ),
          names(
            'students',
            'full_name',
            ids((a) => ('studentId' in a ? [a.studentId] : [])),
          ),
        ])
  return anomalies.map((a) => ({
    ...a,
    className: classes.get(num(a.classId)) ?? '',
    subjectName: subjects.get(num(a.subjectId)) ?? '',
    ...('studentId' in a ? { studentName: students.get(num(a.studentId)) ?? '' } : {}),
  }))
}
