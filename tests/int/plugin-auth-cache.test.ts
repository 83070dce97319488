import type { Lookup } from '@haugiang/payload-plugin-auth-cache'
import { type CollectionSlug, jwtSign } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authCacheConfig } from '../plugins/auth-cache.config'
import { type Bare, bootBare, PASSWORD } from '../plugins/bare'

/**
 * auth-cache in a bare app: a token's account is kept while its rows are unchanged, and every
 * committed change of them (Payload's writes, its session list, direct SQL) is seen by the next
 * request; an expired token, an account computed when read and a request's own changes to its copy
 * never come back from the cache.
 */
let bare: Bare
const lookups: Lookup[] = []
let staffId: number
beforeAll(async () => {
  bare = await bootBare('auth-cache', (url) => authCacheConfig(url, lookups))
  const staff = await bare.local.create({
    collection: 'staff',
    data: { email: 'gv@example.test', password: PASSWORD, roles: ['teacher'], phones: [{ number: '0901' }] },
  })
  staffId = staff.id
  await bare.local.create({ collection: 'members', data: { email: 'member@example.test', password: PASSWORD } })
})
afterAll(() => bare?.close())

const login = async (collection: string, email: string) =>
  (await bare.api.rest('POST', `/${collection}/login`, { body: { email, password: PASSWORD } })).body.token as string
const me = async (token: string, collection = 'staff') =>
  (await bare.api.rest('GET', `/${collection}/me`, { token })).body.user as Record<string, any> | null
/** What the cache found for the authentications `run` made. */
const lookupsOf = async (run: () => Promise<unknown>) => {
  lookups.length = 0
  await run()
  return [...lookups]
}
const sql = (text: string, values: unknown[]) =>
  (bare.payload.db as unknown as { pool: { query: (t: string, v: unknown[]) => Promise<unknown> } }).pool.query(
    text,
    values,
  )

describe('auth-cache in a bare app', () => {
  it("keeps a token's account and serves it while the account's rows are unchanged", async () => {
    const token = await login('staff', 'gv@example.test')
    expect(await lookupsOf(() => me(token))).toEqual(['miss'])
    let user: Record<string, any> | null = null
    expect(await lookupsOf(async () => (user = await me(token)))).toEqual(['hit'])
    expect(user).toMatchObject({ id: staffId, email: 'gv@example.test', roles: ['teacher'] })
    // GraphQL reads the account at its own depth: kept apart
    const graphql = () => bare.api.graphql('{ meStaff { user { email roles } } }', { token })
    expect(await lookupsOf(graphql)).toEqual(['miss'])
    expect(
      await lookupsOf(async () => expect((await graphql()).body.data.meStaff.user.roles).toEqual(['teacher'])),
    ).toEqual(['hit'])
  })

  it('serves a kept token to requests made at the same time (a page fetching in parallel): none reads the account again', async () => {
    const token = await login('staff', 'gv@example.test')
    await me(token)
    const found = await lookupsOf(() => Promise.all(Array.from({ length: 8 }, () => me(token))))
    expect(found).toEqual(Array(8).fill('hit'))
    // and the entry is still kept after them
    expect(await lookupsOf(() => me(token))).toEqual(['hit'])
  })

  it('sees every committed change of the account at the next request: its row, its own tables, direct SQL', async () => {
    const token = await login('staff', 'gv@example.test')
    await me(token)
    await bare.local.update({ collection: 'staff', id: staffId, data: { roles: ['principal'] } })
    let user: Record<string, any> | null = null
    expect(await lookupsOf(async () => (user = await me(token)))).toEqual(['changed'])
    expect(user!.roles).toEqual(['principal'])

    await sql('DELETE FROM staff_phones WHERE _parent_id = $1', [staffId]) // an array's rows only
    expect(await lookupsOf(async () => (user = await me(token)))).toEqual(['changed'])
    expect(user!.phones).toEqual([])

    await sql(`UPDATE staff_roles SET value = 'teacher' WHERE parent_id = $1`, [staffId]) // a hasMany select's
    expect(await lookupsOf(async () => (user = await me(token)))).toEqual(['changed'])
    expect(user!.roles).toEqual(['teacher'])
    expect(await lookupsOf(() => me(token))).toEqual(['hit'])
  })

  it("refuses a token at once when its session ends: sign-out, or the account's sessions removed", async () => {
    const signedOut = await login('staff', 'gv@example.test')
    await me(signedOut)
    expect((await bare.api.rest('POST', '/staff/logout', { token: signedOut })).status).toBe(200)
    expect(await me(signedOut)).toBeNull()

    // as a password change ends the other sessions: only the session rows change, not the account's
    const revoked = await login('staff', 'gv@example.test')
    await me(revoked)
    expect(await lookupsOf(() => me(revoked))).toEqual(['hit'])
    await bare.payload.db.updateOne({
      collection: 'staff' as CollectionSlug,
      id: staffId,
      data: { sessions: [] },
      returning: false,
    })
    expect(await lookupsOf(async () => expect(await me(revoked)).toBeNull())).toEqual(['changed'])
  })

  it('refuses the token of a deleted account', async () => {
    const gone = await bare.local.create({
      collection: 'staff',
      data: { email: 'gone@example.test', password: PASSWORD, roles: ['teacher'] },
    })
    const token = await login('staff', 'gone@example.test')
    await me(token)
    expect(await lookupsOf(() => me(token))).toEqual(['hit'])
    await bare.local.delete({ collection: 'staff', id: gone.id })
    expect(await me(token)).toBeNull()
  })

  it('gives each request its own copy of the account', async () => {
    const headers = new Headers({ Authorization: `JWT ${await login('staff', 'gv@example.test')}` })
    const first = (await bare.payload.auth({ headers })).user as Record<string, any>
    first.email = 'changed@example.test'
    first.roles.push('principal')
    const second = (await bare.payload.auth({ headers })).user as Record<string, any>
    expect(second).toMatchObject({ email: 'gv@example.test', roles: ['teacher'] })
  })

  it('stops serving a token when it expires', async () => {
    const signedIn = await login('staff', 'gv@example.test')
    const claims = JSON.parse(Buffer.from(signedIn.split('.')[1], 'base64url').toString())
    const { exp, token } = await jwtSign({
      fieldsToSign: { id: claims.id, collection: claims.collection, email: claims.email, sid: claims.sid },
      secret: bare.payload.secret,
      tokenExpiration: 2,
    })
    expect((await me(token))?.id).toBe(staffId)
    expect(await lookupsOf(() => me(token))).toEqual(['hit'])
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50))
    expect(await lookupsOf(async () => expect(await me(token)).toBeNull())).toEqual(['expired'])
  })

  it("steps aside when the version cannot be read: the sign-in is Payload's, never refused for it", async () => {
    const token = await login('staff', 'gv@example.test')
    await me(token)
    const pool = (bare.payload.db as unknown as { pool: { query: (...args: any[]) => Promise<unknown> } }).pool
    const query = pool.query
    // the version's statement fails (as on a dropped connection); every other query runs
    pool.query = function (this: unknown, ...args: any[]) {
      if (String(args[0]?.name ?? '').startsWith('auth-cache:')) return Promise.reject(new Error('connection lost'))
      return query.apply(this, args)
    }
    try {
      expect(await lookupsOf(async () => expect((await me(token))?.id).toBe(staffId))).toEqual(['changed'])
      expect(await lookupsOf(() => me(token))).toEqual(['miss']) // nothing was kept meanwhile
    } finally {
      pool.query = query
    }
    expect(await lookupsOf(() => me(token))).toEqual(['miss'])
    expect(await lookupsOf(() => me(token))).toEqual(['hit'])
  })

  it('reads nothing for a token not signed with the secret (forged or foreign): no query, no log line', async () => {
    const genuine = await login('staff', 'gv@example.test')
    const [header, body] = genuine.split('.')
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forge = (changes: Record<string, unknown>) =>
      `${header}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${'A'.repeat(43)}`
    const pool = (bare.payload.db as unknown as { pool: { query: (...args: any[]) => Promise<unknown> } }).pool
    const query = pool.query
    const warn = bare.payload.logger.warn
    const read: string[] = []
    const warned: unknown[] = []
    pool.query = function (this: unknown, ...args: any[]) {
      read.push(String(args[0]?.name ?? ''))
      return query.apply(this, args)
    }
    bare.payload.logger.warn = ((...args: unknown[]) => warned.push(args)) as typeof warn
    try {
      for (const token of [forge({}), forge({ id: 'x' }), forge({ id: 99_999_999_999 }), `${header}.${body}.`])
        expect(await lookupsOf(async () => expect(await me(token)).toBeNull())).toEqual(['miss'])
      expect(read.filter((name) => name.startsWith('auth-cache:'))).toEqual([])
      expect(warned).toEqual([])
    } finally {
      pool.query = query
      bare.payload.logger.warn = warn
    }
    // the genuine token is still kept and served
    await me(genuine)
    expect(await lookupsOf(() => me(genuine))).toEqual(['hit'])
  })

  it('keeps no account that is computed when read (an afterRead hook)', async () => {
    const token = await login('members', 'member@example.test')
    expect(await lookupsOf(() => me(token, 'members'))).toEqual(['miss'])
    expect(await lookupsOf(() => me(token, 'members'))).toEqual(['miss'])
    expect((await me(token, 'members'))?.email).toBe('member@example.test')
  })

  it('enabled: false leaves the config as it was', async () => {
    const off = await authCacheConfig('postgres://unused/none', [], false)
    expect(off.onInit).toBeUndefined()
    expect((await authCacheConfig('postgres://unused/none')).onInit).toBeTypeOf('function')
  })
})
