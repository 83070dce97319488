import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/lib/database'
import { buildForTests, productionEnv } from '../helpers/production-build'
import { stopPostgres } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    loadDatabaseUrl: string
    loadPgDir: string
    loadSecret: string
  }
}

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
  const env = { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: secret }
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
  // The browser tests' build when it is still fresh (`npm test` ran before): one build per CI run.
  buildForTests(productionEnv({ DATABASE_URL: database.url, PAYLOAD_SECRET: secret, SERVER_URL: 'http://127.0.0.1' }))
  project.provide('loadDatabaseUrl', database.url)
  project.provide('loadPgDir', pgDir)
  project.provide('loadSecret', secret)
  return teardown
}
