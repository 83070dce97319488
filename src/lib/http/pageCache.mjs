// A short-lived memory cache of whole responses, for the production server (scripts/server.mjs): a
// page that Next serves from its own ISR cache is kept here, headers and body, for a few seconds, so
// that the next requests for it skip Next's routing and cache read altogether. HTTP's rules decide
// what it keeps and for whom: only a complete 200 that Next marks as cached (`x-nextjs-cache`, not
// STALE), public (`Cache-Control` without private/no-store), setting no cookie; an entry is found
// again only by a request with the same values of the headers the response `Vary`s on. `clear()`
// empties it when the site changes (publishing calls it through `onSiteChanged`); a response that
// was being rendered while it was cleared is not kept (its content may predate the change).

/** How long a page is kept at most (or less, when its own `s-maxage` is shorter). */
const TTL_MS = 10_000

/**
 * @param {{ maxEntries?: number, maxBytes?: number, ttlMs?: number, now?: () => number }} [options]
 */
export const createPageCache = ({
  maxEntries = 200,
  maxBytes = 32 * 1024 * 1024,
  ttlMs = TTL_MS,
  now = Date.now,
} = {}) => {
  /** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, expires: number }>} */
  const entries = new Map() // least recently used first
  /** @type {Map<string, string[]>} the header names each path's response varies on */
  const varyOf = new Map()
  let bytes = 0
  let generation = 0

  const drop = (key) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }
  const keyOf = (url, requestHeaders, vary) =>
    [url, ...vary.map((name) => `${name}=${requestHeaders[name] ?? ''}`)].join('\n')

  return {
    /** Changes at each `clear()`: a response begun under an older generation is not stored. */
    get generation() {
      return generation
    },
    /** The stored response for this URL and these request headers (lower-case names), if fresh. */
    get(url, requestHeaders) {
      const vary = varyOf.get(url)
      if (!vary) return undefined
      const key = keyOf(url, requestHeaders, vary)
      const entry = entries.get(key)
      if (!entry) return undefined
      if (now() >= entry.expires) {
        drop(key)
        return undefined
      }
      entries.delete(key)
      entries.set(key, entry)
      varyOf.delete(url)
      varyOf.set(url, vary) // recently used, as the entry
      return entry
    },
    /**
     * Keeps a complete response when HTTP allows it and nothing changed since it began
     * (`since`: the generation read when the request arrived). Returns whether it was kept.
     */
    put(url, requestHeaders, { status, headers, body }, since) {
      // STALE: Next is rendering the page again; its next answer will be the fresh one
      const nextCache = String(headers['x-nextjs-cache'] ?? '')
      if (since !== generation || status !== 200 || !nextCache || nextCache === 'STALE') return false
      if (headers['set-cookie'] || body.length > maxBytes / 8) return false
      const cacheControl = String(headers['cache-control'] ?? '')
      if (/\b(private|no-store|no-cache)\b/i.test(cacheControl)) return false
      const vary = String(headers.vary ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean)
      if (vary.includes('*') || vary.includes('cookie')) return false
      const maxAge = /\bs-maxage=(\d+)/i.exec(cacheControl)
      const lifetime = Math.min(ttlMs, maxAge ? Number(maxAge[1]) * 1000 : ttlMs)
      if (lifetime <= 0) return false
      varyOf.delete(url)
      varyOf.set(url, vary) // most recently kept last, bounded like the entries (URLs vary with queries)
      if (varyOf.size > maxEntries) varyOf.delete(varyOf.keys().next().value)
      const key = keyOf(url, requestHeaders, vary)
      drop(key)
      entries.set(key, { status, headers, body, expires: now() + lifetime })
      bytes += body.length
      while (entries.size > maxEntries || bytes > maxBytes) drop(entries.keys().next().value)
      return true
    },
    /** Forgets every page: the site changed. */
    clear() {
      entries.clear()
      varyOf.clear()
      bytes = 0
      generation++
    },
    get size() {
      return entries.size
    },
  }
}

/** Where the app tells the server that published content changed (one process: a global). */
const SITE_CHANGED = Symbol.for('haugiang.site-changed')

/** Called by the app's revalidation hooks: the server's page cache, if any, forgets every page. */
export const announceSiteChanged = () => globalThis[SITE_CHANGED]?.()

/** The server listens: `listener` runs whenever the app announces a change. */
export const onSiteChanged = (listener) => {
  globalThis[SITE_CHANGED] = listener
}
