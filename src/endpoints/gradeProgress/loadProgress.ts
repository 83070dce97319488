import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { entryProgressScope, seesGradeAnomalies } from '@/access/gradebook'
import { relationId } from '@/access/relation-id'
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
  type ProgressRow,
  termJumpAnomalies,
} from '@/domain/grading'
import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'
import { intArray, type SqlExecutor, sqlOf } from '@/lib/sql'

import { auditCellsChanged, auditCellsEnteredSince, tenthsOf } from './progressSql'

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

const startOfMonth = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 7 * 3600 * 1000).toISOString() // Vietnam, UTC+7

const num = (v: unknown) => Number(v ?? 0)

/**
 * Grade entry progress of a term per teacher × class × subject, with the last reminder of each,
 * and (principal only) the term's anomalies. The caller's scope is checked here: the whole school
 * for the principal and academic vice principal, the department's teachers for a department head.
 * Everything is counted by aggregate queries (system reads: the report is counts and names the caller
 * may see), so the time grows with the sheets shown, not with the grades or their history.
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
  const { rows: assignments } = await db.execute(sql`
    SELECT ta.teacher_id, ta.class_id, ta.subject_id, c.name AS class_name, s.name AS subject_name,
      coalesce(u.full_name, '') AS teacher_name,
      coalesce(CASE c.grade::int WHEN 6 THEN s.regular_assessments_grade6 WHEN 7 THEN s.regular_assessments_grade7
        WHEN 8 THEN s.regular_assessments_grade8 WHEN 9 THEN s.regular_assessments_grade9 END, 0)::int AS required_regular
    FROM teaching_assignments ta JOIN classes c ON c.id = ta.class_id JOIN subjects s ON s.id = ta.subject_id
    LEFT JOIN users u ON u.id = ta.teacher_id
    WHERE ${sql.join(where, sql` AND `)}`)
  const anomaliesWanted = options.anomalies && seesGradeAnomalies(req.user)
  const sheetKey = (classId: unknown, subjectId: unknown) => `${classId}|${subjectId}`
  const sheets = [
    ...new Map(
      assignments.map((a) => [
        sheetKey(a.class_id, a.subject_id),
        { class: num(a.class_id), subject: num(a.subject_id), req: num(a.required_regular) },
      ]),
    ).values(),
  ]
  const [counts, reminders, anomalies, deadlines] = await Promise.all([
    sheetCounts(db, term.id, sheets, startOfMonth(now)),
    lastReminders(db, term.id, [...new Set(assignments.map((a) => num(a.teacher_id)))]),
    anomaliesWanted ? namedAnomalies(req, db, term) : undefined,
    termDeadlines(db, term.id),
  ])
  const rows = assignments
    .map((a) => {
      const count = counts.get(sheetKey(a.class_id, a.subject_id))
      const students = num(count?.students)
      const required = (num(a.required_regular) + 2) * students
      const empty: EmptyCells = {
        regular: num(a.required_regular) * students - num(count?.regular_entered),
        midterm: students - num(count?.midterm_entered),
        final: students - num(count?.final_entered),
      }
      const entered = required - empty.regular - empty.midterm - empty.final
      const row: ProgressRow = {
        teacherId: num(a.teacher_id),
        classId: num(a.class_id),
        subjectId: num(a.subject_id),
        required,
        entered,
        enteredThisMonth: num(count?.month_entered),
        percent: required === 0 ? 100 : divideHalfUp(entered * 100, required),
      }
      return {
        ...row,
        className: String(a.class_name ?? ''),
        subjectName: String(a.subject_name ?? ''),
        teacherName: String(a.teacher_name ?? ''),
        overdue: overdueCells(empty, deadlines, now).count,
        lastReminder: reminders.get([row.teacherId, row.classId, row.subjectId].join('|')) ?? null,
      }
    })
    .sort(
      (a, b) =>
        a.className.localeCompare(b.className, 'vi') ||
        a.subjectName.localeCompare(b.subjectName, 'vi') ||
        a.teacherName.localeCompare(b.teacherName, 'vi'),
    )
  const report: ProgressReport = { ...head, rows }
  if (anomalies) report.anomalies = anomalies
  return report
}

/**
 * Per sheet (class × subject): the students holding a seat (latest record), the required cells of
 * theirs that hold a value, and the cells entered since the month started (from the audit log).
 * Each part is aggregated once for all sheets (seats per class, cells per sheet, entries per grade)
 * and the parts joined to the sheets: no query per sheet.
 */
const sheetCounts = async (
  db: SqlExecutor,
  termId: number,
  sheets: Array<{ class: number; subject: number; req: number }>,
  monthStart: string,
) => {
  if (sheets.length === 0) return new Map<string, Record<string, unknown>>()
  const { rows } = await db.execute(sql`
    WITH sheet AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(sheets)}::jsonb) AS s(class int, subject int, req int)),
    seat AS (
      SELECT e.class_id, e.student_id FROM enrolments e
      WHERE e.is_latest AND e.status::text = ANY(${`{${SEAT_HOLDING_STATUSES.join(',')}}`}::text[])
        AND e.class_id IN (SELECT class FROM sheet)),
    seats AS (SELECT class_id, count(*) AS students FROM seat GROUP BY class_id),
    g AS (
      SELECT g.id, g.class_id, g.subject_id,
        (SELECT count(*) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(g.regular) = 'array' THEN g.regular ELSE '[]' END)
           WITH ORDINALITY AS r(v, i) WHERE r.i <= sh.req AND jsonb_typeof(r.v) = 'string' AND btrim(r.v #>> '{}') <> '')
          AS regular_entered,
        (btrim(coalesce(g.midterm, '')) <> '')::int AS midterm_entered, (btrim(coalesce(g.final, '')) <> '')::int AS final_entered
      FROM grades g JOIN sheet sh ON sh.class = g.class_id AND sh.subject = g.subject_id
      WHERE g.term_id = ${termId}
        AND EXISTS (SELECT 1 FROM seat WHERE seat.class_id = g.class_id AND seat.student_id = g.student_id)),
    cells AS (SELECT class_id, subject_id, sum(regular_entered) AS regular_entered, sum(midterm_entered) AS midterm_entered,
        sum(final_entered) AS final_entered FROM g GROUP BY class_id, subject_id),
    month AS (${auditCellsEnteredSince(sql`g`, monthStart)})
    SELECT sh.class, sh.subject, coalesce(seats.students, 0) AS students,
      coalesce(cells.regular_entered, 0) AS regular_entered, coalesce(cells.midterm_entered, 0) AS midterm_entered,
      coalesce(cells.final_entered, 0) AS final_entered,
      coalesce(month.month_entered, 0) AS month_entered
    FROM sheet sh LEFT JOIN seats ON seats.class_id = sh.class
      LEFT JOIN cells ON cells.class_id = sh.class AND cells.subject_id = sh.subject
      LEFT JOIN month ON month.class_id = sh.class AND month.subject_id = sh.subject`)
  return new Map(rows.map((r) => [`${r.class}|${r.subject}`, r]))
}

/** The term's entry deadlines (every staff member reads them). */
const termDeadlines = async (db: SqlExecutor, termId: number): Promise<EntryDeadline[]> => {
  const { rows } = await db.execute(sql`SELECT "column", due_date FROM grade_entry_deadlines WHERE term_id = ${termId}`)
  return rows.map((r) => ({
    column: r.column as EntryDeadline['column'],
    dueDate: (r.due_date instanceof Date ? r.due_date : new Date(String(r.due_date))).toISOString(),
  }))
}

/** The last reminder of each teacher × class × subject in the term, and who sent it. */
const lastReminders = async (db: SqlExecutor, termId: number, teachers: number[]) => {
  if (teachers.length === 0) return new Map<string, { at: string; by: string }>()
  const { rows } = await db.execute(sql`
    SELECT DISTINCT ON (r.teacher_id, r.class_id, r.subject_id) r.teacher_id, r.class_id, r.subject_id, r.created_at,
      coalesce(u.full_name, '') AS by
    FROM grade_reminders r LEFT JOIN users u ON u.id = r.sent_by_id
    WHERE r.term_id = ${termId} AND r.teacher_id = ANY(${intArray(teachers)}::int[])
    ORDER BY r.teacher_id, r.class_id, r.subject_id, r.created_at DESC, r.id DESC`)
  return new Map(
    rows.map((r) => [
      [r.teacher_id, r.class_id, r.subject_id].join('|'),
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
    db.execute(sql`
      SELECT class_id, subject_id, sum(t) AS sum, count(t) AS count
      FROM (SELECT class_id, subject_id, ${tenthsOf(sql`average`)} AS t FROM grades WHERE term_id = ${term.id}) x
      WHERE t IS NOT NULL GROUP BY class_id, subject_id ORDER BY subject_id, class_id`),
    db.execute(sql`
      WITH counts AS (${auditCellsChanged(sql`SELECT id FROM grades WHERE term_id = ${term.id}`)})
      SELECT g.id, g.student_id, g.class_id, g.subject_id, c.changed FROM counts c JOIN grades g ON g.id = c.grade_id
      WHERE c.changed >= ${thresholds.manyChanges} ORDER BY g.id`),
    term.term === 'II'
      ? db.execute(sql`
          SELECT cur.student_id, cur.class_id, cur.subject_id, ${tenthsOf(sql`prev.average`)} AS previous,
            ${tenthsOf(sql`cur.average`)} AS current
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
    ...manyChangesAnomalies(
      changed.rows.map((r) => ({
        id: num(r.id),
        studentId: num(r.student_id),
        classId: num(r.class_id),
        subjectId: num(r.subject_id),
        changes: num(r.changed),
      })),
      thresholds,
    ),
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
