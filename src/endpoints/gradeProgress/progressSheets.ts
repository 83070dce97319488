import { sql } from '@payloadcms/db-postgres'

import { requiredRegularFilled } from '@/domain/grading'
import type { SqlExecutor } from '@/lib/sql'

import { seated } from './progressSql'

type SQL = ReturnType<typeof sql>

export type ProgressSheet = {
  teacherId: number
  classId: number
  subjectId: number
  className: string
  subjectName: string
  teacherName: string
  /** Regular assessments the subject requires in the class's grade. */
  requiredRegular: number
  /** Students holding a seat in the class (latest record). */
  students: number
  /** Their required cells holding a value, per column. */
  regularEntered: number
  midtermEntered: number
  finalEntered: number
  /** Cells entered in the month asked for. */
  monthEntered: number
}

/**
 * The teaching assignments matching `where` (conditions on `ta`, teaching_assignments), each with its
 * sheet's counts for the term: the sheet's tally and month entries (one row a sheet, kept by
 * PostgreSQL as grades and enrolments change: migration 20261203_150000_grade_sheet_tallies) and its
 * class's seats, in one statement, so the cost follows the sheets shown, not the number of grades or
 * of their changes. `month` is a month's first day (Vietnam's calendar). A system read: the caller's
 * scope is in `where` (loadProgress).
 */
export const loadProgressSheets = async (
  db: SqlExecutor,
  { termId, schoolYear, month, where }: { termId: number; schoolYear: number; month: string; where: SQL[] },
): Promise<ProgressSheet[]> => {
  const { rows } = await db.execute(sql`
    SELECT ta.teacher_id, ta.class_id, ta.subject_id, c.name AS class_name, s.name AS subject_name,
      coalesce(u.full_name, '') AS teacher_name,
      coalesce(CASE c.grade::int WHEN 6 THEN s.regular_assessments_grade6 WHEN 7 THEN s.regular_assessments_grade7
        WHEN 8 THEN s.regular_assessments_grade8 WHEN 9 THEN s.regular_assessments_grade9 END, 0)::int AS required_regular,
      coalesce(seats.students, 0) AS students, t.seated_masks, coalesce(t.midterm_entered, 0) AS midterm_entered,
      coalesce(t.final_entered, 0) AS final_entered, coalesce(m.entered, 0) AS month_entered
    FROM teaching_assignments ta JOIN classes c ON c.id = ta.class_id JOIN subjects s ON s.id = ta.subject_id
    LEFT JOIN users u ON u.id = ta.teacher_id
    LEFT JOIN (SELECT e.class_id, count(*) AS students FROM enrolments e JOIN classes ec ON ec.id = e.class_id
        WHERE ec.school_year_id = ${schoolYear} AND ${seated(sql`e`)} GROUP BY e.class_id) seats
      ON seats.class_id = ta.class_id
    LEFT JOIN grade_sheet_tallies t ON t.term_id = ${termId} AND t.class_id = ta.class_id AND t.subject_id = ta.subject_id
    LEFT JOIN grade_sheet_month_entries m ON m.term_id = ${termId} AND m.month = ${month}::date
      AND m.class_id = ta.class_id AND m.subject_id = ta.subject_id
    WHERE ${sql.join(where, sql` AND `)}`)
  return rows.map((r) => {
    const requiredRegular = Number(r.required_regular)
    const masks = Object.entries((r.seated_masks ?? {}) as Record<string, number>)
    return {
      teacherId: Number(r.teacher_id),
      classId: Number(r.class_id),
      subjectId: Number(r.subject_id),
      className: String(r.class_name ?? ''),
      subjectName: String(r.subject_name ?? ''),
      teacherName: String(r.teacher_name),
      requiredRegular,
      students: Number(r.students),
      regularEntered: masks.reduce(
        (sum, [mask, n]) => sum + n * requiredRegularFilled(Number(mask), requiredRegular),
        0,
      ),
      midtermEntered: Number(r.midterm_entered),
      finalEntered: Number(r.final_entered),
      monthEntered: Number(r.month_entered),
    }
  })
}
