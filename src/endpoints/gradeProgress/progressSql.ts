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
const length = (list: SQL): SQL =>
  sql`(CASE WHEN jsonb_typeof(${list}) = 'array' THEN jsonb_array_length(${list}) ELSE 0 END)`

/**
 * Per grade (of `grades`, a query of ids): cells entered (empty → value) since `monthStart`, and cells
 * changed (value → another value or empty) ever, counted from the grade's audit entries, the SQL twin
 * of `cellChanges` in `src/domain/grading/progress.ts`. One aggregate, no list of ids sent.
 */
export const auditCellCounts = (grades: SQL, monthStart: string | null): SQL => sql`
  SELECT grade_id,
    count(*) FILTER (WHERE ${filled(sql`n`)} AND NOT ${filled(sql`o`)}
      AND created_at >= ${monthStart ?? '-infinity'}::timestamptz) AS month_entered,
    count(*) FILTER (WHERE ${filled(sql`o`)} AND n IS DISTINCT FROM o) AS changed
  FROM (
    SELECT a.document_id::int AS grade_id, a.created_at, x.o, x.n
    FROM audit_log a
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.changes) = 'array' THEN a.changes ELSE '[]' END) c
    CROSS JOIN LATERAL (
      SELECT c.value -> 'old' AS o, c.value -> 'new' AS n WHERE c.value ->> 'field' IN ('midterm', 'final')
      UNION ALL
      SELECT c.value -> 'old' -> i, c.value -> 'new' -> i
      FROM generate_series(0, greatest(${length(sql`c.value -> 'old'`)}, ${length(sql`c.value -> 'new'`)}) - 1) i
      WHERE c.value ->> 'field' = 'regular'
    ) x
    WHERE a.collection = 'grades' AND a.action IN ('create', 'update')
      AND a.document_id IN (SELECT id::text FROM (${grades}) ids)
  ) cells
  GROUP BY grade_id`
