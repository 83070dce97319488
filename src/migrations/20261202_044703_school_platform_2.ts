import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_albums_review_history_event" AS ENUM('create', 'transition', 'reset', 'publish', 'unpublish');
  CREATE TYPE "public"."enum_albums_review_stage" AS ENUM('draft', 'department-review', 'board-review', 'approved', 'changes-requested');
  CREATE TYPE "public"."enum_albums_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__albums_v_version_review_history_event" AS ENUM('create', 'transition', 'reset', 'publish', 'unpublish');
  CREATE TYPE "public"."enum__albums_v_version_review_stage" AS ENUM('draft', 'department-review', 'board-review', 'approved', 'changes-requested');
  CREATE TYPE "public"."enum__albums_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_disclosures_kind" AS ENUM('quality-commitment', 'quality-conditions', 'finance');
  CREATE TYPE "public"."enum_disclosures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosures_v_version_kind" AS ENUM('quality-commitment', 'quality-conditions', 'finance');
  CREATE TYPE "public"."enum__disclosures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sign_in_events_event" AS ENUM('success', 'failure', 'lockout', 'rate-limited', 'password-change', 'sign-out');
  CREATE TYPE "public"."enum_guardians_preferred_channel" AS ENUM('email');
  CREATE TYPE "public"."enum_guardian_links_status" AS ENUM('pending', 'confirmed', 'revoked');
  CREATE TYPE "public"."enum_guardian_messages_direction" AS ENUM('from-guardian', 'from-school');
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
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "albums_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"event" "enum_albums_review_history_event",
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "albums" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"department_id" integer,
  	"publish_date" timestamp(3) with time zone,
  	"description" varchar,
  	"review_stage" "enum_albums_review_stage" DEFAULT 'draft',
  	"author_id" integer,
  	"assignee_id" integer,
  	"review_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_albums_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "albums_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_albums_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" "enum__albums_v_version_review_history_event",
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_albums_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_publish_date" timestamp(3) with time zone,
  	"version_description" varchar,
  	"version_review_stage" "enum__albums_v_version_review_stage" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_assignee_id" integer,
  	"version_review_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__albums_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_albums_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"school_year" varchar,
  	"kind" "enum_disclosures_kind",
  	"page_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclosures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclosures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_disclosures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_school_year" varchar,
  	"version_kind" "enum__disclosures_v_version_kind",
  	"version_page_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclosures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_disclosures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "sign_in_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" "enum_sign_in_events_event" NOT NULL,
  	"user_id" integer,
  	"email" varchar,
  	"ip" varchar,
  	"user_agent" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  CREATE TABLE "site_settings_authority_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_menu" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"school_name" varchar NOT NULL,
  	"tagline" varchar,
  	"crest_id" integer,
  	"banner_id" integer,
  	"address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"map_url" varchar,
  	"responsible_name" varchar,
  	"responsible_title" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "students" ADD COLUMN "national_student_id" varchar;
  ALTER TABLE "students" ADD COLUMN "place_of_birth" varchar;
  ALTER TABLE "year_end_results" ADD COLUMN "summer_list" jsonb;
  ALTER TABLE "year_end_results" ADD COLUMN "proposed_by_id" integer;
  ALTER TABLE "year_end_results" ADD COLUMN "proposed_at" timestamp(3) with time zone;
  ALTER TABLE "year_end_results" ADD COLUMN "closed_by_id" integer;
  ALTER TABLE "year_end_results" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "year_end_results" ADD COLUMN "corrections" jsonb;
  ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "media" ADD COLUMN "public_use" boolean DEFAULT false;
  ALTER TABLE "grade_corrections" ADD COLUMN "title" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "actor" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comment_bank_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "albums_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sign_in_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guardians_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guardian_links_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guardian_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_receipts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consent_withdrawals_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "guardians_id" integer;
  ALTER TABLE "comment_bank" ADD CONSTRAINT "comment_bank_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_bank" ADD CONSTRAINT "comment_bank_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "albums_review_history" ADD CONSTRAINT "albums_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "albums_review_history" ADD CONSTRAINT "albums_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."albums"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "albums" ADD CONSTRAINT "albums_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "albums" ADD CONSTRAINT "albums_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "albums" ADD CONSTRAINT "albums_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "albums_rels" ADD CONSTRAINT "albums_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."albums"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "albums_rels" ADD CONSTRAINT "albums_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_albums_v_version_review_history" ADD CONSTRAINT "_albums_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_albums_v_version_review_history" ADD CONSTRAINT "_albums_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_albums_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_albums_v" ADD CONSTRAINT "_albums_v_parent_id_albums_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."albums"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_albums_v" ADD CONSTRAINT "_albums_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_albums_v" ADD CONSTRAINT "_albums_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_albums_v" ADD CONSTRAINT "_albums_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_albums_v_rels" ADD CONSTRAINT "_albums_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_albums_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_albums_v_rels" ADD CONSTRAINT "_albums_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_parent_id_disclosures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_page_id_pages_id_fk" FOREIGN KEY ("version_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sign_in_events" ADD CONSTRAINT "sign_in_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "site_settings_authority_links" ADD CONSTRAINT "site_settings_authority_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social_links" ADD CONSTRAINT "site_settings_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_menu" ADD CONSTRAINT "site_settings_menu_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_crest_id_media_id_fk" FOREIGN KEY ("crest_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_banner_id_media_id_fk" FOREIGN KEY ("banner_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "comment_bank_subject_idx" ON "comment_bank" USING btree ("subject_id");
  CREATE INDEX "comment_bank_teacher_idx" ON "comment_bank" USING btree ("teacher_id");
  CREATE INDEX "comment_bank_updated_at_idx" ON "comment_bank" USING btree ("updated_at");
  CREATE INDEX "comment_bank_created_at_idx" ON "comment_bank" USING btree ("created_at");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_media_id_idx" ON "pages_rels" USING btree ("media_id");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_media_id_idx" ON "_pages_v_rels" USING btree ("media_id");
  CREATE INDEX "albums_review_history_order_idx" ON "albums_review_history" USING btree ("_order");
  CREATE INDEX "albums_review_history_parent_id_idx" ON "albums_review_history" USING btree ("_parent_id");
  CREATE INDEX "albums_review_history_by_idx" ON "albums_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "albums_slug_idx" ON "albums" USING btree ("slug");
  CREATE INDEX "albums_department_idx" ON "albums" USING btree ("department_id");
  CREATE INDEX "albums_publish_date_idx" ON "albums" USING btree ("publish_date");
  CREATE INDEX "albums_review_stage_idx" ON "albums" USING btree ("review_stage");
  CREATE INDEX "albums_author_idx" ON "albums" USING btree ("author_id");
  CREATE INDEX "albums_assignee_idx" ON "albums" USING btree ("assignee_id");
  CREATE INDEX "albums_updated_at_idx" ON "albums" USING btree ("updated_at");
  CREATE INDEX "albums_created_at_idx" ON "albums" USING btree ("created_at");
  CREATE INDEX "albums__status_idx" ON "albums" USING btree ("_status");
  CREATE INDEX "albums_rels_order_idx" ON "albums_rels" USING btree ("order");
  CREATE INDEX "albums_rels_parent_idx" ON "albums_rels" USING btree ("parent_id");
  CREATE INDEX "albums_rels_path_idx" ON "albums_rels" USING btree ("path");
  CREATE INDEX "albums_rels_media_id_idx" ON "albums_rels" USING btree ("media_id");
  CREATE INDEX "_albums_v_version_review_history_order_idx" ON "_albums_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_albums_v_version_review_history_parent_id_idx" ON "_albums_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_albums_v_version_review_history_by_idx" ON "_albums_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_albums_v_parent_idx" ON "_albums_v" USING btree ("parent_id");
  CREATE INDEX "_albums_v_version_version_slug_idx" ON "_albums_v" USING btree ("version_slug");
  CREATE INDEX "_albums_v_version_version_department_idx" ON "_albums_v" USING btree ("version_department_id");
  CREATE INDEX "_albums_v_version_version_publish_date_idx" ON "_albums_v" USING btree ("version_publish_date");
  CREATE INDEX "_albums_v_version_version_review_stage_idx" ON "_albums_v" USING btree ("version_review_stage");
  CREATE INDEX "_albums_v_version_version_author_idx" ON "_albums_v" USING btree ("version_author_id");
  CREATE INDEX "_albums_v_version_version_assignee_idx" ON "_albums_v" USING btree ("version_assignee_id");
  CREATE INDEX "_albums_v_version_version_updated_at_idx" ON "_albums_v" USING btree ("version_updated_at");
  CREATE INDEX "_albums_v_version_version_created_at_idx" ON "_albums_v" USING btree ("version_created_at");
  CREATE INDEX "_albums_v_version_version__status_idx" ON "_albums_v" USING btree ("version__status");
  CREATE INDEX "_albums_v_created_at_idx" ON "_albums_v" USING btree ("created_at");
  CREATE INDEX "_albums_v_updated_at_idx" ON "_albums_v" USING btree ("updated_at");
  CREATE INDEX "_albums_v_latest_idx" ON "_albums_v" USING btree ("latest");
  CREATE INDEX "_albums_v_rels_order_idx" ON "_albums_v_rels" USING btree ("order");
  CREATE INDEX "_albums_v_rels_parent_idx" ON "_albums_v_rels" USING btree ("parent_id");
  CREATE INDEX "_albums_v_rels_path_idx" ON "_albums_v_rels" USING btree ("path");
  CREATE INDEX "_albums_v_rels_media_id_idx" ON "_albums_v_rels" USING btree ("media_id");
  CREATE INDEX "disclosures_school_year_idx" ON "disclosures" USING btree ("school_year");
  CREATE INDEX "disclosures_page_idx" ON "disclosures" USING btree ("page_id");
  CREATE INDEX "disclosures_updated_at_idx" ON "disclosures" USING btree ("updated_at");
  CREATE INDEX "disclosures_created_at_idx" ON "disclosures" USING btree ("created_at");
  CREATE INDEX "disclosures__status_idx" ON "disclosures" USING btree ("_status");
  CREATE INDEX "disclosures_rels_order_idx" ON "disclosures_rels" USING btree ("order");
  CREATE INDEX "disclosures_rels_parent_idx" ON "disclosures_rels" USING btree ("parent_id");
  CREATE INDEX "disclosures_rels_path_idx" ON "disclosures_rels" USING btree ("path");
  CREATE INDEX "disclosures_rels_documents_id_idx" ON "disclosures_rels" USING btree ("documents_id");
  CREATE INDEX "_disclosures_v_parent_idx" ON "_disclosures_v" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_version_version_school_year_idx" ON "_disclosures_v" USING btree ("version_school_year");
  CREATE INDEX "_disclosures_v_version_version_page_idx" ON "_disclosures_v" USING btree ("version_page_id");
  CREATE INDEX "_disclosures_v_version_version_updated_at_idx" ON "_disclosures_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosures_v_version_version_created_at_idx" ON "_disclosures_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosures_v_version_version__status_idx" ON "_disclosures_v" USING btree ("version__status");
  CREATE INDEX "_disclosures_v_created_at_idx" ON "_disclosures_v" USING btree ("created_at");
  CREATE INDEX "_disclosures_v_updated_at_idx" ON "_disclosures_v" USING btree ("updated_at");
  CREATE INDEX "_disclosures_v_latest_idx" ON "_disclosures_v" USING btree ("latest");
  CREATE INDEX "_disclosures_v_rels_order_idx" ON "_disclosures_v_rels" USING btree ("order");
  CREATE INDEX "_disclosures_v_rels_parent_idx" ON "_disclosures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_rels_path_idx" ON "_disclosures_v_rels" USING btree ("path");
  CREATE INDEX "_disclosures_v_rels_documents_id_idx" ON "_disclosures_v_rels" USING btree ("documents_id");
  CREATE INDEX "sign_in_events_event_idx" ON "sign_in_events" USING btree ("event");
  CREATE INDEX "sign_in_events_user_idx" ON "sign_in_events" USING btree ("user_id");
  CREATE INDEX "sign_in_events_updated_at_idx" ON "sign_in_events" USING btree ("updated_at");
  CREATE INDEX "sign_in_events_created_at_idx" ON "sign_in_events" USING btree ("created_at");
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
  CREATE INDEX "site_settings_authority_links_order_idx" ON "site_settings_authority_links" USING btree ("_order");
  CREATE INDEX "site_settings_authority_links_parent_id_idx" ON "site_settings_authority_links" USING btree ("_parent_id");
  CREATE INDEX "site_settings_social_links_order_idx" ON "site_settings_social_links" USING btree ("_order");
  CREATE INDEX "site_settings_social_links_parent_id_idx" ON "site_settings_social_links" USING btree ("_parent_id");
  CREATE INDEX "site_settings_menu_order_idx" ON "site_settings_menu" USING btree ("_order");
  CREATE INDEX "site_settings_menu_parent_id_idx" ON "site_settings_menu" USING btree ("_parent_id");
  CREATE INDEX "site_settings_crest_idx" ON "site_settings" USING btree ("crest_id");
  CREATE INDEX "site_settings_banner_idx" ON "site_settings" USING btree ("banner_id");
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_bank_fk" FOREIGN KEY ("comment_bank_id") REFERENCES "public"."comment_bank"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_albums_fk" FOREIGN KEY ("albums_id") REFERENCES "public"."albums"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sign_in_events_fk" FOREIGN KEY ("sign_in_events_id") REFERENCES "public"."sign_in_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guardians_fk" FOREIGN KEY ("guardians_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guardian_links_fk" FOREIGN KEY ("guardian_links_id") REFERENCES "public"."guardian_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guardian_messages_fk" FOREIGN KEY ("guardian_messages_id") REFERENCES "public"."guardian_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_attachments_fk" FOREIGN KEY ("message_attachments_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_receipts_fk" FOREIGN KEY ("message_receipts_id") REFERENCES "public"."message_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_withdrawals_fk" FOREIGN KEY ("consent_withdrawals_id") REFERENCES "public"."consent_withdrawals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_guardians_fk" FOREIGN KEY ("guardians_id") REFERENCES "public"."guardians"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "students_national_student_id_idx" ON "students" USING btree ("national_student_id");
  CREATE INDEX "year_end_results_proposed_by_idx" ON "year_end_results" USING btree ("proposed_by_id");
  CREATE INDEX "year_end_results_closed_by_idx" ON "year_end_results" USING btree ("closed_by_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_public_use_idx" ON "media" USING btree ("public_use");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor");
  CREATE INDEX "payload_locked_documents_rels_comment_bank_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_bank_id");
  CREATE INDEX "payload_locked_documents_rels_albums_id_idx" ON "payload_locked_documents_rels" USING btree ("albums_id");
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");
  CREATE INDEX "payload_locked_documents_rels_sign_in_events_id_idx" ON "payload_locked_documents_rels" USING btree ("sign_in_events_id");
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
   ALTER TABLE "comment_bank" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "albums_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "albums" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "albums_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_albums_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_albums_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_albums_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclosures_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sign_in_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardians_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardians" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardian_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardian_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guardian_messages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_receipts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_withdrawals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_authority_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_menu" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comment_bank" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "albums_review_history" CASCADE;
  DROP TABLE "albums" CASCADE;
  DROP TABLE "albums_rels" CASCADE;
  DROP TABLE "_albums_v_version_review_history" CASCADE;
  DROP TABLE "_albums_v" CASCADE;
  DROP TABLE "_albums_v_rels" CASCADE;
  DROP TABLE "disclosures" CASCADE;
  DROP TABLE "disclosures_rels" CASCADE;
  DROP TABLE "_disclosures_v" CASCADE;
  DROP TABLE "_disclosures_v_rels" CASCADE;
  DROP TABLE "sign_in_events" CASCADE;
  DROP TABLE "guardians_sessions" CASCADE;
  DROP TABLE "guardians" CASCADE;
  DROP TABLE "guardian_links" CASCADE;
  DROP TABLE "guardian_messages" CASCADE;
  DROP TABLE "guardian_messages_rels" CASCADE;
  DROP TABLE "message_attachments" CASCADE;
  DROP TABLE "message_receipts" CASCADE;
  DROP TABLE "consent_withdrawals" CASCADE;
  DROP TABLE "site_settings_authority_links" CASCADE;
  DROP TABLE "site_settings_social_links" CASCADE;
  DROP TABLE "site_settings_menu" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  ALTER TABLE "year_end_results" DROP CONSTRAINT "year_end_results_proposed_by_id_users_id_fk";
  
  ALTER TABLE "year_end_results" DROP CONSTRAINT "year_end_results_closed_by_id_users_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comment_bank_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_albums_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sign_in_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guardians_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guardian_links_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guardian_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_attachments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_receipts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consent_withdrawals_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_guardians_fk";
  
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
  DROP INDEX "students_national_student_id_idx";
  DROP INDEX "year_end_results_proposed_by_idx";
  DROP INDEX "year_end_results_closed_by_idx";
  DROP INDEX "media_uploaded_by_idx";
  DROP INDEX "media_public_use_idx";
  DROP INDEX "audit_log_actor_idx";
  DROP INDEX "payload_locked_documents_rels_comment_bank_id_idx";
  DROP INDEX "payload_locked_documents_rels_albums_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclosures_id_idx";
  DROP INDEX "payload_locked_documents_rels_sign_in_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_guardians_id_idx";
  DROP INDEX "payload_locked_documents_rels_guardian_links_id_idx";
  DROP INDEX "payload_locked_documents_rels_guardian_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_receipts_id_idx";
  DROP INDEX "payload_locked_documents_rels_consent_withdrawals_id_idx";
  DROP INDEX "payload_preferences_rels_guardians_id_idx";
  ALTER TABLE "students" DROP COLUMN "national_student_id";
  ALTER TABLE "students" DROP COLUMN "place_of_birth";
  ALTER TABLE "year_end_results" DROP COLUMN "summer_list";
  ALTER TABLE "year_end_results" DROP COLUMN "proposed_by_id";
  ALTER TABLE "year_end_results" DROP COLUMN "proposed_at";
  ALTER TABLE "year_end_results" DROP COLUMN "closed_by_id";
  ALTER TABLE "year_end_results" DROP COLUMN "closed_at";
  ALTER TABLE "year_end_results" DROP COLUMN "corrections";
  ALTER TABLE "media" DROP COLUMN "uploaded_by_id";
  ALTER TABLE "media" DROP COLUMN "public_use";
  ALTER TABLE "grade_corrections" DROP COLUMN "title";
  ALTER TABLE "audit_log" DROP COLUMN "actor";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comment_bank_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "albums_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sign_in_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guardians_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guardian_links_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guardian_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_receipts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consent_withdrawals_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "guardians_id";
  DROP TYPE "public"."enum_albums_review_history_event";
  DROP TYPE "public"."enum_albums_review_stage";
  DROP TYPE "public"."enum_albums_status";
  DROP TYPE "public"."enum__albums_v_version_review_history_event";
  DROP TYPE "public"."enum__albums_v_version_review_stage";
  DROP TYPE "public"."enum__albums_v_version_status";
  DROP TYPE "public"."enum_disclosures_kind";
  DROP TYPE "public"."enum_disclosures_status";
  DROP TYPE "public"."enum__disclosures_v_version_kind";
  DROP TYPE "public"."enum__disclosures_v_version_status";
  DROP TYPE "public"."enum_sign_in_events_event";
  DROP TYPE "public"."enum_guardians_preferred_channel";
  DROP TYPE "public"."enum_guardian_links_status";
  DROP TYPE "public"."enum_guardian_messages_direction";`)
}
