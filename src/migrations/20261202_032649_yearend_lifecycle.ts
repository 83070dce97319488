import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_enrolments_status" ADD VALUE 'graduated';
  ALTER TYPE "public"."enum_year_end_results_status" ADD VALUE 'closed';
  CREATE TABLE "comment_bank" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject_id" integer NOT NULL,
  	"text" varchar NOT NULL,
  	"teacher_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "year_end_results" ADD COLUMN "summer_list" jsonb;
  ALTER TABLE "year_end_results" ADD COLUMN "proposed_by_id" integer;
  ALTER TABLE "year_end_results" ADD COLUMN "proposed_at" timestamp(3) with time zone;
  ALTER TABLE "year_end_results" ADD COLUMN "closed_by_id" integer;
  ALTER TABLE "year_end_results" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "year_end_results" ADD COLUMN "corrections" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comment_bank_id" integer;
  ALTER TABLE "comment_bank" ADD CONSTRAINT "comment_bank_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_bank" ADD CONSTRAINT "comment_bank_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "comment_bank_subject_idx" ON "comment_bank" USING btree ("subject_id");
  CREATE INDEX "comment_bank_teacher_idx" ON "comment_bank" USING btree ("teacher_id");
  CREATE INDEX "comment_bank_updated_at_idx" ON "comment_bank" USING btree ("updated_at");
  CREATE INDEX "comment_bank_created_at_idx" ON "comment_bank" USING btree ("created_at");
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_bank_fk" FOREIGN KEY ("comment_bank_id") REFERENCES "public"."comment_bank"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "year_end_results_proposed_by_idx" ON "year_end_results" USING btree ("proposed_by_id");
  CREATE INDEX "year_end_results_closed_by_idx" ON "year_end_results" USING btree ("closed_by_id");
  CREATE INDEX "payload_locked_documents_rels_comment_bank_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_bank_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_bank" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comment_bank" CASCADE;
  ALTER TABLE "year_end_results" DROP CONSTRAINT "year_end_results_proposed_by_id_users_id_fk";
  
  ALTER TABLE "year_end_results" DROP CONSTRAINT "year_end_results_closed_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comment_bank_fk";
  
  ALTER TABLE "enrolments" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "enrolments" ALTER COLUMN "status" SET DEFAULT 'studying'::text;
  DROP TYPE "public"."enum_enrolments_status";
  CREATE TYPE "public"."enum_enrolments_status" AS ENUM('studying', 'transferred-in', 'transferred-out', 'dropped-out');
  ALTER TABLE "enrolments" ALTER COLUMN "status" SET DEFAULT 'studying'::"public"."enum_enrolments_status";
  ALTER TABLE "enrolments" ALTER COLUMN "status" SET DATA TYPE "public"."enum_enrolments_status" USING "status"::"public"."enum_enrolments_status";
  ALTER TABLE "year_end_results" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "year_end_results" ALTER COLUMN "status" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_year_end_results_status";
  CREATE TYPE "public"."enum_year_end_results_status" AS ENUM('draft', 'proposed', 'approved');
  ALTER TABLE "year_end_results" ALTER COLUMN "status" SET DEFAULT 'draft'::"public"."enum_year_end_results_status";
  ALTER TABLE "year_end_results" ALTER COLUMN "status" SET DATA TYPE "public"."enum_year_end_results_status" USING "status"::"public"."enum_year_end_results_status";
  DROP INDEX "year_end_results_proposed_by_idx";
  DROP INDEX "year_end_results_closed_by_idx";
  DROP INDEX "payload_locked_documents_rels_comment_bank_id_idx";
  ALTER TABLE "year_end_results" DROP COLUMN "summer_list";
  ALTER TABLE "year_end_results" DROP COLUMN "proposed_by_id";
  ALTER TABLE "year_end_results" DROP COLUMN "proposed_at";
  ALTER TABLE "year_end_results" DROP COLUMN "closed_by_id";
  ALTER TABLE "year_end_results" DROP COLUMN "closed_at";
  ALTER TABLE "year_end_results" DROP COLUMN "corrections";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comment_bank_id";`)
}
