import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_parent_messages_recipients_status" AS ENUM('pending', 'sent', 'failed', 'no-address');
  CREATE TYPE "public"."enum_parent_messages_kind" AS ENUM('notice', 'results');
  CREATE TYPE "public"."enum_parent_messages_audience" AS ENUM('class', 'student');
  CREATE TYPE "public"."enum_parent_messages_channel" AS ENUM('email');
  CREATE TYPE "public"."enum_parent_messages_status" AS ENUM('draft', 'queued', 'sent', 'partially-sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverParentMessage');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverParentMessage');
  CREATE TABLE "parent_messages_recipients" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"student_id" integer,
  	"guardian_name" varchar,
  	"address" varchar,
  	"status" "enum_parent_messages_recipients_status",
  	"attempts" numeric,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "parent_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_parent_messages_kind" DEFAULT 'notice' NOT NULL,
  	"audience" "enum_parent_messages_audience" DEFAULT 'class' NOT NULL,
  	"class_id" integer,
  	"student_id" integer,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"channel" "enum_parent_messages_channel" DEFAULT 'email' NOT NULL,
  	"status" "enum_parent_messages_status" DEFAULT 'draft' NOT NULL,
  	"author_id" integer,
  	"queued_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "students_guardians" ADD COLUMN "email" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "parent_messages_id" integer;
  ALTER TABLE "parent_messages_recipients" ADD CONSTRAINT "parent_messages_recipients_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parent_messages_recipients" ADD CONSTRAINT "parent_messages_recipients_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parent_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parent_messages" ADD CONSTRAINT "parent_messages_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parent_messages" ADD CONSTRAINT "parent_messages_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parent_messages" ADD CONSTRAINT "parent_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "parent_messages_recipients_order_idx" ON "parent_messages_recipients" USING btree ("_order");
  CREATE INDEX "parent_messages_recipients_parent_id_idx" ON "parent_messages_recipients" USING btree ("_parent_id");
  CREATE INDEX "parent_messages_recipients_student_idx" ON "parent_messages_recipients" USING btree ("student_id");
  CREATE INDEX "parent_messages_class_idx" ON "parent_messages" USING btree ("class_id");
  CREATE INDEX "parent_messages_student_idx" ON "parent_messages" USING btree ("student_id");
  CREATE INDEX "parent_messages_author_idx" ON "parent_messages" USING btree ("author_id");
  CREATE INDEX "parent_messages_updated_at_idx" ON "parent_messages" USING btree ("updated_at");
  CREATE INDEX "parent_messages_created_at_idx" ON "parent_messages" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_messages_fk" FOREIGN KEY ("parent_messages_id") REFERENCES "public"."parent_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_parent_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("parent_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "parent_messages_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "parent_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "parent_messages_recipients" CASCADE;
  DROP TABLE "parent_messages" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_parent_messages_fk";
  
  DROP INDEX "payload_locked_documents_rels_parent_messages_id_idx";
  ALTER TABLE "students_guardians" DROP COLUMN "email";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "parent_messages_id";
  DROP TYPE "public"."enum_parent_messages_recipients_status";
  DROP TYPE "public"."enum_parent_messages_kind";
  DROP TYPE "public"."enum_parent_messages_audience";
  DROP TYPE "public"."enum_parent_messages_channel";
  DROP TYPE "public"."enum_parent_messages_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
