import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/lib/database'
import { buildIfNeeded } from '../../src/lib/ops/build'
import { stopPostgres } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    loadDatabaseUrl: string
    loadPgDir: string
    loadSecret: string
  }
}

/** The production build the load and two-instance tests serve (built when missing or stale). */
export const LOAD_DIST_DIR = '.next-load'

/**
 * The load project's own PostgreSQL (embedded, so a test may restart it), seeded with the demo
 * school, and one production build shared by every server the tests start.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haugiang-load-pg-'))
  fs.chmodSync(dir, 0o755) // as root, the postgres user must reach the data folder inside
  const pgDir = path.join(dir, 'data')
  const started = Date.now()
  const database = await startEmbeddedPostgres({ dir: pgDir, persistent: true, database: 'haugiang_load' })
  const secret = crypto.randomBytes(24).toString('hex')
  const env = { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: secret, NEXT_DIST_DIR: LOAD_DIST_DIR }
  const teardown = async () => {
    stopPostgres(pgDir)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const seeded = spawnSync(process.execPath, ['scripts/tsx-retry.mjs', 'scripts/seed.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  })
  if (seeded.status !== 0) {
    await teardown()
    throw new Error(`Seeding the load database failed (exit ${seeded.status})`)
  }
  console.log(`load: PostgreSQL ready and seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  const buildStarted = Date.now()
  process.env.NEXT_DIST_DIR = LOAD_DIST_DIR
  buildIfNeeded({ ...env, NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1' })
  console.log(`load: production build ready in ${((Date.now() - buildStarted) / 1000).toFixed(0)} s`)
  project.provide('loadDatabaseUrl', database.url)
  project.provide('loadPgDir', pgDir)
  project.provide('loadSecret', secret)
  return teardown
}
