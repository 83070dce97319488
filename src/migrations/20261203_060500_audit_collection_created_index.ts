import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: a collection's audit entries by date (issue 14), so the progress report reads this
 * month's entries of grades only, not every collection's.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "audit_log_collection_created_idx" ON "audit_log" USING btree ("collection", "created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "audit_log_collection_created_idx";`)
}
