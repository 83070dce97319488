import { createHmac, timingSafeEqual } from 'node:crypto'

import { extractJWT, type AuthStrategyFunction, type AuthStrategyResult, type Collection, type Payload } from 'payload'

import { isMadeOfItsOwnRows } from './coverage'
import { rowVersionQuery, type Queryable } from './rowVersion'

export type Lookup = 'hit' | 'miss' | 'changed' | 'expired'

export type CacheSettings = { maxEntries: number; maxAgeSeconds: number; onLookup?: (lookup: Lookup) => void }

type Kept = {
  user: NonNullable<AuthStrategyResult['user']>
  collection: string
  id: string
  version: string
  expiresAt: number
}

/** The claims of a token's payload, read without verifying it: only to choose what to read. */
const claimsOf = (token: string) => {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    if (typeof claims?.collection !== 'string' || !['string', 'number'].includes(typeof claims.id)) return null
    if (typeof claims.exp !== 'number') return null
    return {
      collection: claims.collection as string,
      id: claims.id as string | number,
      sid: claims.sid,
      exp: claims.exp,
    }
  } catch {
    return null
  }
}

/**
 * Whether the token carries Payload's own signature (HS256 with the instance's secret, as its JWT
 * strategy verifies it). Checked before anything is read for a token not yet kept, so that a forged
 * or foreign token costs no query and no log line; the strategy still verifies every token itself.
 */
const signedWith = (secret: string, token: string) => {
  const [header, body, signature] = token.split('.')
  if (!header || !body || !signature) return false
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${header}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const collectionOf = (payload: Payload, slug: string) =>
  (payload.collections as Record<string, Collection | undefined>)[slug]

/** The row version of a document of each collection, its SQL built once from the catalog. */
const rowVersions = (payload: Payload, pool: Queryable) => {
  const db = payload.db as unknown as { schemaName?: string; tableNameMap?: Map<string, string> }
  const queries = new Map<string, Promise<string>>()
  /** The collection's table, named as Payload's Postgres adapter names it. */
  const tableOf = (slug: string) => {
    const dbName = collectionOf(payload, slug)?.config.dbName
    const name = (typeof dbName === 'function' ? dbName({}) : dbName) ?? slug.replace(/([a-z\d])([A-Z])/g, '$1_$2')
    const snake = name.replace(/-/g, '_').toLowerCase()
    return db.tableNameMap?.get(snake) ?? snake
  }
  return async (collection: string, id: string | number) => {
    let text = queries.get(collection)
    if (!text) {
      text = rowVersionQuery(pool, db.schemaName || 'public', tableOf(collection))
      text.catch(() => queries.delete(collection)) // built again next time
      queries.set(collection, text)
    }
    // Named: prepared once per connection, planned without being parsed again.
    const { rows } = await pool.query({ name: `auth-cache:${collection}`, text: await text, values: [id] })
    return rows[0] ? String(rows[0].version) : null
  }
}

/**
 * Wraps Payload's JWT strategy: the account a token was last authenticated as is kept, and reused
 * for the same token, depth and locale while the account's rows are unchanged (one small query
 * reads their version) and the token has not expired. Anything else goes to Payload's strategy as
 * before, which verifies the token, reads the account and checks its session.
 */
export const cachedStrategy = (
  authenticate: AuthStrategyFunction,
  payload: Payload,
  pool: Queryable,
  settings: CacheSettings,
): AuthStrategyFunction => {
  const kept = new Map<string, Kept>() // least recently used first
  const readVersion = rowVersions(payload, pool)
  /** The version, or null when it cannot be read: the cache then steps aside, it never fails a sign-in. */
  const versionOf = async (collection: string, id: string | number) => {
    try {
      return await readVersion(collection, id)
    } catch (error) {
      payload.logger.warn({ err: error, msg: `auth-cache: the version of ${collection} ${id} could not be read` })
      return null
    }
  }
  const keep = (key: string, entry: Kept) => {
    kept.delete(key)
    kept.set(key, entry)
    if (kept.size > settings.maxEntries) kept.delete(kept.keys().next().value!)
  }
  const covers = (collection: string, isGraphQL: boolean) => {
    const config = collectionOf(payload, collection)?.config
    // The depth Payload's strategy reads the account at.
    return config?.auth ? isMadeOfItsOwnRows(config, isGraphQL ? 0 : (config.auth.depth ?? 0)) : false
  }

  return async (args) => {
    const token = extractJWT({ headers: args.headers, payload: args.payload })
    // Inside a transaction a read may see rows not yet committed: not kept, not served.
    if (!token || args.req?.transactionID) return authenticate(args)
    const key = [
      args.isGraphQL ? 'graphql' : 'rest',
      args.req?.locale ?? '',
      args.req?.fallbackLocale ?? '',
      token,
    ].join(' ')
    const entry = kept.get(key)
    /** The account's version read for the kept entry, before the account is read again (reused below). */
    let current: string | null | undefined
    if (entry) {
      // The entry stays kept while its version is read: requests of the same token at the same time
      // (a page's parallel fetches) all find it, rather than all reading the account again.
      const stillKept = () => kept.get(key) === entry // not replaced by a newer entry meanwhile
      if (entry.expiresAt <= Date.now()) {
        kept.delete(key)
        settings.onLookup?.('expired')
      } else if ((current = await versionOf(entry.collection, entry.id)) !== entry.version) {
        if (stillKept()) kept.delete(key)
        settings.onLookup?.('changed')
      } else {
        if (stillKept()) keep(key, entry) // most recently used
        settings.onLookup?.('hit')
        return { user: structuredClone(entry.user) } // each request its own copy
      }
    } else settings.onLookup?.('miss')

    const claims = claimsOf(token)
    if (!claims || !signedWith(payload.secret, token) || !covers(claims.collection, Boolean(args.isGraphQL)))
      return authenticate(args)
    // Read before the account: a change in between leaves a stale version kept, never a stale account.
    const version = current !== undefined ? current : await versionOf(claims.collection, claims.id)
    const result = await authenticate(args)
    const user = result.user as (AuthStrategyResult['user'] & { _sid?: unknown }) | null
    const authenticatedByThisToken =
      user && String(user.id) === String(claims.id) && user.collection === claims.collection && user._sid === claims.sid
    if (version !== null && authenticatedByThisToken) {
      const expiresAt = Math.min(claims.exp * 1000, Date.now() + settings.maxAgeSeconds * 1000)
      keep(key, {
        user: structuredClone(user),
        collection: claims.collection,
        id: String(claims.id),
        version,
        expiresAt,
      })
    }
    return result
  }
}
