import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inTransaction } from '@/endpoints/inTransaction'
import { DATABASE_UNAVAILABLE_MESSAGE } from '@/lib/errors/databaseUnavailable'
import { sqlOf } from '@/lib/sql'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

/**
 * The database refusing connections (its own copy for this file: `ALLOW_CONNECTIONS false` and the
 * pool's connections ended, as a restart or a failover does) and a COMMIT that fails: a signed-in
 * request is answered 503 "try again", never refused as if anonymous, and nothing is acknowledged
 * that was not committed.
 */
let t: TestContext
const TEACHER = 'gv.toan@haugiang.test'
let token = ''
const sheet = { class: 0, subject: 0, term: 0 }
const database = new URL(process.env.DATABASE_URL!).pathname.slice(1)

/** As a superuser on the server's `postgres` database: this file's database refuses or takes connections. */
const allowConnections = async (allow: boolean) => {
  const admin = new URL(process.env.DATABASE_URL!)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS ${allow}`)
    if (!allow)
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database])
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  t = await bootPayload()
  token = await t.api.login(TEACHER)
  const { rows } = await (
    await sqlOf(await createLocalReq({}, t.payload))
  ).execute(sql`
    SELECT ta.class_id, ta.subject_id, t.id AS term_id FROM teaching_assignments ta
      JOIN users u ON u.id = ta.teacher_id JOIN school_years y ON y.id = ta.school_year_id AND y.is_current
      JOIN terms t ON t.school_year_id = y.id AND t.term = 'I'
     WHERE u.email = ${TEACHER} ORDER BY ta.id LIMIT 1`)
  Object.assign(sheet, { class: rows[0]!.class_id, subject: rows[0]!.subject_id, term: rows[0]!.term_id })
})
afterAll(async () => {
  await allowConnections(true)
  await shutdownPayload(t)
})

describe('the database refusing connections', () => {
  it('a signed-in teacher gets 503 "try again" on their sheet, not "you do not teach this class"; then 200 again', async () => {
    const read = () => t.api.rest('GET', '/grades/sheet', { token, query: sheet })
    expect((await read()).status).toBe(200)
    await allowConnections(false)
    try {
      expect(await read()).toEqual({ status: 503, body: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } })
      const save = await t.api.rest('POST', '/grades/sheet', { token, body: { ...sheet, rows: [] } })
      expect(save.status).toBe(503)
      // Without a token the refusal stands: nothing about the database is said to an anonymous caller.
      expect((await t.api.rest('GET', '/grades/sheet', { query: sheet })).status).toBe(403)
    } finally {
      await allowConnections(true)
    }
    expect((await read()).status).toBe(200)
  })
})

describe('a COMMIT that fails', () => {
  // A deferred unique constraint is checked at COMMIT: a deterministic failing COMMIT, as a
  // connection lost at that moment gives one.
  const writeFailingAtCommit = async (req: Awaited<ReturnType<typeof createLocalReq>>) => {
    const db = await sqlOf(req)
    await db.execute(
      sql`CREATE TEMP TABLE commit_probe (id int, CONSTRAINT one UNIQUE (id) DEFERRABLE INITIALLY DEFERRED) ON COMMIT DROP`,
    )
    await db.execute(sql`INSERT INTO commit_probe VALUES (1), (1)`)
  }

  it('is swallowed by Payload’s own commit (why inTransaction checks)', async () => {
    const req = await createLocalReq({ user: await userByEmail(t.payload, TEACHER) }, t.payload)
    expect(await initTransaction(req)).toBe(true)
    await writeFailingAtCommit(req)
    await expect(commitTransaction(req)).resolves.toBeUndefined()
  })

  it('is not acknowledged by inTransaction: 503, the work’s answer is not returned', async () => {
    const req = await createLocalReq({ user: await userByEmail(t.payload, TEACHER) }, t.payload)
    const outcome = inTransaction(req, async () => {
      await writeFailingAtCommit(req)
      return 'saved'
    })
    await expect(outcome).rejects.toMatchObject({ status: 503 })
    // A transaction that commits is acknowledged as before.
    await expect(
      inTransaction(req, async () => {
        await (await sqlOf(req)).execute(sql`CREATE TEMP TABLE commit_ok (id int) ON COMMIT DROP`)
        return 'saved'
      }),
    ).resolves.toBe('saved')
  })
})
