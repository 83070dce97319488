import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

/**
 * A `beforeSchemaInit` hook of Payload's Postgres adapter: these columns of number fields, which only
 * ever hold small whole numbers, are `integer` rather than Payload's `numeric`. Grouping and hashing
 * by a numeric is slow: the progress report groups a term's grades (20,000 at a large school) by
 * one, and took a third longer for it. Each column is named by table and column (`grades`,
 * `regular_filled`); a name that matches nothing is an error, so that a renamed field is noticed.
 */
export const integerColumns =
  (columns: Record<string, string[]>): SchemaHook =>
  ({ adapter, schema }) => {
    for (const [table, names] of Object.entries(columns))
      for (const name of names) {
        const column = Object.values(adapter.rawTables[table]?.columns ?? {}).find((c) => c.name === name)
        if (!column || column.type !== 'numeric') throw new Error(`integerColumns: no numeric column ${table}.${name}`)
        // The adapter builds `integer` raw columns (its column builders include it) though its RawColumn type omits it.
        ;(column as { type: string }).type = 'integer'
      }
    return schema
  }
