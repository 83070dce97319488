import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_health_records_refractive_error" AS ENUM('none', 'myopia', 'hyperopia', 'astigmatism');
  CREATE TYPE "public"."enum_health_records_spine" AS ENUM('normal', 'scoliosis', 'kyphosis', 'lordosis');
  CREATE TYPE "public"."enum_conduct_level" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_training_term_i" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_training_term_i_i" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_training" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_learning" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_outcome" AS ENUM('promoted', 'completed', 'summer-training', 'summer-reassessment', 'kept-back', 'absences-over-limit');
  CREATE TYPE "public"."enum_year_end_results_title" AS ENUM('xuat-sac', 'gioi');
  CREATE TYPE "public"."enum_year_end_results_summer_training" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_year_end_results_status" AS ENUM('draft', 'proposed', 'approved');
  CREATE TYPE "public"."enum_articles_review_history_event" AS ENUM('create', 'transition', 'reset', 'publish', 'unpublish');
  CREATE TYPE "public"."enum_articles_review_stage" AS ENUM('draft', 'department-review', 'board-review', 'approved', 'changes-requested');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_review_history_event" AS ENUM('create', 'transition', 'reset', 'publish', 'unpublish');
  CREATE TYPE "public"."enum__articles_v_version_review_stage" AS ENUM('draft', 'department-review', 'board-review', 'approved', 'changes-requested');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_announcements_kind" AS ENUM('timetable', 'lunch-menu', 'test-schedule', 'gifted-exam-schedule', 'notice');
  CREATE TYPE "public"."enum_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__announcements_v_version_kind" AS ENUM('timetable', 'lunch-menu', 'test-schedule', 'gifted-exam-schedule', 'notice');
  CREATE TYPE "public"."enum__announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_documents_direction" AS ENUM('outgoing', 'incoming');
  CREATE TYPE "public"."enum_documents_document_type" AS ENUM('cong-van', 'QD', 'TB', 'KH', 'BC', 'TTr', 'BB', 'CTr', 'HD', 'GM', 'QC');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('received', 'assigned', 'in-progress', 'done');
  CREATE TYPE "public"."enum_assets_kind" AS ENUM('asset', 'teaching-equipment', 'lab-tool');
  CREATE TYPE "public"."enum_assets_condition" AS ENUM('good', 'worn', 'damaged', 'written-off');
  CREATE TYPE "public"."enum_assets_funding_source" AS ENUM('state-budget', 'school-revenue', 'sponsorship', 'other');
  CREATE TYPE "public"."enum_staff_profiles_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_staff_evaluations_status" AS ENUM('self-assessment', 'department-review', 'principal-review', 'finalised');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c1" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c2" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c3" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c4" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c5" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c6" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c7" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c8" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c9" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c10" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c11" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c12" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c13" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c14" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_ratings_c15" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_overall_rating" AS ENUM('chua-dat', 'dat', 'kha', 'tot');
  CREATE TYPE "public"."enum_staff_evaluations_classification" AS ENUM('excellent', 'good', 'completed', 'not-completed');
  CREATE TYPE "public"."enum_exam_papers_assessment" AS ENUM('midterm-1', 'final-1', 'midterm-2', 'final-2');
  CREATE TYPE "public"."enum_exam_papers_custody" AS ENUM('academic', 'library');
  CREATE TYPE "public"."enum_parent_messages_recipients_status" AS ENUM('pending', 'sent', 'failed', 'no-address');
  CREATE TYPE "public"."enum_parent_messages_kind" AS ENUM('notice', 'results');
  CREATE TYPE "public"."enum_parent_messages_audience" AS ENUM('class', 'student');
  CREATE TYPE "public"."enum_parent_messages_channel" AS ENUM('email');
  CREATE TYPE "public"."enum_parent_messages_status" AS ENUM('draft', 'queued', 'sent', 'partially-sent', 'failed');
  CREATE TYPE "public"."enum_grade_corrections_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'read');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverParentMessage', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverParentMessage', 'schedulePublish');
  CREATE TABLE "health_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"student_id" integer NOT NULL,
  	"school_year_id" integer,
  	"check_date" timestamp(3) with time zone NOT NULL,
  	"height_cm" numeric,
  	"weight_kg" numeric,
  	"bmi" numeric,
  	"blood_pressure" varchar,
  	"pulse" numeric,
  	"eyesight_left" varchar,
  	"eyesight_right" varchar,
  	"eyesight_left_glasses" varchar,
  	"eyesight_right_glasses" varchar,
  	"refractive_error" "enum_health_records_refractive_error",
  	"spine" "enum_health_records_spine",
  	"teeth" varchar,
  	"mental_health" varchar,
  	"diagnosis" varchar,
  	"medical_notes" varchar,
  	"notes_for_teachers" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "grades" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"student_id" integer NOT NULL,
  	"subject_id" integer NOT NULL,
  	"class_id" integer NOT NULL,
  	"term_id" integer NOT NULL,
  	"regular" jsonb,
  	"midterm" varchar,
  	"final" varchar,
  	"average" varchar,
  	"locked" boolean DEFAULT false,
  	"revision" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "grade_locks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term_id" integer NOT NULL,
  	"class_id" integer,
  	"subject_id" integer,
  	"note" varchar,
  	"locked_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "attendance" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"student_id" integer NOT NULL,
  	"class_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"excused" numeric DEFAULT 0 NOT NULL,
  	"unexcused" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conduct" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"student_id" integer NOT NULL,
  	"class_id" integer NOT NULL,
  	"term_id" integer NOT NULL,
  	"level" "enum_conduct_level" NOT NULL,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  CREATE TABLE "articles_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"event" "enum_articles_review_history_event",
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"department_id" integer,
  	"category_id" integer,
  	"publish_date" timestamp(3) with time zone,
  	"cover_image_id" integer,
  	"excerpt" varchar,
  	"content" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"review_stage" "enum_articles_review_stage" DEFAULT 'draft',
  	"author_id" integer,
  	"assignee_id" integer,
  	"review_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_articles_v_version_review_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" "enum__articles_v_version_review_history_event",
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_category_id" integer,
  	"version_publish_date" timestamp(3) with time zone,
  	"version_cover_image_id" integer,
  	"version_excerpt" varchar,
  	"version_content" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_review_stage" "enum__articles_v_version_review_stage" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_assignee_id" integer,
  	"version_review_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_announcements_kind",
  	"valid_from" timestamp(3) with time zone,
  	"valid_to" timestamp(3) with time zone,
  	"body" jsonb,
  	"link" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "announcements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__announcements_v_version_kind",
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_to" timestamp(3) with time zone,
  	"version_body" jsonb,
  	"version_link" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_announcements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"content" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_content" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"students_id" integer
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"direction" "enum_documents_direction" NOT NULL,
  	"year" numeric,
  	"number" numeric,
  	"symbol" varchar,
  	"document_type" "enum_documents_document_type",
  	"date" timestamp(3) with time zone NOT NULL,
  	"summary" varchar NOT NULL,
  	"signer" varchar,
  	"recipients" varchar,
  	"copies" numeric,
  	"sender" varchar,
  	"sender_reference" varchar,
  	"received_date" timestamp(3) with time zone,
  	"instruction" varchar,
  	"deadline" timestamp(3) with time zone,
  	"status" "enum_documents_status" DEFAULT 'received',
  	"is_public" boolean DEFAULT false,
  	"published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "register_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"register" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"value" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_assets_kind" NOT NULL,
  	"room" varchar,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"condition" "enum_assets_condition" DEFAULT 'good' NOT NULL,
  	"acquired_date" timestamp(3) with time zone,
  	"original_cost" numeric,
  	"funding_source" "enum_assets_funding_source",
  	"depreciation_rate" numeric,
  	"accumulated_depreciation" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "asset_stock_takes_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"asset_id" integer NOT NULL,
  	"book_quantity" numeric,
  	"counted_quantity" numeric NOT NULL,
  	"difference" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "asset_stock_takes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "asset_borrowings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"asset_id" integer NOT NULL,
  	"borrower_id" integer,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"borrowed_at" timestamp(3) with time zone NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"returned_at" timestamp(3) with time zone,
  	"purpose" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "staff_profiles_qualifications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"degree" varchar NOT NULL,
  	"major" varchar,
  	"institution" varchar,
  	"year" numeric
  );
  
  CREATE TABLE "staff_profiles_contracts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" varchar NOT NULL,
  	"reference" varchar,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone
  );
  
  CREATE TABLE "staff_profiles_training" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"course" varchar NOT NULL,
  	"from" timestamp(3) with time zone,
  	"to" timestamp(3) with time zone,
  	"certificate" varchar
  );
  
  CREATE TABLE "staff_profiles_rewards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"title" varchar NOT NULL,
  	"decision" varchar
  );
  
  CREATE TABLE "staff_profiles_discipline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"title" varchar NOT NULL,
  	"decision" varchar
  );
  
  CREATE TABLE "staff_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"full_name" varchar NOT NULL,
  	"date_of_birth" timestamp(3) with time zone,
  	"gender" "enum_staff_profiles_gender",
  	"ethnicity" varchar,
  	"citizen_id" varchar,
  	"hometown" varchar,
  	"address" varchar,
  	"position" varchar,
  	"rank" varchar,
  	"salary_step" varchar,
  	"start_date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "staff_evaluations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"staff_id" integer NOT NULL,
  	"school_year_id" integer NOT NULL,
  	"status" "enum_staff_evaluations_status" DEFAULT 'self-assessment' NOT NULL,
  	"ratings_c1" "enum_staff_evaluations_ratings_c1",
  	"ratings_c2" "enum_staff_evaluations_ratings_c2",
  	"ratings_c3" "enum_staff_evaluations_ratings_c3",
  	"ratings_c4" "enum_staff_evaluations_ratings_c4",
  	"ratings_c5" "enum_staff_evaluations_ratings_c5",
  	"ratings_c6" "enum_staff_evaluations_ratings_c6",
  	"ratings_c7" "enum_staff_evaluations_ratings_c7",
  	"ratings_c8" "enum_staff_evaluations_ratings_c8",
  	"ratings_c9" "enum_staff_evaluations_ratings_c9",
  	"ratings_c10" "enum_staff_evaluations_ratings_c10",
  	"ratings_c11" "enum_staff_evaluations_ratings_c11",
  	"ratings_c12" "enum_staff_evaluations_ratings_c12",
  	"ratings_c13" "enum_staff_evaluations_ratings_c13",
  	"ratings_c14" "enum_staff_evaluations_ratings_c14",
  	"ratings_c15" "enum_staff_evaluations_ratings_c15",
  	"overall_rating" "enum_staff_evaluations_overall_rating",
  	"self_comment" varchar,
  	"department_head_comment" varchar,
  	"principal_comment" varchar,
  	"classification" "enum_staff_evaluations_classification",
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exam_papers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"school_year_id" integer NOT NULL,
  	"subject_id" integer NOT NULL,
  	"grade" numeric NOT NULL,
  	"assessment" "enum_exam_papers_assessment" NOT NULL,
  	"custody" "enum_exam_papers_custody" DEFAULT 'academic' NOT NULL,
  	"handed_over_at" timestamp(3) with time zone,
  	"uploaded_by_id" integer,
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
  
  CREATE TABLE "work_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone,
  	"location" varchar,
  	"chair" varchar,
  	"participants" varchar,
  	"internal_notes" varchar,
  	"is_public" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"message" varchar NOT NULL,
  	"document_collection" varchar,
  	"document_id" varchar,
  	"from_stage" varchar,
  	"to_stage" varchar,
  	"read" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "grade_corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"grade_id" integer NOT NULL,
  	"field" varchar NOT NULL,
  	"old_value" varchar,
  	"new_value" varchar,
  	"reason" varchar NOT NULL,
  	"subject_id" integer,
  	"class_id" integer,
  	"status" "enum_grade_corrections_status" DEFAULT 'pending' NOT NULL,
  	"requested_by_id" integer,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decision_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection" varchar NOT NULL,
  	"document_id" varchar,
  	"user_id" integer,
  	"changes" jsonb,
  	"ip" varchar,
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
  ALTER TABLE "students" ADD COLUMN "current_class_id" integer;
  ALTER TABLE "students" ADD COLUMN "photo_id" integer;
  ALTER TABLE "students" ADD COLUMN "publication_consent_guardian_consent" boolean DEFAULT false;
  ALTER TABLE "students" ADD COLUMN "publication_consent_guardian_consent_date" timestamp(3) with time zone;
  ALTER TABLE "students" ADD COLUMN "publication_consent_student_consent" boolean DEFAULT false;
  ALTER TABLE "students" ADD COLUMN "publication_consent_student_consent_date" timestamp(3) with time zone;
  ALTER TABLE "students" ADD COLUMN "publication_consent_recorded_by_id" integer;
  ALTER TABLE "students" ADD COLUMN "publication_consent_recorded_at" timestamp(3) with time zone;
  ALTER TABLE "enrolments" ADD COLUMN "is_latest" boolean DEFAULT true;
  ALTER TABLE "media" ADD COLUMN "shows_students" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "publication_cleared" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_filename" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "health_records_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grades_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grade_locks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attendance_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conduct_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "year_end_results_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "announcements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "register_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "asset_stock_takes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "asset_borrowings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "staff_profiles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "staff_evaluations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exam_papers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "parent_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "work_calendar_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_notifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grade_corrections_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "health_records" ADD CONSTRAINT "health_records_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_records" ADD CONSTRAINT "health_records_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grades" ADD CONSTRAINT "grades_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grades" ADD CONSTRAINT "grades_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grades" ADD CONSTRAINT "grades_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grades" ADD CONSTRAINT "grades_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_locks" ADD CONSTRAINT "grade_locks_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_locks" ADD CONSTRAINT "grade_locks_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_locks" ADD CONSTRAINT "grade_locks_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_locks" ADD CONSTRAINT "grade_locks_locked_by_id_users_id_fk" FOREIGN KEY ("locked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendance" ADD CONSTRAINT "attendance_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendance" ADD CONSTRAINT "attendance_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conduct" ADD CONSTRAINT "conduct_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conduct" ADD CONSTRAINT "conduct_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conduct" ADD CONSTRAINT "conduct_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "year_end_results" ADD CONSTRAINT "year_end_results_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_review_history" ADD CONSTRAINT "articles_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_review_history" ADD CONSTRAINT "articles_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_history" ADD CONSTRAINT "_articles_v_version_review_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_history" ADD CONSTRAINT "_articles_v_version_review_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_parent_id_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_students_fk" FOREIGN KEY ("students_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "asset_stock_takes_lines" ADD CONSTRAINT "asset_stock_takes_lines_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "asset_stock_takes_lines" ADD CONSTRAINT "asset_stock_takes_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."asset_stock_takes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "asset_borrowings" ADD CONSTRAINT "asset_borrowings_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "asset_borrowings" ADD CONSTRAINT "asset_borrowings_borrower_id_users_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_profiles_qualifications" ADD CONSTRAINT "staff_profiles_qualifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_contracts" ADD CONSTRAINT "staff_profiles_contracts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_training" ADD CONSTRAINT "staff_profiles_training_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_rewards" ADD CONSTRAINT "staff_profiles_rewards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_discipline" ADD CONSTRAINT "staff_profiles_discipline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles" ADD CONSTRAINT "staff_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_evaluations" ADD CONSTRAINT "staff_evaluations_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_evaluations" ADD CONSTRAINT "staff_evaluations_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_evaluations" ADD CONSTRAINT "staff_evaluations_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_papers" ADD CONSTRAINT "exam_papers_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_papers" ADD CONSTRAINT "exam_papers_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_papers" ADD CONSTRAINT "exam_papers_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parent_messages_recipients" ADD CONSTRAINT "parent_messages_recipients_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parent_messages_recipients" ADD CONSTRAINT "parent_messages_recipients_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."parent_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "parent_messages" ADD CONSTRAINT "parent_messages_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parent_messages" ADD CONSTRAINT "parent_messages_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "parent_messages" ADD CONSTRAINT "parent_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_notifications" ADD CONSTRAINT "workflow_notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_grade_id_grades_id_fk" FOREIGN KEY ("grade_id") REFERENCES "public"."grades"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "health_records_student_idx" ON "health_records" USING btree ("student_id");
  CREATE INDEX "health_records_school_year_idx" ON "health_records" USING btree ("school_year_id");
  CREATE INDEX "health_records_check_date_idx" ON "health_records" USING btree ("check_date");
  CREATE INDEX "health_records_updated_at_idx" ON "health_records" USING btree ("updated_at");
  CREATE INDEX "health_records_created_at_idx" ON "health_records" USING btree ("created_at");
  CREATE INDEX "grades_student_idx" ON "grades" USING btree ("student_id");
  CREATE INDEX "grades_subject_idx" ON "grades" USING btree ("subject_id");
  CREATE INDEX "grades_class_idx" ON "grades" USING btree ("class_id");
  CREATE INDEX "grades_term_idx" ON "grades" USING btree ("term_id");
  CREATE INDEX "grades_average_idx" ON "grades" USING btree ("average");
  CREATE INDEX "grades_locked_idx" ON "grades" USING btree ("locked");
  CREATE INDEX "grades_updated_at_idx" ON "grades" USING btree ("updated_at");
  CREATE INDEX "grades_created_at_idx" ON "grades" USING btree ("created_at");
  CREATE UNIQUE INDEX "student_subject_term_idx" ON "grades" USING btree ("student_id","subject_id","term_id");
  CREATE INDEX "grade_locks_term_idx" ON "grade_locks" USING btree ("term_id");
  CREATE INDEX "grade_locks_class_idx" ON "grade_locks" USING btree ("class_id");
  CREATE INDEX "grade_locks_subject_idx" ON "grade_locks" USING btree ("subject_id");
  CREATE INDEX "grade_locks_locked_by_idx" ON "grade_locks" USING btree ("locked_by_id");
  CREATE INDEX "grade_locks_updated_at_idx" ON "grade_locks" USING btree ("updated_at");
  CREATE INDEX "grade_locks_created_at_idx" ON "grade_locks" USING btree ("created_at");
  CREATE INDEX "attendance_student_idx" ON "attendance" USING btree ("student_id");
  CREATE INDEX "attendance_class_idx" ON "attendance" USING btree ("class_id");
  CREATE INDEX "attendance_month_idx" ON "attendance" USING btree ("month");
  CREATE INDEX "attendance_updated_at_idx" ON "attendance" USING btree ("updated_at");
  CREATE INDEX "attendance_created_at_idx" ON "attendance" USING btree ("created_at");
  CREATE UNIQUE INDEX "student_class_month_idx" ON "attendance" USING btree ("student_id","class_id","month");
  CREATE INDEX "conduct_student_idx" ON "conduct" USING btree ("student_id");
  CREATE INDEX "conduct_class_idx" ON "conduct" USING btree ("class_id");
  CREATE INDEX "conduct_term_idx" ON "conduct" USING btree ("term_id");
  CREATE INDEX "conduct_updated_at_idx" ON "conduct" USING btree ("updated_at");
  CREATE INDEX "conduct_created_at_idx" ON "conduct" USING btree ("created_at");
  CREATE UNIQUE INDEX "student_term_idx" ON "conduct" USING btree ("student_id","term_id");
  CREATE INDEX "year_end_results_student_idx" ON "year_end_results" USING btree ("student_id");
  CREATE INDEX "year_end_results_class_idx" ON "year_end_results" USING btree ("class_id");
  CREATE INDEX "year_end_results_school_year_idx" ON "year_end_results" USING btree ("school_year_id");
  CREATE INDEX "year_end_results_status_idx" ON "year_end_results" USING btree ("status");
  CREATE INDEX "year_end_results_approved_by_idx" ON "year_end_results" USING btree ("approved_by_id");
  CREATE INDEX "year_end_results_updated_at_idx" ON "year_end_results" USING btree ("updated_at");
  CREATE INDEX "year_end_results_created_at_idx" ON "year_end_results" USING btree ("created_at");
  CREATE UNIQUE INDEX "student_schoolYear_idx" ON "year_end_results" USING btree ("student_id","school_year_id");
  CREATE INDEX "articles_review_history_order_idx" ON "articles_review_history" USING btree ("_order");
  CREATE INDEX "articles_review_history_parent_id_idx" ON "articles_review_history" USING btree ("_parent_id");
  CREATE INDEX "articles_review_history_by_idx" ON "articles_review_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_department_idx" ON "articles" USING btree ("department_id");
  CREATE INDEX "articles_category_idx" ON "articles" USING btree ("category_id");
  CREATE INDEX "articles_publish_date_idx" ON "articles" USING btree ("publish_date");
  CREATE INDEX "articles_cover_image_idx" ON "articles" USING btree ("cover_image_id");
  CREATE INDEX "articles_review_stage_idx" ON "articles" USING btree ("review_stage");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_assignee_idx" ON "articles" USING btree ("assignee_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "_articles_v_version_review_history_order_idx" ON "_articles_v_version_review_history" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_history_parent_id_idx" ON "_articles_v_version_review_history" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_history_by_idx" ON "_articles_v_version_review_history" USING btree ("by_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_department_idx" ON "_articles_v" USING btree ("version_department_id");
  CREATE INDEX "_articles_v_version_version_category_idx" ON "_articles_v" USING btree ("version_category_id");
  CREATE INDEX "_articles_v_version_version_publish_date_idx" ON "_articles_v" USING btree ("version_publish_date");
  CREATE INDEX "_articles_v_version_version_cover_image_idx" ON "_articles_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_articles_v_version_version_review_stage_idx" ON "_articles_v" USING btree ("version_review_stage");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_assignee_idx" ON "_articles_v" USING btree ("version_assignee_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "announcements_kind_idx" ON "announcements" USING btree ("kind");
  CREATE INDEX "announcements_valid_from_idx" ON "announcements" USING btree ("valid_from");
  CREATE INDEX "announcements_valid_to_idx" ON "announcements" USING btree ("valid_to");
  CREATE INDEX "announcements_updated_at_idx" ON "announcements" USING btree ("updated_at");
  CREATE INDEX "announcements_created_at_idx" ON "announcements" USING btree ("created_at");
  CREATE INDEX "announcements__status_idx" ON "announcements" USING btree ("_status");
  CREATE INDEX "announcements_rels_order_idx" ON "announcements_rels" USING btree ("order");
  CREATE INDEX "announcements_rels_parent_idx" ON "announcements_rels" USING btree ("parent_id");
  CREATE INDEX "announcements_rels_path_idx" ON "announcements_rels" USING btree ("path");
  CREATE INDEX "announcements_rels_media_id_idx" ON "announcements_rels" USING btree ("media_id");
  CREATE INDEX "_announcements_v_parent_idx" ON "_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_version_kind_idx" ON "_announcements_v" USING btree ("version_kind");
  CREATE INDEX "_announcements_v_version_version_valid_from_idx" ON "_announcements_v" USING btree ("version_valid_from");
  CREATE INDEX "_announcements_v_version_version_valid_to_idx" ON "_announcements_v" USING btree ("version_valid_to");
  CREATE INDEX "_announcements_v_version_version_updated_at_idx" ON "_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_announcements_v_version_version_created_at_idx" ON "_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_announcements_v_version_version__status_idx" ON "_announcements_v" USING btree ("version__status");
  CREATE INDEX "_announcements_v_created_at_idx" ON "_announcements_v" USING btree ("created_at");
  CREATE INDEX "_announcements_v_updated_at_idx" ON "_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_announcements_v_latest_idx" ON "_announcements_v" USING btree ("latest");
  CREATE INDEX "_announcements_v_rels_order_idx" ON "_announcements_v_rels" USING btree ("order");
  CREATE INDEX "_announcements_v_rels_parent_idx" ON "_announcements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_rels_path_idx" ON "_announcements_v_rels" USING btree ("path");
  CREATE INDEX "_announcements_v_rels_media_id_idx" ON "_announcements_v_rels" USING btree ("media_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_students_id_idx" ON "media_rels" USING btree ("students_id");
  CREATE INDEX "documents_year_idx" ON "documents" USING btree ("year");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "direction_year_number_idx" ON "documents" USING btree ("direction","year","number");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_users_id_idx" ON "documents_rels" USING btree ("users_id");
  CREATE INDEX "documents_rels_media_id_idx" ON "documents_rels" USING btree ("media_id");
  CREATE INDEX "register_counters_updated_at_idx" ON "register_counters" USING btree ("updated_at");
  CREATE INDEX "register_counters_created_at_idx" ON "register_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "register_year_idx" ON "register_counters" USING btree ("register","year");
  CREATE UNIQUE INDEX "assets_code_idx" ON "assets" USING btree ("code");
  CREATE INDEX "assets_updated_at_idx" ON "assets" USING btree ("updated_at");
  CREATE INDEX "assets_created_at_idx" ON "assets" USING btree ("created_at");
  CREATE INDEX "asset_stock_takes_lines_order_idx" ON "asset_stock_takes_lines" USING btree ("_order");
  CREATE INDEX "asset_stock_takes_lines_parent_id_idx" ON "asset_stock_takes_lines" USING btree ("_parent_id");
  CREATE INDEX "asset_stock_takes_lines_asset_idx" ON "asset_stock_takes_lines" USING btree ("asset_id");
  CREATE INDEX "asset_stock_takes_year_idx" ON "asset_stock_takes" USING btree ("year");
  CREATE INDEX "asset_stock_takes_updated_at_idx" ON "asset_stock_takes" USING btree ("updated_at");
  CREATE INDEX "asset_stock_takes_created_at_idx" ON "asset_stock_takes" USING btree ("created_at");
  CREATE INDEX "asset_borrowings_asset_idx" ON "asset_borrowings" USING btree ("asset_id");
  CREATE INDEX "asset_borrowings_borrower_idx" ON "asset_borrowings" USING btree ("borrower_id");
  CREATE INDEX "asset_borrowings_updated_at_idx" ON "asset_borrowings" USING btree ("updated_at");
  CREATE INDEX "asset_borrowings_created_at_idx" ON "asset_borrowings" USING btree ("created_at");
  CREATE INDEX "staff_profiles_qualifications_order_idx" ON "staff_profiles_qualifications" USING btree ("_order");
  CREATE INDEX "staff_profiles_qualifications_parent_id_idx" ON "staff_profiles_qualifications" USING btree ("_parent_id");
  CREATE INDEX "staff_profiles_contracts_order_idx" ON "staff_profiles_contracts" USING btree ("_order");
  CREATE INDEX "staff_profiles_contracts_parent_id_idx" ON "staff_profiles_contracts" USING btree ("_parent_id");
  CREATE INDEX "staff_profiles_training_order_idx" ON "staff_profiles_training" USING btree ("_order");
  CREATE INDEX "staff_profiles_training_parent_id_idx" ON "staff_profiles_training" USING btree ("_parent_id");
  CREATE INDEX "staff_profiles_rewards_order_idx" ON "staff_profiles_rewards" USING btree ("_order");
  CREATE INDEX "staff_profiles_rewards_parent_id_idx" ON "staff_profiles_rewards" USING btree ("_parent_id");
  CREATE INDEX "staff_profiles_discipline_order_idx" ON "staff_profiles_discipline" USING btree ("_order");
  CREATE INDEX "staff_profiles_discipline_parent_id_idx" ON "staff_profiles_discipline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "staff_profiles_user_idx" ON "staff_profiles" USING btree ("user_id");
  CREATE INDEX "staff_profiles_updated_at_idx" ON "staff_profiles" USING btree ("updated_at");
  CREATE INDEX "staff_profiles_created_at_idx" ON "staff_profiles" USING btree ("created_at");
  CREATE INDEX "staff_evaluations_staff_idx" ON "staff_evaluations" USING btree ("staff_id");
  CREATE INDEX "staff_evaluations_school_year_idx" ON "staff_evaluations" USING btree ("school_year_id");
  CREATE INDEX "staff_evaluations_approved_by_idx" ON "staff_evaluations" USING btree ("approved_by_id");
  CREATE INDEX "staff_evaluations_updated_at_idx" ON "staff_evaluations" USING btree ("updated_at");
  CREATE INDEX "staff_evaluations_created_at_idx" ON "staff_evaluations" USING btree ("created_at");
  CREATE UNIQUE INDEX "staff_schoolYear_idx" ON "staff_evaluations" USING btree ("staff_id","school_year_id");
  CREATE INDEX "exam_papers_school_year_idx" ON "exam_papers" USING btree ("school_year_id");
  CREATE INDEX "exam_papers_subject_idx" ON "exam_papers" USING btree ("subject_id");
  CREATE INDEX "exam_papers_uploaded_by_idx" ON "exam_papers" USING btree ("uploaded_by_id");
  CREATE INDEX "exam_papers_updated_at_idx" ON "exam_papers" USING btree ("updated_at");
  CREATE INDEX "exam_papers_created_at_idx" ON "exam_papers" USING btree ("created_at");
  CREATE UNIQUE INDEX "exam_papers_filename_idx" ON "exam_papers" USING btree ("filename");
  CREATE INDEX "parent_messages_recipients_order_idx" ON "parent_messages_recipients" USING btree ("_order");
  CREATE INDEX "parent_messages_recipients_parent_id_idx" ON "parent_messages_recipients" USING btree ("_parent_id");
  CREATE INDEX "parent_messages_recipients_student_idx" ON "parent_messages_recipients" USING btree ("student_id");
  CREATE INDEX "parent_messages_class_idx" ON "parent_messages" USING btree ("class_id");
  CREATE INDEX "parent_messages_student_idx" ON "parent_messages" USING btree ("student_id");
  CREATE INDEX "parent_messages_author_idx" ON "parent_messages" USING btree ("author_id");
  CREATE INDEX "parent_messages_updated_at_idx" ON "parent_messages" USING btree ("updated_at");
  CREATE INDEX "parent_messages_created_at_idx" ON "parent_messages" USING btree ("created_at");
  CREATE INDEX "work_calendar_start_idx" ON "work_calendar" USING btree ("start");
  CREATE INDEX "work_calendar_updated_at_idx" ON "work_calendar" USING btree ("updated_at");
  CREATE INDEX "work_calendar_created_at_idx" ON "work_calendar" USING btree ("created_at");
  CREATE INDEX "workflow_notifications_recipient_idx" ON "workflow_notifications" USING btree ("recipient_id");
  CREATE INDEX "workflow_notifications_updated_at_idx" ON "workflow_notifications" USING btree ("updated_at");
  CREATE INDEX "workflow_notifications_created_at_idx" ON "workflow_notifications" USING btree ("created_at");
  CREATE INDEX "grade_corrections_grade_idx" ON "grade_corrections" USING btree ("grade_id");
  CREATE INDEX "grade_corrections_subject_idx" ON "grade_corrections" USING btree ("subject_id");
  CREATE INDEX "grade_corrections_class_idx" ON "grade_corrections" USING btree ("class_id");
  CREATE INDEX "grade_corrections_status_idx" ON "grade_corrections" USING btree ("status");
  CREATE INDEX "grade_corrections_requested_by_idx" ON "grade_corrections" USING btree ("requested_by_id");
  CREATE INDEX "grade_corrections_decided_by_idx" ON "grade_corrections" USING btree ("decided_by_id");
  CREATE INDEX "grade_corrections_updated_at_idx" ON "grade_corrections" USING btree ("updated_at");
  CREATE INDEX "grade_corrections_created_at_idx" ON "grade_corrections" USING btree ("created_at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
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
  ALTER TABLE "students" ADD CONSTRAINT "students_current_class_id_classes_id_fk" FOREIGN KEY ("current_class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "students" ADD CONSTRAINT "students_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "students" ADD CONSTRAINT "students_publication_consent_recorded_by_id_users_id_fk" FOREIGN KEY ("publication_consent_recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_health_records_fk" FOREIGN KEY ("health_records_id") REFERENCES "public"."health_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grades_fk" FOREIGN KEY ("grades_id") REFERENCES "public"."grades"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_locks_fk" FOREIGN KEY ("grade_locks_id") REFERENCES "public"."grade_locks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attendance_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conduct_fk" FOREIGN KEY ("conduct_id") REFERENCES "public"."conduct"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_year_end_results_fk" FOREIGN KEY ("year_end_results_id") REFERENCES "public"."year_end_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_register_counters_fk" FOREIGN KEY ("register_counters_id") REFERENCES "public"."register_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assets_fk" FOREIGN KEY ("assets_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_asset_stock_takes_fk" FOREIGN KEY ("asset_stock_takes_id") REFERENCES "public"."asset_stock_takes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_asset_borrowings_fk" FOREIGN KEY ("asset_borrowings_id") REFERENCES "public"."asset_borrowings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_profiles_fk" FOREIGN KEY ("staff_profiles_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_evaluations_fk" FOREIGN KEY ("staff_evaluations_id") REFERENCES "public"."staff_evaluations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exam_papers_fk" FOREIGN KEY ("exam_papers_id") REFERENCES "public"."exam_papers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_messages_fk" FOREIGN KEY ("parent_messages_id") REFERENCES "public"."parent_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_calendar_fk" FOREIGN KEY ("work_calendar_id") REFERENCES "public"."work_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_notifications_fk" FOREIGN KEY ("workflow_notifications_id") REFERENCES "public"."workflow_notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_corrections_fk" FOREIGN KEY ("grade_corrections_id") REFERENCES "public"."grade_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "students_current_class_idx" ON "students" USING btree ("current_class_id");
  CREATE INDEX "students_photo_idx" ON "students" USING btree ("photo_id");
  CREATE INDEX "students_publication_consent_publication_consent_recorde_idx" ON "students" USING btree ("publication_consent_recorded_by_id");
  CREATE INDEX "enrolments_is_latest_idx" ON "enrolments" USING btree ("is_latest");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "payload_locked_documents_rels_health_records_id_idx" ON "payload_locked_documents_rels" USING btree ("health_records_id");
  CREATE INDEX "payload_locked_documents_rels_grades_id_idx" ON "payload_locked_documents_rels" USING btree ("grades_id");
  CREATE INDEX "payload_locked_documents_rels_grade_locks_id_idx" ON "payload_locked_documents_rels" USING btree ("grade_locks_id");
  CREATE INDEX "payload_locked_documents_rels_attendance_id_idx" ON "payload_locked_documents_rels" USING btree ("attendance_id");
  CREATE INDEX "payload_locked_documents_rels_conduct_id_idx" ON "payload_locked_documents_rels" USING btree ("conduct_id");
  CREATE INDEX "payload_locked_documents_rels_year_end_results_id_idx" ON "payload_locked_documents_rels" USING btree ("year_end_results_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("announcements_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_register_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("register_counters_id");
  CREATE INDEX "payload_locked_documents_rels_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("assets_id");
  CREATE INDEX "payload_locked_documents_rels_asset_stock_takes_id_idx" ON "payload_locked_documents_rels" USING btree ("asset_stock_takes_id");
  CREATE INDEX "payload_locked_documents_rels_asset_borrowings_id_idx" ON "payload_locked_documents_rels" USING btree ("asset_borrowings_id");
  CREATE INDEX "payload_locked_documents_rels_staff_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_staff_evaluations_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_evaluations_id");
  CREATE INDEX "payload_locked_documents_rels_exam_papers_id_idx" ON "payload_locked_documents_rels" USING btree ("exam_papers_id");
  CREATE INDEX "payload_locked_documents_rels_parent_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("parent_messages_id");
  CREATE INDEX "payload_locked_documents_rels_work_calendar_id_idx" ON "payload_locked_documents_rels" USING btree ("work_calendar_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_notifications_id");
  CREATE INDEX "payload_locked_documents_rels_grade_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("grade_corrections_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "health_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "grades" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "grade_locks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attendance" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conduct" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "year_end_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_review_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcements_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_announcements_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_announcements_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "register_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "asset_stock_takes_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "asset_stock_takes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "asset_borrowings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_qualifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_contracts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_training" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_rewards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_discipline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_evaluations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exam_papers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "parent_messages_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "parent_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "work_calendar" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "grade_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "health_records" CASCADE;
  DROP TABLE "grades" CASCADE;
  DROP TABLE "grade_locks" CASCADE;
  DROP TABLE "attendance" CASCADE;
  DROP TABLE "conduct" CASCADE;
  DROP TABLE "year_end_results" CASCADE;
  DROP TABLE "articles_review_history" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "_articles_v_version_review_history" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "announcements" CASCADE;
  DROP TABLE "announcements_rels" CASCADE;
  DROP TABLE "_announcements_v" CASCADE;
  DROP TABLE "_announcements_v_rels" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "media_rels" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "register_counters" CASCADE;
  DROP TABLE "assets" CASCADE;
  DROP TABLE "asset_stock_takes_lines" CASCADE;
  DROP TABLE "asset_stock_takes" CASCADE;
  DROP TABLE "asset_borrowings" CASCADE;
  DROP TABLE "staff_profiles_qualifications" CASCADE;
  DROP TABLE "staff_profiles_contracts" CASCADE;
  DROP TABLE "staff_profiles_training" CASCADE;
  DROP TABLE "staff_profiles_rewards" CASCADE;
  DROP TABLE "staff_profiles_discipline" CASCADE;
  DROP TABLE "staff_profiles" CASCADE;
  DROP TABLE "staff_evaluations" CASCADE;
  DROP TABLE "exam_papers" CASCADE;
  DROP TABLE "parent_messages_recipients" CASCADE;
  DROP TABLE "parent_messages" CASCADE;
  DROP TABLE "work_calendar" CASCADE;
  DROP TABLE "workflow_notifications" CASCADE;
  DROP TABLE "grade_corrections" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "students" DROP CONSTRAINT "students_current_class_id_classes_id_fk";
  
  ALTER TABLE "students" DROP CONSTRAINT "students_photo_id_media_id_fk";
  
  ALTER TABLE "students" DROP CONSTRAINT "students_publication_consent_recorded_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_health_records_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grades_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_locks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attendance_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conduct_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_year_end_results_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_announcements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_register_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_asset_stock_takes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_asset_borrowings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_staff_profiles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_staff_evaluations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exam_papers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_parent_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_work_calendar_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_corrections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "students_current_class_idx";
  DROP INDEX "students_photo_idx";
  DROP INDEX "students_publication_consent_publication_consent_recorde_idx";
  DROP INDEX "enrolments_is_latest_idx";
  DROP INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx";
  DROP INDEX "media_sizes_card_sizes_card_filename_idx";
  DROP INDEX "media_sizes_hero_sizes_hero_filename_idx";
  DROP INDEX "payload_locked_documents_rels_health_records_id_idx";
  DROP INDEX "payload_locked_documents_rels_grades_id_idx";
  DROP INDEX "payload_locked_documents_rels_grade_locks_id_idx";
  DROP INDEX "payload_locked_documents_rels_attendance_id_idx";
  DROP INDEX "payload_locked_documents_rels_conduct_id_idx";
  DROP INDEX "payload_locked_documents_rels_year_end_results_id_idx";
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_announcements_id_idx";
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_register_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_assets_id_idx";
  DROP INDEX "payload_locked_documents_rels_asset_stock_takes_id_idx";
  DROP INDEX "payload_locked_documents_rels_asset_borrowings_id_idx";
  DROP INDEX "payload_locked_documents_rels_staff_profiles_id_idx";
  DROP INDEX "payload_locked_documents_rels_staff_evaluations_id_idx";
  DROP INDEX "payload_locked_documents_rels_exam_papers_id_idx";
  DROP INDEX "payload_locked_documents_rels_parent_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_work_calendar_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_grade_corrections_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "students_guardians" DROP COLUMN "email";
  ALTER TABLE "students" DROP COLUMN "current_class_id";
  ALTER TABLE "students" DROP COLUMN "photo_id";
  ALTER TABLE "students" DROP COLUMN "publication_consent_guardian_consent";
  ALTER TABLE "students" DROP COLUMN "publication_consent_guardian_consent_date";
  ALTER TABLE "students" DROP COLUMN "publication_consent_student_consent";
  ALTER TABLE "students" DROP COLUMN "publication_consent_student_consent_date";
  ALTER TABLE "students" DROP COLUMN "publication_consent_recorded_by_id";
  ALTER TABLE "students" DROP COLUMN "publication_consent_recorded_at";
  ALTER TABLE "enrolments" DROP COLUMN "is_latest";
  ALTER TABLE "media" DROP COLUMN "shows_students";
  ALTER TABLE "media" DROP COLUMN "publication_cleared";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_url";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_width";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_height";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_card_url";
  ALTER TABLE "media" DROP COLUMN "sizes_card_width";
  ALTER TABLE "media" DROP COLUMN "sizes_card_height";
  ALTER TABLE "media" DROP COLUMN "sizes_card_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_card_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_card_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_filename";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "health_records_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grades_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grade_locks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attendance_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conduct_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "year_end_results_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "announcements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "register_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "asset_stock_takes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "asset_borrowings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "staff_profiles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "staff_evaluations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exam_papers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "parent_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "work_calendar_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grade_corrections_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_health_records_refractive_error";
  DROP TYPE "public"."enum_health_records_spine";
  DROP TYPE "public"."enum_conduct_level";
  DROP TYPE "public"."enum_year_end_results_training_term_i";
  DROP TYPE "public"."enum_year_end_results_training_term_i_i";
  DROP TYPE "public"."enum_year_end_results_training";
  DROP TYPE "public"."enum_year_end_results_learning";
  DROP TYPE "public"."enum_year_end_results_outcome";
  DROP TYPE "public"."enum_year_end_results_title";
  DROP TYPE "public"."enum_year_end_results_summer_training";
  DROP TYPE "public"."enum_year_end_results_status";
  DROP TYPE "public"."enum_articles_review_history_event";
  DROP TYPE "public"."enum_articles_review_stage";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_review_history_event";
  DROP TYPE "public"."enum__articles_v_version_review_stage";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_announcements_kind";
  DROP TYPE "public"."enum_announcements_status";
  DROP TYPE "public"."enum__announcements_v_version_kind";
  DROP TYPE "public"."enum__announcements_v_version_status";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_documents_direction";
  DROP TYPE "public"."enum_documents_document_type";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum_assets_kind";
  DROP TYPE "public"."enum_assets_condition";
  DROP TYPE "public"."enum_assets_funding_source";
  DROP TYPE "public"."enum_staff_profiles_gender";
  DROP TYPE "public"."enum_staff_evaluations_status";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c1";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c2";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c3";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c4";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c5";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c6";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c7";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c8";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c9";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c10";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c11";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c12";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c13";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c14";
  DROP TYPE "public"."enum_staff_evaluations_ratings_c15";
  DROP TYPE "public"."enum_staff_evaluations_overall_rating";
  DROP TYPE "public"."enum_staff_evaluations_classification";
  DROP TYPE "public"."enum_exam_papers_assessment";
  DROP TYPE "public"."enum_exam_papers_custody";
  DROP TYPE "public"."enum_parent_messages_recipients_status";
  DROP TYPE "public"."enum_parent_messages_kind";
  DROP TYPE "public"."enum_parent_messages_audience";
  DROP TYPE "public"."enum_parent_messages_channel";
  DROP TYPE "public"."enum_parent_messages_status";
  DROP TYPE "public"."enum_grade_corrections_status";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
