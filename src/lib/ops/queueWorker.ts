import pg from 'pg'

/**
 * One instance works the jobs queue at a time. Payload claims jobs by reading the unclaimed ones
 * and then marking them one by one, so two instances whose crons fire in the same second can both
 * claim, and run, the same job. The instance that holds a PostgreSQL advisory lock on a connection
 * of its own is the worker; when it stops (or the database restarts) the connection ends, the lock
 * is released, and another instance takes it on its next tick.
 */
const WORKER_LOCK = 727_100_001 // arbitrary: "the jobs queue worker" among this database's advisory locks

let held: pg.Client | null = null

export const isQueueWorker = async (url = process.env.DATABASE_URL): Promise<boolean> => {
  if (held) return true
  const client = new pg.Client({ connectionString: url })
  const release = () => {
    if (held === client) held = null
  }
  client.on('error', release)
  client.on('end', release)
  try {
    await client.connect()
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS ok', [WORKER_LOCK])
    if (rows[0]?.ok) {
      held = client
      return true
    }
  } catch {
    // database unreachable: not the worker this tick
  }
  await client.end().catch(() => {}) // a client that never connected: nothing to close
  return false
}
