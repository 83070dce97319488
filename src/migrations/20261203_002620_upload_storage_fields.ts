import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "exam_papers" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "exam_papers" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "export_runs" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "export_runs" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "message_attachments" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "message_attachments" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "exam_papers" DROP COLUMN "prefix";
  ALTER TABLE "exam_papers" DROP COLUMN "_objectkey";
  ALTER TABLE "export_runs" DROP COLUMN "prefix";
  ALTER TABLE "export_runs" DROP COLUMN "_objectkey";
  ALTER TABLE "message_attachments" DROP COLUMN "prefix";
  ALTER TABLE "message_attachments" DROP COLUMN "_objectkey";`)
}
