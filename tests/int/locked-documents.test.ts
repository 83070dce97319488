import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, loadPeople, shutdownPayload, type TestContext, type TestUser as User } from '../helpers/payload'

/**
 * Document locks (issue 10, finding 4): a lock is created only for oneself and deleted only by its
 * holder or the sysadmin; others' locks are listed only on documents the reader may read.
 */
let t: TestContext
let payload: Payload
const u: Record<string, User> = {}
const tokens: Record<string, string> = {}
const ids = { article: 0, document: 0, ownLock: 0, hiddenLock: 0 }
const LOCKS = 'payload-locked-documents'

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  await loadPeople(
    t,
    ['gv.toan@haugiang.test', 'gv.van@haugiang.test', 'vanthu@haugiang.test', 'admin@haugiang.test'],
    u,
    tokens,
  )
  // an article both teachers may read (gv.van's own draft is not readable by gv.toan) and an internal document
  ids.article = (
    await payload.create({
      collection: 'articles',
      data: { title: 'Bài có khóa chỉnh sửa' } as never,
      draft: true,
      user: u['gv.toan']!,
      overrideAccess: false,
    })
  ).id
  ids.document = (
    await payload.find({
      collection: 'documents',
      // an internal outgoing document: no handler among the teachers
      where: { and: [{ isPublic: { not_equals: true } }, { direction: { equals: 'outgoing' } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!.id
})

afterAll(async () => {
  if (payload) {
    await payload.delete({ collection: LOCKS, where: { id: { exists: true } } })
    if (ids.article) await payload.delete({ collection: 'articles', id: ids.article })
  }
  await shutdownPayload(t)
})

const lockOf = (user: User, relationTo: string, value: number) => ({
  document: { relationTo, value },
  user: { relationTo: 'users', value: user.id },
})

describe('a lock is made only for oneself', () => {
  it('a lock in another user’s name is refused: REST, GraphQL, Local API', async () => {
    const rest = await t.api.rest('POST', `/${LOCKS}`, {
      token: tokens['gv.van'],
      body: lockOf(u['gv.toan']!, 'articles', ids.article),
    })
    expect(rest.status).toBe(403)
    const gql = await t.api.graphql(
      `mutation { createPayloadLockedDocument(data: { document: { relationTo: articles, value: ${ids.article} }, user: { relationTo: users, value: ${u['gv.toan']!.id} } }) { id } }`,
      { token: tokens['gv.van'] },
    )
    expect(gql.body.errors?.[0]?.message).toBeTruthy()
    await expect(
      payload.create({
        collection: LOCKS,
        data: lockOf(u['gv.toan']!, 'articles', ids.article) as never,
        user: u['gv.van']!,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: LOCKS })).totalDocs).toBe(0)
  })

  it('one’s own lock is made, in one’s own name whatever the body leaves out', async () => {
    const res = await t.api.rest('POST', `/${LOCKS}`, {
      token: tokens['gv.toan'],
      body: { document: { relationTo: 'articles', value: ids.article } },
    })
    expect(res.status).toBe(201)
    ids.ownLock = res.body.doc.id
    const stored = await payload.findByID({ collection: LOCKS, id: ids.ownLock, depth: 0 })
    expect(stored.user).toEqual({ relationTo: 'users', value: u['gv.toan']!.id })
    // a clerk's lock on an internal document the teachers may not read
    ids.hiddenLock = (
      await payload.create({
        collection: LOCKS,
        data: lockOf(u.vanthu!, 'documents', ids.document) as never,
        user: u.vanthu!,
        overrideAccess: false,
      })
    ).id
  })

  it('nobody hands their lock to another user', async () => {
    const res = await t.api.rest('PATCH', `/${LOCKS}/${ids.ownLock}`, {
      token: tokens['gv.toan'],
      body: { user: { relationTo: 'users', value: u['gv.van']!.id } },
    })
    expect(res.status).toBe(403)
    expect((await payload.findByID({ collection: LOCKS, id: ids.ownLock, depth: 0 })).user).toEqual({
      relationTo: 'users',
      value: u['gv.toan']!.id,
    })
  })
})

describe('who sees and clears locks', () => {
  it('others’ locks are listed only on documents the reader may read (the admin’s "being edited by")', async () => {
    const teacher = await t.api.rest('GET', `/${LOCKS}`, { token: tokens['gv.van'], query: { limit: 100 } })
    expect(teacher.status).toBe(200)
    const seen = teacher.body.docs.map((d: { id: number }) => d.id)
    expect(seen).not.toContain(ids.hiddenLock)
    expect(teacher.body.totalDocs).toBe(seen.length)
    expect([403, 404]).toContain(
      (await t.api.rest('GET', `/${LOCKS}/${ids.hiddenLock}`, { token: tokens['gv.van'] })).status,
    )
    const gql = await t.api.graphql(`{ PayloadLockedDocuments(limit: 100) { docs { id } } }`, {
      token: tokens['gv.van'],
    })
    expect(gql.body.data.PayloadLockedDocuments.docs.map((d: { id: number }) => d.id)).not.toContain(ids.hiddenLock)
    // the clerk, who reads the document, sees who holds it
    const clerk = await t.api.rest('GET', `/${LOCKS}`, { token: tokens.vanthu, query: { limit: 100 } })
    expect(clerk.body.docs.map((d: { id: number }) => d.id)).toContain(ids.hiddenLock)
    // the author reads their own lock
    const own = await t.api.rest('GET', `/${LOCKS}/${ids.ownLock}`, { token: tokens['gv.toan'] })
    expect(own.status).toBe(200)
  })

  it('another user cannot delete a lock, alone or in bulk; its holder and the sysadmin can', async () => {
    expect((await t.api.rest('DELETE', `/${LOCKS}/${ids.ownLock}`, { token: tokens['gv.van'] })).status).toBe(403)
    const bulk = await t.api.rest('DELETE', `/${LOCKS}`, {
      token: tokens['gv.van'],
      query: { where: { id: { exists: true } } },
    })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const gql = await t.api.graphql(`mutation { deletePayloadLockedDocument(id: ${ids.ownLock}) { id } }`, {
      token: tokens['gv.van'],
    })
    expect(gql.body.errors?.[0]?.message).toBeTruthy()
    expect((await payload.count({ collection: LOCKS })).totalDocs).toBe(2)

    expect((await t.api.rest('DELETE', `/${LOCKS}/${ids.ownLock}`, { token: tokens['gv.toan'] })).status).toBe(200)
    expect((await t.api.rest('DELETE', `/${LOCKS}/${ids.hiddenLock}`, { token: tokens.admin })).status).toBe(200)
    expect((await payload.count({ collection: LOCKS })).totalDocs).toBe(0)
  })
})
