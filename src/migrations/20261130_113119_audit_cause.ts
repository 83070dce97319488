import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ADD COLUMN "cause_collection" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "cause_id" varchar;
  CREATE INDEX "audit_log_cause_id_idx" ON "audit_log" USING btree ("cause_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "audit_log_cause_id_idx";
  ALTER TABLE "audit_log" DROP COLUMN "cause_collection";
  ALTER TABLE "audit_log" DROP COLUMN "cause_id";`)
}
