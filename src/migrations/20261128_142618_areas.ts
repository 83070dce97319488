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
  CREATE TYPE "public"."enum_grade_corrections_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'read');
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
  
  ALTER TABLE "students" ADD COLUMN "current_class_id" integer;
  ALTER TABLE "students" ADD COLUMN "photo_id" integer;
  ALTER TABLE "students" ADD COLUMN "publication_consent_guardian_consent" boolean DEFAULT false;
  ALTER TABLE "students" ADD COLUMN "publication_consent_guardian_consent_date" timestamp(3) with time zone;
  ALTER TABLE "students" ADD COLUMN "publication_consent_student_consent" boolean DEFAULT false;
  ALTER TABLE "students" ADD COLUMN "publication_consent_student_consent_date" timestamp(3) with time zone;
  ALTER TABLE "students" ADD COLUMN "publication_consent_recorded_by_id" integer;
  ALTER TABLE "students" ADD COLUMN "publication_consent_recorded_at" timestamp(3) with time zone;
  ALTER TABLE "enrolments" ADD COLUMN "is_latest" boolean DEFAULT true;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "health_records_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grades_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grade_locks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attendance_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conduct_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "year_end_results_id" integer;
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
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_grade_id_grades_id_fk" FOREIGN KEY ("grade_id") REFERENCES "public"."grades"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "students" ADD CONSTRAINT "students_current_class_id_classes_id_fk" FOREIGN KEY ("current_class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "students" ADD CONSTRAINT "students_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "students" ADD CONSTRAINT "students_publication_consent_recorded_by_id_users_id_fk" FOREIGN KEY ("publication_consent_recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_health_records_fk" FOREIGN KEY ("health_records_id") REFERENCES "public"."health_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grades_fk" FOREIGN KEY ("grades_id") REFERENCES "public"."grades"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_locks_fk" FOREIGN KEY ("grade_locks_id") REFERENCES "public"."grade_locks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attendance_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conduct_fk" FOREIGN KEY ("conduct_id") REFERENCES "public"."conduct"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_year_end_results_fk" FOREIGN KEY ("year_end_results_id") REFERENCES "public"."year_end_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_corrections_fk" FOREIGN KEY ("grade_corrections_id") REFERENCES "public"."grade_corrections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "students_current_class_idx" ON "students" USING btree ("current_class_id");
  CREATE INDEX "students_photo_idx" ON "students" USING btree ("photo_id");
  CREATE INDEX "students_publication_consent_publication_consent_recorde_idx" ON "students" USING btree ("publication_consent_recorded_by_id");
  CREATE INDEX "enrolments_is_latest_idx" ON "enrolments" USING btree ("is_latest");
  CREATE INDEX "payload_locked_documents_rels_health_records_id_idx" ON "payload_locked_documents_rels" USING btree ("health_records_id");
  CREATE INDEX "payload_locked_documents_rels_grades_id_idx" ON "payload_locked_documents_rels" USING btree ("grades_id");
  CREATE INDEX "payload_locked_documents_rels_grade_locks_id_idx" ON "payload_locked_documents_rels" USING btree ("grade_locks_id");
  CREATE INDEX "payload_locked_documents_rels_attendance_id_idx" ON "payload_locked_documents_rels" USING btree ("attendance_id");
  CREATE INDEX "payload_locked_documents_rels_conduct_id_idx" ON "payload_locked_documents_rels" USING btree ("conduct_id");
  CREATE INDEX "payload_locked_documents_rels_year_end_results_id_idx" ON "payload_locked_documents_rels" USING btree ("year_end_results_id");
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
  ALTER TABLE "grade_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "health_records" CASCADE;
  DROP TABLE "grades" CASCADE;
  DROP TABLE "grade_locks" CASCADE;
  DROP TABLE "attendance" CASCADE;
  DROP TABLE "conduct" CASCADE;
  DROP TABLE "year_end_results" CASCADE;
  DROP TABLE "grade_corrections" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "students" DROP CONSTRAINT "students_current_class_id_classes_id_fk";
  
  ALTER TABLE "students" DROP CONSTRAINT "students_photo_id_media_id_fk";
  
  ALTER TABLE "students" DROP CONSTRAINT "students_publication_consent_recorded_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_health_records_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grades_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_locks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attendance_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conduct_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_year_end_results_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_corrections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "students_current_class_idx";
  DROP INDEX "students_photo_idx";
  DROP INDEX "students_publication_consent_publication_consent_recorde_idx";
  DROP INDEX "enrolments_is_latest_idx";
  DROP INDEX "payload_locked_documents_rels_health_records_id_idx";
  DROP INDEX "payload_locked_documents_rels_grades_id_idx";
  DROP INDEX "payload_locked_documents_rels_grade_locks_id_idx";
  DROP INDEX "payload_locked_documents_rels_attendance_id_idx";
  DROP INDEX "payload_locked_documents_rels_conduct_id_idx";
  DROP INDEX "payload_locked_documents_rels_year_end_results_id_idx";
  DROP INDEX "payload_locked_documents_rels_grade_corrections_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "students" DROP COLUMN "current_class_id";
  ALTER TABLE "students" DROP COLUMN "photo_id";
  ALTER TABLE "students" DROP COLUMN "publication_consent_guardian_consent";
  ALTER TABLE "students" DROP COLUMN "publication_consent_guardian_consent_date";
  ALTER TABLE "students" DROP COLUMN "publication_consent_student_consent";
  ALTER TABLE "students" DROP COLUMN "publication_consent_student_consent_date";
  ALTER TABLE "students" DROP COLUMN "publication_consent_recorded_by_id";
  ALTER TABLE "students" DROP COLUMN "publication_consent_recorded_at";
  ALTER TABLE "enrolments" DROP COLUMN "is_latest";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "health_records_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grades_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grade_locks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attendance_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conduct_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "year_end_results_id";
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
  DROP TYPE "public"."enum_grade_corrections_status";
  DROP TYPE "public"."enum_audit_log_action";`)
}
