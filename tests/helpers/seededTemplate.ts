import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { dropDatabase, ensureDatabase } from '../../src/lib/database'

/** Everything the seeded demo school depends on: a change to any of these calls for a new seed. */
const SEED_INPUTS = ['src', 'collections', 'access', 'hooks', 'scripts', 'payload.config.ts', 'package-lock.json']

/** Upload collections whose files the seed writes beside the database (table and folder). */
const SEEDED_UPLOADS = [
  ['media', 'media'],
  ['exam_papers', 'exam-papers'],
  ['export_runs', 'export-runs'],
  ['message_attachments', 'message-attachments'],
] as const

const PREFIX = 'haugiang_seed_'
/** A template nobody refreshed for this long belongs to an older checkout: dropped when a new one is made. */
const STALE_AFTER_MS = 60 * 60 * 1000

const filesUnder = (entry: string): string[] => {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((child) => filesUnder(path.join(entry, child)))
}

/** A hash of the seed's inputs' paths and contents (not their dates: a fresh clone gets the same). */
export const seedFingerprint = (root = process.cwd()): string => {
  const hash = crypto.createHash('sha256')
  for (const file of SEED_INPUTS.flatMap((entry) => filesUnder(path.join(root, entry)))) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

export type SeededTemplate = { url: string; payloadSecret: string }

const withAdmin = async <T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const databaseUrl = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Every file the seeded rows name is still in its folder (someone may have emptied `media/`). */
const uploadsPresent = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const [table, folder] of SEEDED_UPLOADS) {
      const { rows } = await client.query<{ filename: string }>(
        `SELECT filename FROM "${table}" WHERE filename IS NOT NULL`,
      )
      if (rows.some((row) => !fs.existsSync(path.join(folder, row.filename)))) return false
    }
    return true
  } finally {
    await client.end()
  }
}

/**
 * The files the seed wrote, kept beside the template (outside the checkout) so that another checkout
 * of the same sources, e.g. CI's clean clone, can reuse the template too.
 */
const filesCacheOf = (fingerprint: string) => path.join(os.tmpdir(), `haugiang-seed-files-${fingerprint}`)

const keepSeededFiles = (fingerprint: string) => {
  for (const [, folder] of SEEDED_UPLOADS)
    if (fs.existsSync(folder)) fs.cpSync(folder, path.join(filesCacheOf(fingerprint), folder), { recursive: true })
}

const restoreSeededFiles = (fingerprint: string) => {
  for (const [, folder] of SEEDED_UPLOADS) {
    const kept = path.join(filesCacheOf(fingerprint), folder)
    if (fs.existsSync(kept)) fs.cpSync(kept, folder, { recursive: true, force: false })
  }
}

/** Seeds the demo school into the database at `url`. */
export const seedDemoSchool = (url: string, payloadSecret: string) => {
  // The same command a newcomer runs (`npm run seed`), with Lexical preloaded.
  const seeded = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/seed.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: payloadSecret },
  })
  if (seeded.status !== 0) throw new Error(`Seeding the test database failed (exit ${seeded.status})`)
}

const databaseExists = (serverUrl: string, name: string) =>
  withAdmin(serverUrl, async (client) =>
    Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount),
  )

const markSeeded = (serverUrl: string, name: string) =>
  withAdmin(serverUrl, (client) => client.query(`COMMENT ON DATABASE "${name}" IS '${new Date().toISOString()}'`))

const dropStaleTemplates = (serverUrl: string, keep: string) =>
  withAdmin(serverUrl, async (client) => {
    const { rows } = await client.query<{ name: string; comment: string | null }>(
      `SELECT datname AS name, shobj_description(oid, 'pg_database') AS comment FROM pg_database
       WHERE datname ~ $1`,
      [`^${PREFIX}[0-9a-f]{16}$`],
    )
    for (const { name, comment } of rows) {
      const seededAt = Date.parse(comment ?? '')
      if (name === keep || Date.now() - (seededAt || 0) < STALE_AFTER_MS) continue
      // A run copying it right now keeps it alive: PostgreSQL refuses the drop, which is fine.
      await client.query(`DROP DATABASE IF EXISTS "${name}"`).catch(() => {})
    }
  })

/**
 * The demo school, seeded once per set of sources and kept on the PostgreSQL server as a template
 * database named after their hash: the integration and browser runs (and the next `npm test` on
 * unchanged sources) copy it instead of seeding again, a minute each. Seeded under a temporary
 * name and renamed when complete, so a run never copies half a seed.
 */
export const seededTemplate = async (serverUrl: string): Promise<SeededTemplate> => {
  const fingerprint = seedFingerprint()
  const name = `${PREFIX}${fingerprint}`
  const url = databaseUrl(serverUrl, name)
  // Test-only: derived from the sources so that every run copying the template shares the secret it was seeded with.
  const payloadSecret = crypto.createHash('sha256').update(`test-secret:${fingerprint}`).digest('hex').slice(0, 48)
  const exists = await databaseExists(serverUrl, name)
  if (exists && !(await uploadsPresent(url))) restoreSeededFiles(fingerprint)
  if (exists && (await uploadsPresent(url))) {
    console.log(`tests: the seeded demo school ${name} reused (sources unchanged)`)
    await markSeeded(serverUrl, name)
    return { url, payloadSecret }
  }
  if (exists) await dropDatabase(url)
  const started = Date.now()
  const buildingName = `${name}_${crypto.randomBytes(4).toString('hex')}`
  const building = databaseUrl(serverUrl, buildingName)
  await ensureDatabase(building)
  try {
    seedDemoSchool(building, payloadSecret)
    keepSeededFiles(fingerprint)
    await withAdmin(serverUrl, (client) => client.query(`ALTER DATABASE "${buildingName}" RENAME TO "${name}"`))
    await markSeeded(serverUrl, name)
  } catch (error) {
    await dropDatabase(building)
    // Another run finished the same seed first: use theirs.
    if (!(await databaseExists(serverUrl, name))) throw error
  }
  console.log(`tests: demo school seeded as ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  await dropStaleTemplates(serverUrl, name)
  return { url, payloadSecret }
}
