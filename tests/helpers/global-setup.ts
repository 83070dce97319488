import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { copyDatabase, dropDatabase, startEmbeddedPostgres } from '../../src/lib/database'
import { seedDemoSchool, seededTemplate } from './seededTemplate'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    payloadSecret: string
  }
}

/**
 * A fresh database for this run: on the server named by DATABASE_URL, a copy of the demo school
 * seeded once per set of sources (`seededTemplate`); without it, a throw-away embedded PostgreSQL
 * seeded by the same script a newcomer runs (`npm run seed`).
 */
export default async function setup(project: TestProject) {
  const suffix = crypto.randomBytes(4).toString('hex')
  let url: string
  let payloadSecret: string
  let teardown: () => Promise<void>
  if (process.env.DATABASE_URL) {
    const template = await seededTemplate(process.env.DATABASE_URL)
    const base = new URL(process.env.DATABASE_URL)
    base.pathname = `/haugiang_test_${suffix}`
    url = base.toString()
    await copyDatabase(template.url, url)
    payloadSecret = template.payloadSecret
    teardown = () => dropDatabase(url)
  } else {
    const embedded = await startEmbeddedPostgres({
      dir: path.join(os.tmpdir(), `haugiang-pg-${suffix}`),
      persistent: false,
      database: 'haugiang_test',
    })
    url = embedded.url
    teardown = embedded.stop
    payloadSecret = crypto.randomBytes(24).toString('hex')
    try {
      seedDemoSchool(url, payloadSecret)
    } catch (error) {
      await teardown()
      throw error
    }
  }
  project.provide('databaseUrl', url)
  project.provide('payloadSecret', payloadSecret)
  process.env.TEST_DATABASE_URL = url
  process.env.TEST_PAYLOAD_SECRET = payloadSecret
  return async () => {
    await teardown().catch((error) => console.error('Dropping the test database failed:', error))
  }
}
