import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_document_attachment_idx";
  DROP INDEX "media_public_document_idx";
  ALTER TABLE "media" DROP COLUMN "document_attachment";
  ALTER TABLE "media" DROP COLUMN "public_document";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "document_attachment" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "public_document" boolean DEFAULT false;
  CREATE INDEX "media_document_attachment_idx" ON "media" USING btree ("document_attachment");
  CREATE INDEX "media_public_document_idx" ON "media" USING btree ("public_document");`)
}
