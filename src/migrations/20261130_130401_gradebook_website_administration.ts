import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_grade_reminders_email_status" AS ENUM('queued', 'sent', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendGradeReminder' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendGradeReminder' BEFORE 'schedulePublish';
  CREATE TABLE "grade_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"teacher_id" integer NOT NULL,
  	"term_id" integer NOT NULL,
  	"class_id" integer NOT NULL,
  	"subject_id" integer NOT NULL,
  	"missing" numeric,
  	"message" varchar NOT NULL,
  	"sent_by_id" integer,
  	"email_status" "enum_grade_reminders_email_status" DEFAULT 'queued',
  	"read" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "document_attachment" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "public_document" boolean DEFAULT false;
  ALTER TABLE "audit_log" ADD COLUMN "cause_collection" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "cause_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grade_reminders_id" integer;
  ALTER TABLE "grade_reminders" ADD CONSTRAINT "grade_reminders_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_reminders" ADD CONSTRAINT "grade_reminders_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_reminders" ADD CONSTRAINT "grade_reminders_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_reminders" ADD CONSTRAINT "grade_reminders_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_reminders" ADD CONSTRAINT "grade_reminders_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "grade_reminders_teacher_idx" ON "grade_reminders" USING btree ("teacher_id");
  CREATE INDEX "grade_reminders_term_idx" ON "grade_reminders" USING btree ("term_id");
  CREATE INDEX "grade_reminders_class_idx" ON "grade_reminders" USING btree ("class_id");
  CREATE INDEX "grade_reminders_subject_idx" ON "grade_reminders" USING btree ("subject_id");
  CREATE INDEX "grade_reminders_sent_by_idx" ON "grade_reminders" USING btree ("sent_by_id");
  CREATE INDEX "grade_reminders_updated_at_idx" ON "grade_reminders" USING btree ("updated_at");
  CREATE INDEX "grade_reminders_created_at_idx" ON "grade_reminders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_reminders_fk" FOREIGN KEY ("grade_reminders_id") REFERENCES "public"."grade_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_document_attachment_idx" ON "media" USING btree ("document_attachment");
  CREATE INDEX "media_public_document_idx" ON "media" USING btree ("public_document");
  CREATE INDEX "audit_log_cause_id_idx" ON "audit_log" USING btree ("cause_id");
  CREATE INDEX "payload_locked_documents_rels_grade_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("grade_reminders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "grade_reminders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "grade_reminders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_reminders_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverParentMessage', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverParentMessage', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_document_attachment_idx";
  DROP INDEX "media_public_document_idx";
  DROP INDEX "audit_log_cause_id_idx";
  DROP INDEX "payload_locked_documents_rels_grade_reminders_id_idx";
  ALTER TABLE "media" DROP COLUMN "document_attachment";
  ALTER TABLE "media" DROP COLUMN "public_document";
  ALTER TABLE "audit_log" DROP COLUMN "cause_collection";
  ALTER TABLE "audit_log" DROP COLUMN "cause_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grade_reminders_id";
  DROP TYPE "public"."enum_grade_reminders_email_status";`)
}
