import { sql } from '@payloadcms/db-postgres'

import { cellChanges, requiredRegularFilled } from '@/domain/grading'
import { intArray, type SqlExecutor } from '@/lib/sql'

import { changeOfEntry } from './gradeHistory'
import { gradeOfEntry, seated } from './progressSql'

export type SheetCount = {
  students: number
  regularEntered: number
  midtermEntered: number
  finalEntered: number
  monthEntered: number
}

const key = (classId: unknown, subjectId: unknown) => `${classId}|${subjectId}`

/**
 * Per sheet (class × subject): the students holding a seat (latest record), the required cells of
 * theirs that hold a value, and the cells entered since the month started (from the audit log).
 * System reads of the classes of `sheets` (the caller's scope is applied by loadProgress). The cells
 * come from the sheets' tallies (one row a sheet, kept by PostgreSQL as grades and enrolments change:
 * migration 20261203_150000_grade_sheet_tallies), so they cost the same whatever the term's grades;
 * the month's entries are found by date, each entry's grade by primary key.
 */
export const sheetCounts = async (
  db: SqlExecutor,
  termId: number,
  sheets: Array<{ class: number; subject: number; req: number }>,
  monthStart: string,
): Promise<Map<string, SheetCount>> => {
  if (sheets.length === 0) return new Map()
  const classes = intArray(new Set(sheets.map((s) => s.class)))
  const seat = sql`SELECT e.class_id, e.student_id FROM enrolments e
    WHERE e.class_id = ANY(${classes}::int[]) AND ${seated(sql`e`)}`
  const [seats, tallies, month] = await Promise.all([
    db.execute(sql`SELECT class_id, count(*) AS students FROM (${seat}) s GROUP BY class_id`),
    db.execute(sql`
      SELECT class_id, subject_id, seated_masks, midterm_entered, final_entered FROM grade_sheet_tallies
      WHERE term_id = ${termId} AND class_id = ANY(${classes}::int[])`),
    // OFFSET 0 keeps each entry's grade a lookup rather than a hash of the term's grades.
    db.execute(sql`
      SELECT g.class_id, g.subject_id, a.changes FROM audit_log a
      CROSS JOIN LATERAL (SELECT g.class_id, g.subject_id, g.student_id FROM grades g
        WHERE g.id = ${gradeOfEntry(sql`a`)} AND g.term_id = ${termId} OFFSET 0) g
      WHERE a.collection = 'grades' AND a.action IN ('create', 'update') AND a.created_at >= ${monthStart}::timestamptz
        AND (g.class_id, g.student_id) IN (${seat})`),
  ])
  const students = new Map(seats.rows.map((r) => [Number(r.class_id), Number(r.students)]))
  const tallyOf = new Map(tallies.rows.map((r) => [key(r.class_id, r.subject_id), r]))
  const monthOf = new Map<string, number>()
  for (const r of month.rows) {
    const k = key(r.class_id, r.subject_id)
    monthOf.set(k, (monthOf.get(k) ?? 0) + cellChanges(changeOfEntry(r.changes)).entered)
  }
  return new Map(
    sheets.map((s) => {
      const k = key(s.class, s.subject)
      const tally = tallyOf.get(k)
      const masks = Object.entries((tally?.seated_masks ?? {}) as Record<string, number>)
      return [
        k,
        {
          students: students.get(s.class) ?? 0,
          regularEntered: masks.reduce((sum, [mask, n]) => sum + n * requiredRegularFilled(Number(mask), s.req), 0),
          midtermEntered: Number(tally?.midterm_entered ?? 0),
          finalEntered: Number(tally?.final_entered ?? 0),
          monthEntered: monthOf.get(k) ?? 0,
        },
      ]
    }),
  )
}
