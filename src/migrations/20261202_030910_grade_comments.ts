import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "grades" ADD COLUMN "comment" varchar;
  ALTER TABLE "grades" ADD COLUMN "year_comment" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "grades" DROP COLUMN "comment";
  ALTER TABLE "grades" DROP COLUMN "year_comment";`)
}
