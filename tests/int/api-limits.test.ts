import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
beforeAll(async () => {
  t = await bootPayload()
})
afterAll(() => shutdownPayload(t))

const auditRows = async () => (await t.payload.count({ collection: 'audit-log' })).totalDocs

describe('finding 13: page size', () => {
  it('REST: limit=100000 returns one page of at most 200', async () => {
    const token = await t.api.login('hieutruong@haugiang.test')
    const { status, body } = await t.api.rest('GET', '/students', { token, query: { limit: 100000, depth: 0 } })
    expect(status).toBe(200)
    expect(body.docs.length).toBe(200)
    expect(body.limit).toBe(200)
    expect(body.totalDocs).toBeGreaterThan(200)
  })

  it('REST: pagination=false is one capped page too', async () => {
    const token = await t.api.login('hieutruong@haugiang.test')
    const { body } = await t.api.rest('GET', '/students', { token, query: { pagination: 'false', depth: 0 } })
    expect(body.docs.length).toBeLessThanOrEqual(200)
  })

  it('REST: an invalid limit on health records is a 400 and reads (and logs) nothing', async () => {
    const token = await t.api.login('yte@haugiang.test')
    const before = await auditRows()
    for (const limit of ['abc', '0', '-1', '2.5']) {
      const { status, body } = await t.api.rest('GET', '/health-records', { token, query: { limit } })
      expect(status, limit).toBe(400)
      expect(body.errors[0].message).toMatch(/limit/)
    }
    expect(await auditRows()).toBe(before)
  })

  it('GraphQL: limit is capped and 0 refused', async () => {
    const token = await t.api.login('hieutruong@haugiang.test')
    const { body } = await t.api.graphql(`{ Students(limit: 100000) { docs { id } limit } }`, { token })
    expect(body.data.Students.docs.length).toBe(200)
    const zero = await t.api.graphql(`{ Students(limit: 0) { docs { id } } }`, { token })
    expect(zero.body.errors?.[0]?.message).toMatch(/limit/)
  })

  it('Local API without overrideAccess (as endpoints call it) is capped', async () => {
    const user = await userByEmail(t.payload, 'hieutruong@haugiang.test')
    const { docs } = await t.payload.find({
      collection: 'students',
      limit: 5000,
      user,
      overrideAccess: false,
      depth: 0,
    })
    expect(docs.length).toBe(200)
  })
})

describe('finding 13: malformed values are 400/404, never 500', () => {
  it('/api/articles/abc', async () => {
    const token = await t.api.login('web@haugiang.test')
    for (const answer of [
      await t.api.rest('GET', '/articles/abc'),
      await t.api.rest('GET', '/articles/abc', { token }),
    ]) {
      expect([400, 404]).toContain(answer.status)
    }
  })

  it("where[id][in]=' and a NUL byte in a where", async () => {
    const token = await t.api.login('web@haugiang.test')
    const quote = await t.api.rest('GET', '/articles', { token, query: { where: { id: { in: "'" } } } })
    expect(quote.status).toBe(400)
    const nul = await t.api.rest('GET', '/articles', { query: { where: { title: { equals: 'a\u0000' } } } })
    expect([200, 400]).toContain(nul.status)
    expect(nul.status).not.toBe(500)
  })

  it('a NUL byte in a write is a 400', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const { status } = await t.api.rest('POST', '/articles', {
      token,
      query: { draft: 'true' },
      body: { title: 'a\u0000b' },
    })
    expect(status).toBe(400)
  })
})
