import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (made blank by `migrate:create`; no collection changes): the sign-in codes of
 * guardians who have no account yet (`src/portal/pendingCodes.ts`), keyed by the phone the school
 * recorded on a student's guardian entry. Not a Payload collection: nobody reads or writes it
 * through any API, and the code is spent and counted in single statements.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    create table if not exists guardian_pending_codes (
      phone text primary key,
      code_hash text,
      expires_at timestamptz,
      failures integer not null default 0,
      lock_until timestamptz,
      updated_at timestamptz not null default now()
    )`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`drop table if exists guardian_pending_codes`)
}
