import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Bare, bootBare, createUser, PASSWORD, schemaOf } from '../plugins/bare'
import { passwordExpiryConfig } from '../plugins/password-expiry.config'

let bare: Bare
let expired: { id: number }
beforeAll(async () => {
  bare = await bootBare('password-expiry', (url) => passwordExpiryConfig(url))
  expired = await createUser(bare, 'expired@example.test', { name: 'expired' })
  await createUser(bare, 'current@example.test', { name: 'current' })
})
afterAll(() => bare?.close())

describe('password-expiry in a bare app', () => {
  it('refuses everything but the own account to a user who must change their password', async () => {
    const token = await bare.api.login('expired@example.test', PASSWORD)
    const en = await bare.api.rest('GET', '/notes', { token, headers: { 'Accept-Language': 'en' } })
    expect(en.status).toBe(403)
    expect(en.body.errors[0].message).toBe(
      'Your password has expired: change it on your account page before doing anything else.',
    )
    const vi = await bare.api.rest('GET', '/notes', { token, headers: { 'Accept-Language': 'vi' } })
    expect(vi.body.errors[0].message).toMatch(/^Mật khẩu của bạn đã hết hạn/)
    expect((await bare.api.rest('GET', `/users/${expired.id}`, { token })).status).toBe(200)
    const changed = await bare.api.rest('PATCH', `/users/${expired.id}`, { token, body: { password: 'Bare-Plugin-2' } })
    expect(changed.status).toBe(200)
  })

  it('lets other users work', async () => {
    const token = await bare.api.login('current@example.test', PASSWORD)
    expect((await bare.api.rest('GET', '/notes', { token })).status).toBe(200)
  })

  it('has its words in English and Vietnamese in the config', () => {
    const translations = bare.payload.config.i18n.translations as Record<string, Record<string, object>>
    expect(translations.en!.passwordExpiry).toHaveProperty('mustChange')
    expect(translations.vi!.passwordExpiry).toHaveProperty('mustChange')
  })

  it('enabled: false keeps the schema and adds no hooks', async () => {
    const off = await passwordExpiryConfig('postgres://unused/none', false)
    expect(await schemaOf(off)).toEqual(await schemaOf(passwordExpiryConfig('postgres://unused/none')))
    expect(off.collections.every((c) => (c.hooks.beforeOperation ?? []).length === 0)).toBe(true)
  })
})
