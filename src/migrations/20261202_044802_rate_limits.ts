import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the counters of `src/lib/rateLimit` (not a Payload collection: nobody reads them
 * through the API, and every instance of the app must count together).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    create table if not exists rate_limits (
      key text primary key,
      hits integer not null default 0,
      window_start timestamptz not null default now(),
      blocked_until timestamptz,
      strikes integer not null default 0,
      updated_at timestamptz not null default now()
    )`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`drop table if exists rate_limits`)
}
