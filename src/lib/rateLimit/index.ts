import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { poolSql } from '@/lib/sql'

/**
 * A rule: at most `limit` hits per `windowSeconds` for one key; the hit that reaches the limit
 * blocks the key for `blockSeconds`, doubled at each new block of the same key (exponential
 * back-off) up to `maxBlockSeconds`. A key that stays quiet for `forgetAfterSeconds` starts afresh.
 */
export type RateLimitRule = {
  name: string
  limit: number
  windowSeconds: number
  blockSeconds: number
  maxBlockSeconds?: number
  forgetAfterSeconds?: number
}

export type RateLimitState = { allowed: boolean; retryAfterSeconds: number }

type Row = { hits: number; blocked_until: Date | string | null; strikes: number }

const secondsUntil = (when: Date | string | null | undefined, now = Date.now()) =>
  when ? Math.max(0, Math.ceil((new Date(when).getTime() - now) / 1000)) : 0

/**
 * Rate limits keyed by strings (`login-ip:10.0.0.1`, `portal-code:0912…`), kept in PostgreSQL's
 * `rate_limits` table (hand-written migration) so that every instance of the app counts together.
 * Writes go straight to the pool, outside any request transaction: a refused request rolls its
 * own transaction back, and its hit must stay counted.
 */
export const rateLimiter = (payload: Payload) => {
  const db = poolSql(payload)
  const keyOf = (rule: RateLimitRule, key: string) => `${rule.name}:${key}`.slice(0, 500)

  /** Whether the key is blocked now, without counting a hit. */
  const check = async (rule: RateLimitRule, key: string): Promise<RateLimitState> => {
    const { rows } = await db.execute(
      sql`select blocked_until from rate_limits where key = ${keyOf(rule, key)} and blocked_until > now()`,
    )
    const retryAfterSeconds = secondsUntil(rows[0]?.blocked_until as string | undefined)
    return { allowed: retryAfterSeconds === 0, retryAfterSeconds }
  }

  /** Counts one hit; the hit that reaches the limit blocks the key (and is itself still allowed). */
  const hit = async (rule: RateLimitRule, key: string): Promise<RateLimitState> => {
    const k = keyOf(rule, key)
    const forget = rule.forgetAfterSeconds ?? 24 * 60 * 60
    const { rows } = await db.execute(sql`
      insert into rate_limits (key, hits, window_start, strikes, updated_at)
      values (${k}, 1, now(), 0, now())
      on conflict (key) do update set
        strikes = case when rate_limits.updated_at < now() - make_interval(secs => ${forget}) then 0
                       else rate_limits.strikes end,
        hits = case when rate_limits.window_start < now() - make_interval(secs => ${rule.windowSeconds}) then 1
                    else rate_limits.hits + 1 end,
        window_start = case when rate_limits.window_start < now() - make_interval(secs => ${rule.windowSeconds})
                            then now() else rate_limits.window_start end,
        updated_at = now()
      returning hits, blocked_until, strikes`)
    const row = rows[0] as Row
    if (secondsUntil(row.blocked_until) > 0)
      return { allowed: false, retryAfterSeconds: secondsUntil(row.blocked_until) }
    if (row.hits < rule.limit) return { allowed: true, retryAfterSeconds: 0 }
    const seconds = Math.min(rule.blockSeconds * 2 ** row.strikes, rule.maxBlockSeconds ?? rule.blockSeconds * 1024)
    await db.execute(sql`
      update rate_limits set blocked_until = now() + make_interval(secs => ${seconds}), strikes = strikes + 1,
        hits = 0, window_start = now()
      where key = ${k}`)
    return { allowed: true, retryAfterSeconds: 0 }
  }

  /** Forgets a key (e.g. an account's failures after a successful sign-in). */
  const reset = async (rule: RateLimitRule, key: string) => {
    await db.execute(sql`delete from rate_limits where key = ${keyOf(rule, key)}`)
  }

  return { check, hit, reset }
}

/** A 429 answer's headers and message for a refused request. */
export const retryAfterHeaders = (state: RateLimitState) =>
  new Headers({ 'Retry-After': String(state.retryAfterSeconds) })
