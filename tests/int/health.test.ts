import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/lib/database'
import { checkHealth, type Queryable } from '@/lib/ops/health'
import { migrations } from '@/migrations'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

let t: TestContext
let pool: Queryable

beforeAll(async () => {
  t = await bootPayload()
  pool = (t.payload.db as unknown as { pool: Queryable }).pool
})
afterAll(() => shutdownPayload(t))

describe('GET /api/health', () => {
  it('answers 200 { ok: true } to anyone when the database answers and every migration is applied', async () => {
    const { status, body } = await t.api.rest('GET', '/health')
    expect(status).toBe(200)
    expect(body).toEqual({ ok: true })
  })

  it('answers the same to a signed-in user, and says nothing more', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const { status, body } = await t.api.rest('GET', '/health', { token })
    expect(status).toBe(200)
    expect(Object.keys(body)).toEqual(['ok'])
  })

  it('answers 503 { ok: false } while a committed migration is not applied', async () => {
    const last = migrations.at(-1)!.name
    await pool.query(`UPDATE payload_migrations SET name = name || '-pending' WHERE name = '${last}'`)
    try {
      const { status, body } = await t.api.rest('GET', '/health')
      expect(status).toBe(503)
      expect(body).toEqual({ ok: false })
    } finally {
      await pool.query(`UPDATE payload_migrations SET name = '${last}' WHERE name = '${last}-pending'`)
    }
    expect((await t.api.rest('GET', '/health')).status).toBe(200)
  })

  it('reports not healthy, without throwing, when the database does not answer', async () => {
    const url = new URL(process.env.DATABASE_URL!)
    url.port = String(await freePort())
    const unreachable = new pg.Pool({ connectionString: url.toString(), connectionTimeoutMillis: 1_000 })
    try {
      expect(
        await checkHealth(
          unreachable,
          migrations.map((m) => m.name),
        ),
      ).toBe(false)
    } finally {
      await unreachable.end()
    }
  })

  it('reports not healthy on an empty database (no migrations table)', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      await client.query('BEGIN')
      await client.query('SET LOCAL search_path TO pg_temp')
      expect(await checkHealth(client, ['x'])).toBe(false)
    } finally {
      await client.query('ROLLBACK').catch(() => {})
      await client.end()
    }
  })
})
