import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_year_end_results_training_term_i" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_training_term_i_i" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_training" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_learning" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_outcome" AS ENUM('promoted', 'completed', 'summer-training', 'summer-reassessment', 'kept-back', 'absences-over-limit');
  CREATE TYPE "public"."enum_year_end_results_title" AS ENUM('xuat-sac', 'gioi');
  CREATE TYPE "public"."enum_year_end_results_summer_training" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_status" AS ENUM('draft', 'proposed', 'approved');
  CREATE TABLE "year_end_results" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"student_id" integer NOT NULL,
  	"class_id" integer NOT NULL,
  	"school_year_id" integer NOT NULL,
  	"subjects" jsonb,
  	"training_term_i" "enum_year_end_results_training_term_i",
  	"training_term_i_i" "enum_year_end_results_training_term_i_i",
  	"training" "enum_year_end_results_training",
  	"learning" "enum_year_end_results_learning",
  	"absent_sessions" numeric,
  	"outcome" "enum_year_end_results_outcome",
  	"reassessment_subjects" jsonb,
  	"title" "enum_year_end_results_title",
  	"comment" varchar,
  	"summer_results" jsonb,
  	"summer_training" "enum_year_end_results_summer_training",
  	"status" "enum_year_end_results_status" DEFAULT 'draft' NOT NULL,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "year_end_results_id" integer;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "year_end_results_student_idx" ON "year_end_results" USING btree ("student_id");
  CREATE INDEX "year_end_results_class_idx" ON "year_end_results" USING btree ("class_id");
  CREATE INDEX "year_end_results_school_year_idx" ON "year_end_results" USING btree ("school_year_id");
  CREATE INDEX "year_end_results_status_idx" ON "year_end_results" USING btree ("status");
  CREATE INDEX "year_end_results_approved_by_idx" ON "year_end_results" USING btree ("approved_by_id");
  CREATE INDEX "year_end_results_updated_at_idx" ON "year_end_results" USING btree ("updated_at");
  CREATE INDEX "year_end_results_created_at_idx" ON "year_end_results" USING btree ("created_at");
  CREATE UNIQUE INDEX "student_schoolYear_idx" ON "year_end_results" USING btree ("student_id","school_year_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_year_end_results_fk" FOREIGN KEY ("year_end_results_id") REFERENCES "public"."year_end_results"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_year_end_results_id_idx" ON "payload_locked_documents_rels" USING btree ("year_end_results_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "year_end_results" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "year_end_results" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_year_end_results_fk";
  
  DROP INDEX "payload_locked_documents_rels_year_end_results_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "year_end_results_id";
  DROP TYPE "public"."enum_year_end_results_training_term_i";
  DROP TYPE "public"."enum_year_end_results_training_term_i_i";
  DROP TYPE "public"."enum_year_end_results_training";
  DROP TYPE "public"."enum_year_end_results_learning";
  DROP TYPE "public"."enum_year_end_results_outcome";
  DROP TYPE "public"."enum_year_end_results_title";
  DROP TYPE "public"."enum_year_end_results_summer_training";
  DROP TYPE "public"."enum_year_end_results_status";`)
}
