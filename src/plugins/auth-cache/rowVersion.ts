/**
 * A document's row version in PostgreSQL: the system columns `xmin` (the transaction that wrote the
 * row) and `ctid` (where the row is) of its main row and of every row of its own tables (arrays,
 * hasMany selects and relationships, locales: Payload names them `<table>_…` and links them by
 * `parent_id` or `_parent_id`, nested arrays by `_parent_id` to their parent array's row). Any
 * committed insert, update or delete of one of those rows changes it; nothing else does.
 */

/** What the version needs of a pg pool (Payload's Postgres adapter exposes its own as `db.pool`). */
export type Queryable = {
  query: (query: {
    name?: string
    text: string
    values?: unknown[]
  }) => Promise<{ rows: Array<Record<string, unknown>> }>
}

type ChildTable = { table: string; column: string; parent: string }

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The tables of a document under `main` (direct children and deeper), from the foreign keys Payload created. */
const childTablesOf = async (pool: Queryable, schema: string, main: string): Promise<ChildTable[]> => {
  const { rows } = await pool.query({
    text: `SELECT child.relname AS table, a.attname AS column, parent.relname AS parent
      FROM pg_constraint c
      JOIN pg_class child ON child.oid = c.conrelid
      JOIN pg_class parent ON parent.oid = c.confrelid
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND a.attname IN ('parent_id', '_parent_id')
        AND child.relnamespace = to_regnamespace($1) AND left(child.relname, length($2) + 1) = $2 || '_'`,
    values: [schema, main],
  })
  return rows.map((r) => ({ table: String(r.table), column: String(r.column), parent: String(r.parent) }))
}

/**
 * The SQL of a document's version (one row, column `version`; no row when the document is gone),
 * with the document's id as `$1`. Built once per collection from the catalog.
 */
export const rowVersionQuery = async (pool: Queryable, schema: string, main: string) => {
  const children = await childTablesOf(pool, schema, main)
  const table = (name: string) => `${ident(schema)}.${ident(name)}`
  /** The versions of the rows of the tables under `parent`, whose own rows are those matching `parentRows`. */
  const versionsUnder = (parent: string, parentRows: string): string[] =>
    children
      .filter((child) => child.parent === parent)
      .flatMap((child) => {
        const rows =
          parent === main
            ? `${ident(child.column)} = $1`
            : `${ident(child.column)} IN (SELECT id FROM ${table(parent)} WHERE ${parentRows})`
        const own = `coalesce((SELECT string_agg(xmin::text || ctid::text, ',' ORDER BY ctid) FROM ${table(child.table)} WHERE ${rows}), '')`
        return [own, ...versionsUnder(child.table, rows)]
      })
  const parts = ['m.xmin::text || m.ctid::text', ...versionsUnder(main, 'id = $1')]
  return `SELECT ${parts.join(" || '|' || ")} AS version FROM ${table(main)} m WHERE m.id = $1`
}
