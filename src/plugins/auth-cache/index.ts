import type { Config, Plugin } from 'payload'

import { cachedStrategy, type Lookup } from './cachedStrategy'
import type { Queryable } from './rowVersion'

export type { Lookup } from './cachedStrategy'

export type AuthCacheOptions = {
  /** Off: the config is left as it is. Default true. */
  enabled?: boolean
  /** Tokens whose account is kept; the least recently used goes first. Default 1000. */
  maxEntries?: number
  /** How long an account is kept at most, in seconds (its token's expiry comes first). Default 600. */
  maxAgeSeconds?: number
  /** Told of each lookup of a token (metrics, tests). */
  onLookup?: (lookup: Lookup) => void
}

/** Payload's own JWT strategy (one for every auth collection with local sign-in). */
const JWT_STRATEGY = 'local-jwt'

/**
 * Every authenticated request reads its account again (Payload's JWT strategy: the account with its
 * arrays and relationships, then its session). This plugin keeps that account per token and checks
 * it is still current with one small query of the account's row versions (PostgreSQL's `xmin` and
 * `ctid` of its rows), exact across instances, transactions and direct SQL: any committed change of
 * the account, its roles or its sessions (sign-out, a password change) is seen by the next request.
 * Only accounts made of their own rows are kept (no afterRead hook, join field or populated
 * relationship at the depth the strategy reads). Needs Payload's Postgres adapter; elsewhere, or
 * when disabled, authentication is Payload's as it was.
 */
export const authCache =
  (options: AuthCacheOptions = {}): Plugin =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const settings = {
      maxEntries: options.maxEntries ?? 1000,
      maxAgeSeconds: options.maxAgeSeconds ?? 600,
      onLookup: options.onLookup,
    }
    return {
      ...config,
      // Payload builds its strategies when it starts, the JWT one last; wrapped in place there, it
      // keeps its name and its turn (a strategy added before it would verify a refused token twice).
      onInit: async (payload) => {
        const pool = (payload.db as unknown as { pool?: Queryable }).pool
        if (typeof pool?.query === 'function') {
          payload.authStrategies = payload.authStrategies.map((strategy) =>
            strategy.name === JWT_STRATEGY
              ? { ...strategy, authenticate: cachedStrategy(strategy.authenticate, payload, pool, settings) }
              : strategy,
          )
        } else payload.logger.warn('auth-cache: no PostgreSQL pool (db.pool); accounts are not kept')
        await config.onInit?.(payload)
      },
    }
  }
