import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_export_runs_kind" AS ENUM('year-archive', 'csdl-scores', 'csdl-results');
  CREATE TYPE "public"."enum_export_runs_status" AS ENUM('queued', 'running', 'done', 'failed');
  ALTER TYPE "public"."enum_documents_direction" ADD VALUE 'internal';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'buildExport' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'buildExport' BEFORE 'schedulePublish';
  CREATE TABLE "export_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_export_runs_kind" NOT NULL,
  	"school_year_id" integer NOT NULL,
  	"status" "enum_export_runs_status" DEFAULT 'queued' NOT NULL,
  	"done" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"message" varchar,
  	"requested_by_id" integer,
  	"finished_at" timestamp(3) with time zone,
  	"document_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "export_runs_id" integer;
  ALTER TABLE "export_runs" ADD CONSTRAINT "export_runs_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "export_runs" ADD CONSTRAINT "export_runs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "export_runs" ADD CONSTRAINT "export_runs_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "export_runs_kind_idx" ON "export_runs" USING btree ("kind");
  CREATE INDEX "export_runs_school_year_idx" ON "export_runs" USING btree ("school_year_id");
  CREATE INDEX "export_runs_requested_by_idx" ON "export_runs" USING btree ("requested_by_id");
  CREATE INDEX "export_runs_document_idx" ON "export_runs" USING btree ("document_id");
  CREATE INDEX "export_runs_updated_at_idx" ON "export_runs" USING btree ("updated_at");
  CREATE INDEX "export_runs_created_at_idx" ON "export_runs" USING btree ("created_at");
  CREATE UNIQUE INDEX "export_runs_filename_idx" ON "export_runs" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_export_runs_fk" FOREIGN KEY ("export_runs_id") REFERENCES "public"."export_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_export_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("export_runs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "export_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "export_runs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_export_runs_fk";
  
  ALTER TABLE "documents" ALTER COLUMN "direction" SET DATA TYPE text;
  DROP TYPE "public"."enum_documents_direction";
  CREATE TYPE "public"."enum_documents_direction" AS ENUM('outgoing', 'incoming');
  ALTER TABLE "documents" ALTER COLUMN "direction" SET DATA TYPE "public"."enum_documents_direction" USING "direction"::"public"."enum_documents_direction";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverParentMessage', 'sendGradeReminder', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverParentMessage', 'sendGradeReminder', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_export_runs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "export_runs_id";
  DROP TYPE "public"."enum_export_runs_kind";
  DROP TYPE "public"."enum_export_runs_status";`)
}
