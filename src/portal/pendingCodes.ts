import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { MAX_CODE_FAILURES } from '@/domain/portal/signInCode'
import { poolSql } from '@/lib/sql'

/**
 * Sign-in codes of guardians without an account yet, one row per phone (`guardian_pending_codes`,
 * hand-written migration): the code's keyed hash and expiry, the wrong codes counted and the lock.
 * Each change is one statement, so two requests never both spend a code or miss a failure. Writes
 * go straight to the pool, outside the request's transaction: a refused request rolls back, and
 * its counted failure must stay.
 */

export const pendingCodes = (payload: Payload) => {
  const db = poolSql(payload)

  /** Whether the phone is locked (5 wrong codes) now: no code is sent to it. */
  const isLocked = async (phone: string): Promise<boolean> =>
    (await db.execute(sql`select 1 from guardian_pending_codes where phone = ${phone} and lock_until > now()`)).rows
      .length > 0

  /** Keeps a new code (it replaces the previous one); rows quiet for a day are forgotten meanwhile. */
  const save = async (phone: string, hash: string, expiresAt: Date) => {
    await db.execute(sql`
      delete from guardian_pending_codes
      where updated_at < now() - interval '1 day' and (lock_until is null or lock_until < now())`)
    await db.execute(sql`
      insert into guardian_pending_codes (phone, code_hash, expires_at, updated_at)
      values (${phone}, ${hash}, ${expiresAt.toISOString()}, now())
      on conflict (phone) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at,
        updated_at = now()`)
  }

  /** Spends the code if it is the stored, unexpired one on an unlocked phone; true once per code. */
  const spend = async (phone: string, hash: string): Promise<boolean> =>
    (
      await db.execute(sql`
        delete from guardian_pending_codes
        where phone = ${phone} and code_hash = ${hash} and expires_at > now()
          and (lock_until is null or lock_until <= now())
        returning phone`)
    ).rows.length === 1

  /**
   * One more wrong code for a phone that has a code waiting: the fifth spends the code and locks the
   * phone for `lockSeconds` (the count then starts afresh). Phones without a code have no row: nothing to count.
   */
  const countFailure = async (phone: string, lockSeconds: number) => {
    await db.execute(sql`
      update guardian_pending_codes set
        lock_until = case when failures + 1 >= ${MAX_CODE_FAILURES}
          then now() + make_interval(secs => ${lockSeconds}) else lock_until end,
        code_hash = case when failures + 1 >= ${MAX_CODE_FAILURES} then null else code_hash end,
        failures = case when failures + 1 >= ${MAX_CODE_FAILURES} then 0 else failures + 1 end,
        updated_at = now()
      where phone = ${phone} and code_hash is not null and (lock_until is null or lock_until <= now())`)
  }

  return { isLocked, save, spend, countFailure }
}
