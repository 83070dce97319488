import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropDatabase } from '@/lib/database'

/** Runs an npm script's TypeScript file the way `npm run` does, against the given database. */
const run = (script: string, args: string[], databaseUrl: string) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })

/** Row count and a checksum of every row's text, per table of the public schema. */
const snapshot = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: tables } = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
    const result: Record<string, { rows: number; md5: string }> = {}
    for (const { table_name: name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
      )
      result[name] = { rows: rows[0].n, md5: rows[0].sum }
    }
    const { rows: sequences } = await client.query(
      "SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1",
    )
    return { tables: result, sequences }
  } finally {
    await client.end()
  }
}

/** Every file under `root`'s upload folders, by relative path, with its SHA-256. */
const files = (root: string) => {
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else out[path.relative(root, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')
    }
  }
  for (const folder of ['media', 'exam-papers']) walk(path.join(root, folder))
  return out
}

const source = process.env.DATABASE_URL!
const target = (() => {
  const url = new URL(source)
  url.pathname = `${url.pathname}_restored`
  return url.toString()
})()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'haugiang-backup-test-'))
let archive = ''

beforeAll(async () => {
  await dropDatabase(target)
})
afterAll(async () => {
  await dropDatabase(target)
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it('writes one dated archive of the database and the upload folders', async () => {
    const { code, output } = await run('scripts/backup.ts', ['--out', work], source)
    expect(code, output).toBe(0)
    const made = fs.readdirSync(work).filter((name) => name.endsWith('.tar.gz'))
    expect(made).toHaveLength(1)
    expect(made[0]).toMatch(/^haugiang-\d{8}T\d{6}Z\.tar\.gz$/)
    archive = path.join(work, made[0]!)
  })

  it('restores the demo school into a new database: every table, row and file the same', async () => {
    const restoredFiles = path.join(work, 'restored')
    const { code, output } = await run('scripts/restore.ts', [archive, '--files', restoredFiles], target)
    expect(code, output).toBe(0)

    const [before, after] = await Promise.all([snapshot(source), snapshot(target)])
    expect(Object.keys(before.tables).length).toBeGreaterThan(50)
    expect(before.tables.students!.rows).toBeGreaterThan(300)
    expect(before.tables.grades!.rows).toBeGreaterThan(1000)
    expect(after).toEqual(before)

    const original = files(process.cwd())
    expect(Object.keys(original).some((name) => name.startsWith('media/'))).toBe(true)
    expect(Object.keys(original).some((name) => name.startsWith('exam-papers/'))).toBe(true)
    expect(files(restoredFiles)).toEqual(original)
  })

  it('refuses to restore into a database that is not empty, and changes nothing', async () => {
    const before = await snapshot(target)
    const { code, output } = await run('scripts/restore.ts', [archive, '--files', path.join(work, 'other')], target)
    expect(code).not.toBe(0)
    expect(output).toContain('không trống')
    expect(await snapshot(target)).toEqual(before)
  })
})
