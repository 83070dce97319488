import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '../../src/lib/database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    payloadSecret: string
  }
}

/**
 * A fresh database for this run: a new database on the server named by DATABASE_URL, or a
 * throw-away embedded PostgreSQL when it is unset. Migrated and seeded with the demo school by the
 * same script a newcomer runs (`npm run seed`).
 */
export default async function setup(project: TestProject) {
  const suffix = crypto.randomBytes(4).toString('hex')
  let url: string
  let teardown: () => Promise<void>
  if (process.env.DATABASE_URL) {
    const base = new URL(process.env.DATABASE_URL)
    base.pathname = `/haugiang_test_${suffix}`
    url = base.toString()
    await ensureDatabase(url)
    teardown = () => dropDatabase(url)
  } else {
    const embedded = await startEmbeddedPostgres({
      dir: path.join(os.tmpdir(), `haugiang-pg-${suffix}`),
      persistent: false,
      database: 'haugiang_test',
    })
    url = embedded.url
    teardown = embedded.stop
  }
  const payloadSecret = crypto.randomBytes(24).toString('hex')
  // The same command a newcomer runs (`npm run seed`), with Lexical preloaded and its retry on exit 13.
  const seeded = spawnSync(process.execPath, ['scripts/tsx-retry.mjs', 'scripts/seed.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: payloadSecret },
  })
  if (seeded.status !== 0) {
    await teardown()
    throw new Error(`Seeding the test database failed (exit ${seeded.status})`)
  }
  project.provide('databaseUrl', url)
  project.provide('payloadSecret', payloadSecret)
  process.env.TEST_DATABASE_URL = url
  process.env.TEST_PAYLOAD_SECRET = payloadSecret
  return async () => {
    await teardown().catch((error) => console.error('Dropping the test database failed:', error))
  }
}
