import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { copyDatabase, dropDatabase, startEmbeddedPostgres } from '../../src/lib/database'
import { buildForTests, productionEnv } from '../helpers/production-build'
import { seedDemoSchool, seededTemplate } from '../helpers/seededTemplate'
import { stopPostgres } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    loadDatabaseUrl: string
    loadPgDir: string
    loadSecret: string
  }
}

/**
 * The demo school into the load's database: restored from the integration runs' seeded template
 * when a PostgreSQL server is configured (its client tools dump it, seconds instead of a seed's
 * minute), seeded otherwise. Returns the secret the data was seeded with.
 */
const loadDemoSchool = async (url: string): Promise<string> => {
  if (process.env.DATABASE_URL && commandExists('pg_dump') && commandExists('psql')) {
    const template = await seededTemplate(process.env.DATABASE_URL)
    // A copy to dump from: the template must stay free of connections for the runs that copy it.
    const source = new URL(template.url)
    source.pathname = `${source.pathname}_load_${crypto.randomBytes(4).toString('hex')}`
    await copyDatabase(template.url, source.toString())
    try {
      const restored = spawnSync(
        'bash',
        ['-o', 'pipefail', '-c', 'pg_dump --no-owner --no-privileges "$SOURCE" | psql -q -v ON_ERROR_STOP=1 "$TARGET"'],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SOURCE: source.toString(), TARGET: url } },
      )
      if (restored.status === 0) return template.payloadSecret
      console.log('load: restoring the seeded template failed; seeding instead')
    } finally {
      await dropDatabase(source.toString())
    }
  }
  const secret = crypto.randomBytes(24).toString('hex')
  seedDemoSchool(url, secret)
  return secret
}

const commandExists = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

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
  const teardown = async () => {
    stopPostgres(pgDir)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  let secret: string
  try {
    secret = await loadDemoSchool(database.url)
  } catch (error) {
    await teardown()
    throw error
  }
  console.log(`load: PostgreSQL ready and seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  // The browser tests' build when it is still fresh (`npm test` ran before): one build per CI run.
  buildForTests(productionEnv({ DATABASE_URL: database.url, PAYLOAD_SECRET: secret, SERVER_URL: 'http://127.0.0.1' }))
  project.provide('loadDatabaseUrl', database.url)
  project.provide('loadPgDir', pgDir)
  project.provide('loadSecret', secret)
  return teardown
}
