import { sql } from '@payloadcms/db-postgres'

import { cellChanges, type GradeChange } from '@/domain/grading'
import type { SqlExecutor } from '@/lib/sql'

import { gradeOfEntry } from './progressSql'

const CELLS = ['regular', 'midterm', 'final'] as const

/**
 * A grade's audit entry (`changes`: the audit trail's list of `{ field, old, new }`) as the domain's
 * change: only the cells, and a cell present in the entry present on both sides (a create has no old
 * value: empty before), so that `cellChanges` counts exactly what the entry did.
 */
export const changeOfEntry = (changes: unknown): Pick<GradeChange, 'before' | 'after'> => {
  const before: GradeChange['before'] = {}
  const after: GradeChange['after'] = {}
  for (const c of Array.isArray(changes) ? (changes as Array<Record<string, unknown>>) : []) {
    const field = CELLS.find((f) => f === c?.field)
    if (!field) continue
    before[field] = c.old ?? null
    after[field] = c.new ?? null
  }
  return { before, after }
}

/**
 * Per grade of the term: cells changed (value → another value or empty) ever. Only updates can
 * change a value (a create has no old value), so only the update entries of grades are read, and
 * only those since the term's first grade was created (a grade's entries come after it; a day's
 * margin for the clocks of several instances), found by date like the month's entries, so earlier
 * years' history is not read; each entry's grade is looked up by primary key (OFFSET 0: a lookup
 * per entry, not a hash of the term's grades); counted by `cellChanges`. A system read: the caller
 * (the principal) sees the whole school.
 */
export const cellsChangedPerGrade = async (db: SqlExecutor, termId: number) => {
  const { rows } = await db.execute(sql`
    SELECT g.id, g.student_id, g.class_id, g.subject_id, a.changes FROM audit_log a
    CROSS JOIN LATERAL (SELECT g.id, g.student_id, g.class_id, g.subject_id FROM grades g
      WHERE g.id = ${gradeOfEntry(sql`a`)} AND g.term_id = ${termId} OFFSET 0) g
    WHERE a.collection = 'grades' AND a.action = 'update'
      AND a.created_at >= (SELECT min(created_at) - interval '1 day' FROM grades WHERE term_id = ${termId})`)
  const perGrade = new Map<
    number,
    { id: number; studentId: number; classId: number; subjectId: number; changes: number }
  >()
  for (const r of rows) {
    const id = Number(r.id)
    const grade = perGrade.get(id) ?? {
      id,
      studentId: Number(r.student_id),
      classId: Number(r.class_id),
      subjectId: Number(r.subject_id),
      changes: 0,
    }
    grade.changes += cellChanges(changeOfEntry(r.changes)).changed
    perGrade.set(id, grade)
  }
  return [...perGrade.values()].sort((a, b) => a.id - b.id)
}
