import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_health_records_refractive_error" AS ENUM('none', 'myopia', 'hyperopia', 'astigmatism');
  CREATE TYPE "public"."enum_health_records_spine" AS ENUM('normal', 'scoliosis', 'kyphosis', 'lordosis');
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
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "health_records" ADD CONSTRAINT "health_records_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_records" ADD CONSTRAINT "health_records_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "health_records_student_idx" ON "health_records" USING btree ("student_id");
  CREATE INDEX "health_records_school_year_idx" ON "health_records" USING btree ("school_year_id");
  CREATE INDEX "health_records_check_date_idx" ON "health_records" USING btree ("check_date");
  CREATE INDEX "health_records_updated_at_idx" ON "health_records" USING btree ("updated_at");
  CREATE INDEX "health_records_created_at_idx" ON "health_records" USING btree ("created_at");
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "students_current_class_idx" ON "students" USING btree ("current_class_id");
  CREATE INDEX "students_photo_idx" ON "students" USING btree ("photo_id");
  CREATE INDEX "students_publication_consent_publication_consent_recorde_idx" ON "students" USING btree ("publication_consent_recorded_by_id");
  CREATE INDEX "enrolments_is_latest_idx" ON "enrolments" USING btree ("is_latest");
  CREATE INDEX "payload_locked_documents_rels_health_records_id_idx" ON "payload_locked_documents_rels" USING btree ("health_records_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "health_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "health_records" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "students" DROP CONSTRAINT "students_current_class_id_classes_id_fk";
  
  ALTER TABLE "students" DROP CONSTRAINT "students_photo_id_media_id_fk";
  
  ALTER TABLE "students" DROP CONSTRAINT "students_publication_consent_recorded_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_health_records_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "students_current_class_idx";
  DROP INDEX "students_photo_idx";
  DROP INDEX "students_publication_consent_publication_consent_recorde_idx";
  DROP INDEX "enrolments_is_latest_idx";
  DROP INDEX "payload_locked_documents_rels_health_records_id_idx";
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
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_health_records_refractive_error";
  DROP TYPE "public"."enum_health_records_spine";
  DROP TYPE "public"."enum_audit_log_action";`)
}
