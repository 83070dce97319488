/** Anything with `query` like a `pg` pool or client. */
export type Queryable = { query: (text: string) => Promise<{ rows: Array<Record<string, unknown>> }> }

const TIMEOUT_MS = 3_000

/**
 * True when the database answers within a few seconds and every expected migration is recorded in
 * `payload_migrations`. Never throws: any failure (refused connection, missing table, timeout) is
 * simply "not healthy".
 */
export const checkHealth = async (db: Queryable, expectedMigrations: string[]): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('health check timed out')), TIMEOUT_MS)
  })
  try {
    const { rows } = await Promise.race([db.query('SELECT name FROM payload_migrations'), timeout])
    const applied = new Set(rows.map((row) => String(row.name)))
    return expectedMigrations.every((name) => applied.has(name))
  } catch {
    // unreachable, slow or not migrated: not ready, which is the probe's whole answer
    return false
  } finally {
    clearTimeout(timer)
  }
}
