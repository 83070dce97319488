import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: a term's grades by creation date (issue 14), so the "changed many times" anomaly
 * finds when the term's first grade was made in one index lookup and reads the audit entries from
 * then on only, not every year's.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "grades_term_created_idx" ON "grades" USING btree ("term_id", "created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "grades_term_created_idx";`)
}
