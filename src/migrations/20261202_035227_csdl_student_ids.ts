import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "students" ADD COLUMN "national_student_id" varchar;
  ALTER TABLE "students" ADD COLUMN "place_of_birth" varchar;
  CREATE UNIQUE INDEX "students_national_student_id_idx" ON "students" USING btree ("national_student_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "students_national_student_id_idx";
  ALTER TABLE "students" DROP COLUMN "national_student_id";
  ALTER TABLE "students" DROP COLUMN "place_of_birth";`)
}
