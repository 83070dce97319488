import { sql } from '@payloadcms/db-postgres'

import { requiredRegularFilled } from '@/domain/grading'
import { intArray, type SqlExecutor } from '@/lib/sql'

import { seated } from './progressSql'

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
 * theirs that hold a value, and the cells entered in `month` (its first day, Vietnam's calendar).
 * System reads of the classes of `sheets` (the caller's scope is applied by loadProgress). The cells
 * come from the sheets' tallies and month entries, one row a sheet, kept by PostgreSQL as grades and
 * enrolments change (migration 20261203_150000_grade_sheet_tallies): they cost the same whatever the
 * number of grades or of their changes.
 */
export const sheetCounts = async (
  db: SqlExecutor,
  termId: number,
  sheets: Array<{ class: number; subject: number; req: number }>,
  month: string,
): Promise<Map<string, SheetCount>> => {
  if (sheets.length === 0) return new Map()
  const classes = intArray(new Set(sheets.map((s) => s.class)))
  const [seats, tallies, entries] = await Promise.all([
    db.execute(sql`SELECT e.class_id, count(*) AS students FROM enrolments e
      WHERE e.class_id = ANY(${classes}::int[]) AND ${seated(sql`e`)} GROUP BY e.class_id`),
    db.execute(sql`
      SELECT class_id, subject_id, seated_masks, midterm_entered, final_entered FROM grade_sheet_tallies
      WHERE term_id = ${termId} AND class_id = ANY(${classes}::int[])`),
    db.execute(sql`SELECT class_id, subject_id, entered FROM grade_sheet_month_entries
      WHERE term_id = ${termId} AND month = ${month}::date AND class_id = ANY(${classes}::int[])`),
  ])
  const students = new Map(seats.rows.map((r) => [Number(r.class_id), Number(r.students)]))
  const tallyOf = new Map(tallies.rows.map((r) => [key(r.class_id, r.subject_id), r]))
  const monthOf = new Map(entries.rows.map((r) => [key(r.class_id, r.subject_id), Number(r.entered)]))
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
