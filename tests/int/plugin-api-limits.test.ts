import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiLimitsConfig } from '../plugins/api-limits.config'
import { type Bare, bootBare, collectionOf, schemaOf } from '../plugins/bare'

const EN = { 'Accept-Language': 'en' }

let bare: Bare
beforeAll(async () => {
  bare = await bootBare('api-limits', (url) => apiLimitsConfig(url))
  for (let i = 0; i < 5; i++) await bare.local.create({ collection: 'posts', data: { title: `Post ${i}` } })
})
afterAll(() => bare?.close())

describe('api-limits in a bare app', () => {
  it('caps the page size and refuses a limit that is not a positive whole number', async () => {
    const page = await bare.api.rest('GET', '/posts', { query: { limit: 50 }, headers: EN })
    expect(page.status).toBe(200)
    expect(page.body.docs).toHaveLength(3)
    const zero = await bare.api.rest('GET', '/posts', { query: { limit: 0 }, headers: EN })
    expect(zero.status).toBe(400)
    expect(zero.body.errors[0].message).toBe('The limit parameter must be a positive whole number (at most 3).')
    const vi = await bare.api.rest('GET', '/posts', { query: { limit: 'abc' }, headers: { 'Accept-Language': 'vi' } })
    expect(vi.body.errors[0].message).toBe('Tham số limit phải là số nguyên dương (tối đa 3).')
  })

  it('answers 400 with its message for a value the database cannot read', async () => {
    const { status, body } = await bare.api.rest('GET', '/posts', {
      query: { where: { title: { equals: 'a\u0000' } } },
      headers: EN,
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('A value in the request is not valid (wrong id, character or format).')
  })

  it('has its words in English and Vietnamese in the config', () => {
    const translations = bare.payload.config.i18n.translations as Record<string, Record<string, object>>
    expect(Object.keys(translations.en!.apiLimits!)).toEqual(['invalidLimit', 'badValue'])
    expect(Object.keys(translations.vi!.apiLimits!)).toEqual(['invalidLimit', 'badValue'])
  })

  it('enabled: false keeps the schema and adds no hooks', async () => {
    const url = 'postgres://unused/none'
    const off = await apiLimitsConfig(url, false)
    expect(await schemaOf(off)).toEqual(await schemaOf(apiLimitsConfig(url)))
    expect(collectionOf(off, 'posts').hooks.beforeOperation ?? []).toHaveLength(0)
    expect(off.hooks?.afterError ?? []).toHaveLength(0)
  })
})
