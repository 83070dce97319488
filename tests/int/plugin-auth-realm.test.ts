import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authRealmConfig } from '../plugins/auth-realm.config'
import { type Bare, bootBare, collectionOf, createUser, PASSWORD, schemaOf } from '../plugins/bare'

let bare: Bare
beforeAll(async () => {
  bare = await bootBare('auth-realm', (url) => authRealmConfig(url))
  await createUser(bare, 'staff@example.test')
  await bare.local.create({ collection: 'members', data: { email: 'member@example.test', password: PASSWORD } })
  await bare.local.create({ collection: 'notes', data: { text: 'internal' } })
  await bare.local.create({ collection: 'posts', data: { title: 'Public post' } })
})
afterAll(() => bare?.close())

describe('auth-realm in a bare app', () => {
  it("gives a user of another auth collection what a visitor gets in the staff's collections", async () => {
    const login = { email: 'member@example.test', password: PASSWORD }
    const member = (await bare.api.rest('POST', '/members/login', { body: login })).body.token as string
    // notes: Payload's default access, any signed-in user; a member is not one of them
    expect((await bare.api.rest('GET', '/notes', { token: member })).status).toBe(403)
    expect((await bare.api.rest('GET', '/posts', { token: member })).body.docs).toHaveLength(1)
    expect((await bare.api.rest('POST', '/posts', { token: member, body: { title: 'x' } })).status).toBe(403)
    // collections named in openTo decide for themselves
    expect((await bare.api.rest('GET', '/members', { token: member })).status).toBe(200)
  })

  it('leaves the staff collection its own access', async () => {
    const staff = await bare.api.login('staff@example.test', PASSWORD)
    expect((await bare.api.rest('GET', '/notes', { token: staff })).body.docs).toHaveLength(1)
  })

  it('enabled: false keeps the schema and wraps no access', async () => {
    const off = await authRealmConfig('postgres://unused/none', false)
    expect(await schemaOf(off)).toEqual(await schemaOf(authRealmConfig('postgres://unused/none')))
    const on = await authRealmConfig('postgres://unused/none')
    const member = { req: { user: { collection: 'members', id: 1 } } } as never
    const readNotes = (config: typeof off) => collectionOf(config, 'notes').access.read!(member)
    expect(await readNotes(on)).toBe(false)
    expect(await readNotes(off)).toBe(true)
  })
})
