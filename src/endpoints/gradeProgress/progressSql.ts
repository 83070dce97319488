import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

/**
 * SQL pieces of the progress report. A stored cell as tenths when it is a score (0–10, at most one
 * decimal, `.` or `,`), else NULL: the SQL twin of `parseScore` for stored text.
 */
export const tenthsOf = (column: SQL): SQL => sql`(CASE WHEN btrim(${column}) ~ '^[0-9]{1,3}([.,][0-9])?$' THEN
  nullif(least(split_part(translate(btrim(${column}), ',', '.'), '.', 1)::int * 10
    + coalesce(nullif(split_part(translate(btrim(${column}), ',', '.'), '.', 2), '')::int, 0), 101), 101) END)`

/** A cell holding a value (a missing one, SQL NULL, is empty: never NULL, so NOT works). */
const filled = (cell: SQL): SQL =>
  sql`coalesce(jsonb_typeof(${cell}) = 'string' AND btrim(${cell} #>> '{}') <> '', false)`
const arrayOr = (list: SQL): SQL => sql`(CASE WHEN jsonb_typeof(${list}) = 'array' THEN ${list} ELSE '[]' END)`

/**
 * The number of cells of one audit entry (`a`) that `counts` (a condition on `o` and `n`, a cell's
 * old and new value), the SQL twin of `cellChanges` in `src/domain/grading/progress.ts`: mid-term and
 * end-of-term, then each regular assessment by position (`side`: the list walked, the one whose cells
 * must hold a value, so positions past its end count as empty there).
 */
const entryCells = (counts: SQL, side: 'old' | 'new'): SQL => {
  const o = side === 'old' ? sql`r.v` : sql`(c -> 'old' -> (r.i::int - 1))`
  const n = side === 'new' ? sql`r.v` : sql`(c -> 'new' -> (r.i::int - 1))`
  return sql`(SELECT coalesce(sum(CASE
      WHEN c ->> 'field' IN ('midterm', 'final') THEN (SELECT (${counts})::int FROM (SELECT c -> 'old' AS o, c -> 'new' AS n) x)
      WHEN c ->> 'field' = 'regular' THEN (SELECT count(*) FROM jsonb_array_elements(${arrayOr(sql`(c -> ${sql.raw(`'${side}'`)})`)})
        WITH ORDINALITY r(v, i), LATERAL (SELECT ${o} AS o, ${n} AS n) x WHERE ${counts})
      ELSE 0 END), 0)
    FROM jsonb_array_elements(${arrayOr(sql`a.changes`)}) c)`
}

/**
 * Per sheet (class × subject of `grades`, a relation of grades with `id`, `class_id`, `subject_id`):
 * cells entered (empty → value) in the grades' audit entries since `since`. One aggregate, the
 * entries reached from each grade by the (collection, document) index and only those of the period
 * counted, whatever the length of the grades' history; no list of ids sent.
 */
export const auditCellsEnteredSince = (grades: SQL, since: string): SQL => sql`
  SELECT g.class_id, g.subject_id,
    sum(${entryCells(sql`${filled(sql`x.n`)} AND NOT ${filled(sql`x.o`)}`, 'new')}) AS month_entered
  FROM ${grades} g JOIN audit_log a ON a.collection = 'grades' AND a.document_id = g.id::text
  WHERE a.action IN ('create', 'update') AND a.created_at >= ${since}::timestamptz
  GROUP BY g.class_id, g.subject_id`

/**
 * Per grade: cells changed (value → another value or empty) ever. Only updates can change a value (a
 * create has no old value), so only the update entries are read.
 */
export const auditCellsChanged = (grades: SQL): SQL => sql`
  SELECT a.document_id::int AS grade_id, sum(${entryCells(sql`${filled(sql`x.o`)} AND x.n IS DISTINCT FROM x.o`, 'old')}) AS changed
  FROM audit_log a
  WHERE a.collection = 'grades' AND a.action = 'update' AND a.document_id IN (SELECT id::text FROM (${grades}) ids)
  GROUP BY 1`
