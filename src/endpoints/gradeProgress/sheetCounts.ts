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
 * System reads of the classes of `sheets` (the caller's scope is applied by loadProgress). Three
 * aggregates whatever the number of sheets; each reads the term's grades (or the month's audit
 * entries) once by hash or index, so the time follows the rows, with no per-row subquery.
 */
export const sheetCounts = async (
  db: SqlExecutor,
  termId: number,
  sheets: Array<{ class: number; subject: number; req: number }>,
  monthStart: string,
): Promise<Map<string, SheetCount>> => {
  if (sheets.length === 0) return new Map()
  const classes = [...new Set(sheets.map((s) => s.class))]
  const seat = sql`SELECT e.class_id, e.student_id FROM enrolments e
    WHERE e.class_id = ANY(${intArray(classes)}::int[]) AND ${seated(sql`e`)}`
  const [seats, cells, month] = await Promise.all([
    db.execute(sql`SELECT class_id, count(*) AS students FROM (${seat}) s GROUP BY class_id`),
    // Grouped by the stored mask of filled regular cells too (a few masks a sheet): each sheet then
    // counts its own first positions, and no grade's jsonb is read.
    db.execute(sql`
      SELECT g.class_id, g.subject_id, coalesce(g.regular_filled, 0) AS mask, count(*) AS grades,
        count(*) FILTER (WHERE btrim(g.midterm) <> '') AS midterm_entered,
        count(*) FILTER (WHERE btrim(g.final) <> '') AS final_entered
      FROM grades g
      WHERE g.term_id = ${termId} AND (g.class_id, g.student_id) IN (${seat})
      GROUP BY 1, 2, 3`),
    // This month's entries only, found by date (however long the grades' history), each entry's grade
    // by primary key (OFFSET 0 keeps it a lookup per entry rather than a hash of the term's grades).
    db.execute(sql`
      SELECT g.class_id, g.subject_id, a.changes FROM audit_log a
      CROSS JOIN LATERAL (SELECT g.class_id, g.subject_id, g.student_id FROM grades g
        WHERE g.id = ${gradeOfEntry(sql`a`)} AND g.term_id = ${termId} OFFSET 0) g
      WHERE a.collection = 'grades' AND a.action IN ('create', 'update') AND a.created_at >= ${monthStart}::timestamptz
        AND (g.class_id, g.student_id) IN (${seat})`),
  ])
  const students = new Map(seats.rows.map((r) => [Number(r.class_id), Number(r.students)]))
  const cellsOf = new Map<string, Array<Record<string, unknown>>>()
  for (const r of cells.rows) {
    const k = key(r.class_id, r.subject_id)
    if (!cellsOf.has(k)) cellsOf.set(k, [])
    cellsOf.get(k)!.push(r)
  }
  const monthOf = new Map<string, number>()
  for (const r of month.rows) {
    const k = key(r.class_id, r.subject_id)
    monthOf.set(k, (monthOf.get(k) ?? 0) + cellChanges(changeOfEntry(r.changes)).entered)
  }
  return new Map(
    sheets.map((s) => {
      const k = key(s.class, s.subject)
      const groups = cellsOf.get(k) ?? []
      const total = (pick: (r: Record<string, unknown>) => number) => groups.reduce((sum, r) => sum + pick(r), 0)
      return [
        k,
        {
          students: students.get(s.class) ?? 0,
          regularEntered: total((r) => Number(r.grades) * requiredRegularFilled(Number(r.mask), s.req)),
          midtermEntered: total((r) => Number(r.midterm_entered)),
          finalEntered: total((r) => Number(r.final_entered)),
          monthEntered: monthOf.get(k) ?? 0,
        },
      ]
    }),
  )
}
