import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guardians_preferred_channel" AS ENUM('email');
  CREATE TYPE "public"."enum_guardian_links_status" AS ENUM('pending', 'confirmed', 'revoked');
  CREATE TYPE "public"."enum_guardian_messages_direction" AS ENUM('from-guardian', 'from-school');
  CREATE TABLE "guardians_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "guardians" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"phone" varchar,
  	"preferred_channel" "enum_guardians_preferred_channel" DEFAULT 'email',
  	"active" boolean DEFAULT true,
  	"invite_token_hash" varchar,
  	"invite_expires_at" timestamp(3) with time zone,
  	"invited_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "guardian_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"guardian_id" integer NOT NULL,
  	"student_id" integer NOT NULL,
  	"guardian_entry" varchar,
  	"relationship" varchar,
  	"status" "enum_guardian_links_status" DEFAULT 'pending' NOT NULL,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "guardian_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"student_id" integer NOT NULL,
  	"guardian_id" integer NOT NULL,
  	"direction" "enum_guardian_messages_direction" NOT NULL,
  	"body" varchar NOT NULL,
  	"class_id" integer,
  	"author_id" integer,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "guardian_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"message_attachments_id" integer
  );
  
  CREATE TABLE "message_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"guardian_id" integer,
  	"class_id" integer,
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
  
  CREATE TABLE "message_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message_id" integer NOT NULL,
  	"guardian_id" integer NOT NULL,
  	"student_id" integer NOT NULL,
  	"read_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consent_withdrawals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"student_id" integer NOT NULL,
  	"guardian_id" integer,
  	"items" jsonb,
  	"reviewed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "audit_log" ADD COLUMN "actor" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guardians_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guardian_links_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guardian_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_receipts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consent_withdrawals_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "guardians_id" integer;
  ALTER TABLE "guardians_sessions" ADD CONSTRAINT "guardians_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guardians" ADD CONSTRAINT "guardians_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_links" ADD CONSTRAINT "guardian_links_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_links" ADD CONSTRAINT "guardian_links_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_links" ADD CONSTRAINT "guardian_links_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_messages" ADD CONSTRAINT "guardian_messages_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_messages" ADD CONSTRAINT "guardian_messages_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_messages" ADD CONSTRAINT "guardian_messages_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_messages" ADD CONSTRAINT "guardian_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guardian_messages_rels" ADD CONSTRAINT "guardian_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guardian_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guardian_messages_rels" ADD CONSTRAINT "guardian_messages_rels_message_attachments_fk" FOREIGN KEY ("message_attachments_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_message_id_parent_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."parent_messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consent_withdrawals" ADD CONSTRAINT "consent_withdrawals_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consent_withdrawals" ADD CONSTRAINT "consent_withdrawals_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guardians_sessions_order_idx" ON "guardians_sessions" USING btree ("_order");
  CREATE INDEX "guardians_sessions_parent_id_idx" ON "guardians_sessions" USING btree ("_parent_id");
  CREATE INDEX "guardians_invite_token_hash_idx" ON "guardians" USING btree ("invite_token_hash");
  CREATE INDEX "guardians_invited_by_idx" ON "guardians" USING btree ("invited_by_id");
  CREATE INDEX "guardians_updated_at_idx" ON "guardians" USING btree ("updated_at");
  CREATE INDEX "guardians_created_at_idx" ON "guardians" USING btree ("created_at");
  CREATE UNIQUE INDEX "guardians_email_idx" ON "guardians" USING btree ("email");
  CREATE INDEX "guardian_links_guardian_idx" ON "guardian_links" USING btree ("guardian_id");
  CREATE INDEX "guardian_links_student_idx" ON "guardian_links" USING btree ("student_id");
  CREATE INDEX "guardian_links_status_idx" ON "guardian_links" USING btree ("status");
  CREATE INDEX "guardian_links_decided_by_idx" ON "guardian_links" USING btree ("decided_by_id");
  CREATE INDEX "guardian_links_updated_at_idx" ON "guardian_links" USING btree ("updated_at");
  CREATE INDEX "guardian_links_created_at_idx" ON "guardian_links" USING btree ("created_at");
  CREATE INDEX "guardian_messages_student_idx" ON "guardian_messages" USING btree ("student_id");
  CREATE INDEX "guardian_messages_guardian_idx" ON "guardian_messages" USING btree ("guardian_id");
  CREATE INDEX "guardian_messages_class_idx" ON "guardian_messages" USING btree ("class_id");
  CREATE INDEX "guardian_messages_author_idx" ON "guardian_messages" USING btree ("author_id");
  CREATE INDEX "guardian_messages_updated_at_idx" ON "guardian_messages" USING btree ("updated_at");
  CREATE INDEX "guardian_messages_created_at_idx" ON "guardian_messages" USING btree ("created_at");
  CREATE INDEX "guardian_messages_rels_order_idx" ON "guardian_messages_rels" USING btree ("order");
  CREATE INDEX "guardian_messages_rels_parent_idx" ON "guardian_messages_rels" USING btree ("parent_id");
  CREATE INDEX "guardian_messages_rels_path_idx" ON "guardian_messages_rels" USING btree ("path");
  CREATE INDEX "guardian_messages_rels_message_attachments_id_idx" ON "guardian_messages_rels" USING btree ("message_attachments_id");
  CREATE INDEX "message_attachments_guardian_idx" ON "message_attachments" USING btree ("guardian_id");
  CREATE INDEX "message_attachments_class_idx" ON "message_attachments" USING btree ("class_id");
  CREATE INDEX "message_attachments_updated_at_idx" ON "message_attachments" USING btree ("updated_at");
  CREATE INDEX "message_attachments_created_at_idx" ON "message_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "message_attachments_filename_idx" ON "message_attachments" USING btree ("filename");
  CREATE INDEX "message_receipts_message_idx" ON "message_receipts" USING btree ("message_id");
  CREATE INDEX "message_receipts_guardian_idx" ON "message_receipts" USING btree ("guardian_id");
  CREATE INDEX "message_receipts_student_idx" ON "message_receipts" USING btree ("student_id");
  CREATE INDEX "message_receipts_updated_at_idx" ON "message_receipts" USING btree ("updated_at");
  CREATE INDEX "message_receipts_created_at_idx" ON "message_receipts" USING btree ("created_at");
  CREATE INDEX "consent_withdrawals_student_idx" ON "consent_withdrawals" USING btree ("student_id");
  CREATE INDEX "consent_withdrawals_guardian_idx" ON "consent_withdrawals" USING btree ("guardian_id");
  CREATE INDEX "consent_withdrawals_updated_at_idx" ON "consent_withdrawals" USING btree ("updated_at");
  CREATE INDEX "consent_withdrawals_created_at_idx" ON "consent_withdrawals" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guardians_fk" FOREIGN KEY ("guardians_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guardian_links_fk" FOREIGN KEY ("guardian_links_id") REFERENCES "public"."guardian_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guardian_messages_fk" FOREIGN KEY ("guardian_messages_id") REFERENCES "public"."guardian_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_attachments_fk" FOREIGN KEY ("message_attachments_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_receipts_fk" FOREIGN KEY ("message_receipts_id") REFERENCES "public"."message_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_withdrawals_fk" FOREIGN KEY ("consent_withdrawals_id") REFERENCES "public"."consent_withdrawals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_guardians_fk" FOREIGN KEY ("guardians_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor");
  CREATE INDEX "payload_locked_documents_rels_guardians_id_idx" ON "payload_locked_documents_rels" USING btree ("guardians_id");
  CREATE INDEX "payload_locked_documents_rels_guardian_links_id_idx" ON "payload_locked_documents_rels" USING btree ("guardian_links_id");
  CREATE INDEX "payload_locked_documents_rels_guardian_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("guardian_messages_id");
  CREATE INDEX "payload_locked_documents_rels_message_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("message_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_message_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("message_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_consent_withdrawals_id_idx" ON "payload_locked_documents_rels" USING btree ("consent_withdrawals_id");
  CREATE INDEX "payload_preferences_rels_guardians_id_idx" ON "payload_preferences_rels" USING btree ("guardians_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guardians_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardians" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardian_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardian_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardian_messages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_receipts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_withdrawals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "guardians_sessions" CASCADE;
  DROP TABLE "guardians" CASCADE;
  DROP TABLE "guardian_links" CASCADE;
  DROP TABLE "guardian_messages" CASCADE;
  DROP TABLE "guardian_messages_rels" CASCADE;
  DROP TABLE "message_attachments" CASCADE;
  DROP TABLE "message_receipts" CASCADE;
  DROP TABLE "consent_withdrawals" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guardians_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guardian_links_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guardian_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_attachments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_receipts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consent_withdrawals_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_guardians_fk";
  
  DROP INDEX "audit_log_actor_idx";
  DROP INDEX "payload_locked_documents_rels_guardians_id_idx";
  DROP INDEX "payload_locked_documents_rels_guardian_links_id_idx";
  DROP INDEX "payload_locked_documents_rels_guardian_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_receipts_id_idx";
  DROP INDEX "payload_locked_documents_rels_consent_withdrawals_id_idx";
  DROP INDEX "payload_preferences_rels_guardians_id_idx";
  ALTER TABLE "audit_log" DROP COLUMN "actor";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guardians_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guardian_links_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guardian_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_receipts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consent_withdrawals_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "guardians_id";
  DROP TYPE "public"."enum_guardians_preferred_channel";
  DROP TYPE "public"."enum_guardian_links_status";
  DROP TYPE "public"."enum_guardian_messages_direction";`)
}
