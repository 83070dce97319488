import { describe, expect, it } from 'vitest'

import { announceSiteChanged, createPageCache, onSiteChanged } from '@/lib/http/pageCache.mjs'

const page = (headers: Record<string, string> = {}, body = '<html>trang</html>') => ({
  status: 200,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'x-nextjs-cache': 'HIT',
    'cache-control': 's-maxage=60, stale-while-revalidate=31535940',
    vary: 'rsc, next-router-state-tree, Accept-Encoding',
    ...headers,
  },
  body: Buffer.from(body),
})

describe('page cache of the production server', () => {
  it('keeps a page Next served from its cache, for the same values of the headers it varies on', () => {
    const cache = createPageCache()
    expect(cache.put('/tin-tuc', { 'accept-encoding': 'gzip' }, page(), cache.generation)).toBe(true)
    expect(cache.get('/tin-tuc', { 'accept-encoding': 'gzip', 'user-agent': 'another' })?.body.toString()).toBe(
      '<html>trang</html>',
    )
    // another encoding, or a client-side navigation (RSC), is another response
    expect(cache.get('/tin-tuc', {})).toBeUndefined()
    expect(cache.get('/tin-tuc', { 'accept-encoding': 'gzip', rsc: '1' })).toBeUndefined()
    expect(cache.get('/tin-tuc?page=2', { 'accept-encoding': 'gzip' })).toBeUndefined()
  })

  it('keeps nothing that is rendered per request, private, sets a cookie or is not a 200', () => {
    const cache = createPageCache()
    const since = cache.generation
    expect(cache.put('/tim-kiem', {}, page({ 'x-nextjs-cache': '' }), since)).toBe(false)
    expect(cache.put('/stale', {}, page({ 'x-nextjs-cache': 'STALE' }), since)).toBe(false)
    expect(cache.put('/a', {}, page({ 'cache-control': 'private, no-cache, no-store, max-age=0' }), since)).toBe(false)
    expect(cache.put('/b', {}, page({ 'set-cookie': 'x=1' }), since)).toBe(false)
    expect(cache.put('/c', {}, page({ vary: 'Cookie' }), since)).toBe(false)
    expect(cache.put('/d', {}, { ...page(), status: 404 }, since)).toBe(false)
    expect(cache.size).toBe(0)
  })

  it('forgets every page when the site changes, and keeps no page begun before the change', () => {
    const cache = createPageCache()
    onSiteChanged(() => cache.clear())
    const before = cache.generation
    cache.put('/', {}, page(), before)
    announceSiteChanged()
    expect(cache.get('/', {})).toBeUndefined()
    // a response rendered while the change was being saved may hold the old content
    expect(cache.put('/', {}, page(), before)).toBe(false)
    expect(cache.put('/', {}, page(), cache.generation)).toBe(true)
  })

  it('keeps a page a few seconds at most, less when its own s-maxage is shorter', () => {
    let time = 0
    const cache = createPageCache({ ttlMs: 10_000, now: () => time })
    cache.put('/', {}, page(), 0)
    cache.put('/short', {}, page({ 'cache-control': 's-maxage=2' }), 0)
    time = 2_000
    expect(cache.get('/', {})).toBeDefined()
    expect(cache.get('/short', {})).toBeUndefined()
    time = 10_000
    expect(cache.get('/', {})).toBeUndefined()
  })

  it('holds a bounded number of pages and bytes, the least recently used going first', () => {
    const cache = createPageCache({ maxEntries: 2, maxBytes: 8 * 1024 })
    cache.put('/1', {}, page(), 0)
    cache.put('/2', {}, page(), 0)
    cache.get('/1', {})
    cache.put('/3', {}, page(), 0)
    expect(cache.get('/2', {})).toBeUndefined()
    expect(cache.get('/1', {})).toBeDefined()
    // a page larger than an eighth of the budget is not kept at all
    expect(cache.put('/big', {}, page({}, 'x'.repeat(1025)), 0)).toBe(false)
  })
})
