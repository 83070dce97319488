import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: indexes the gradebook's set-based queries need (issue 14): a grade's audit entries
 * by document (progress change counts), a term's grades per sheet, a class's current students.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "audit_log_collection_document_idx" ON "audit_log" USING btree ("collection", "document_id");
    CREATE INDEX IF NOT EXISTS "grades_term_class_subject_idx" ON "grades" USING btree ("term_id", "class_id", "subject_id");
    CREATE INDEX IF NOT EXISTS "enrolments_class_latest_idx" ON "enrolments" USING btree ("class_id", "student_id") WHERE "is_latest";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "enrolments_class_latest_idx";
    DROP INDEX IF EXISTS "grades_term_class_subject_idx";
    DROP INDEX IF EXISTS "audit_log_collection_document_idx";`)
}
