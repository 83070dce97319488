import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conduct_level" AS ENUM('tot', 'kha', 'dat', 'chua-dat');
  CREATE TYPE "public"."enum_grade_corrections_status" AS ENUM('pending', 'approved', 'rejected');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grades_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grade_locks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attendance_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conduct_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grade_corrections_id" integer;
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
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_grade_id_grades_id_fk" FOREIGN KEY ("grade_id") REFERENCES "public"."grades"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "grade_corrections" ADD CONSTRAINT "grade_corrections_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  CREATE INDEX "grade_corrections_grade_idx" ON "grade_corrections" USING btree ("grade_id");
  CREATE INDEX "grade_corrections_subject_idx" ON "grade_corrections" USING btree ("subject_id");
  CREATE INDEX "grade_corrections_class_idx" ON "grade_corrections" USING btree ("class_id");
  CREATE INDEX "grade_corrections_status_idx" ON "grade_corrections" USING btree ("status");
  CREATE INDEX "grade_corrections_requested_by_idx" ON "grade_corrections" USING btree ("requested_by_id");
  CREATE INDEX "grade_corrections_decided_by_idx" ON "grade_corrections" USING btree ("decided_by_id");
  CREATE INDEX "grade_corrections_updated_at_idx" ON "grade_corrections" USING btree ("updated_at");
  CREATE INDEX "grade_corrections_created_at_idx" ON "grade_corrections" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grades_fk" FOREIGN KEY ("grades_id") REFERENCES "public"."grades"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_locks_fk" FOREIGN KEY ("grade_locks_id") REFERENCES "public"."grade_locks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attendance_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conduct_fk" FOREIGN KEY ("conduct_id") REFERENCES "public"."conduct"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_corrections_fk" FOREIGN KEY ("grade_corrections_id") REFERENCES "public"."grade_corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_grades_id_idx" ON "payload_locked_documents_rels" USING btree ("grades_id");
  CREATE INDEX "payload_locked_documents_rels_grade_locks_id_idx" ON "payload_locked_documents_rels" USING btree ("grade_locks_id");
  CREATE INDEX "payload_locked_documents_rels_attendance_id_idx" ON "payload_locked_documents_rels" USING btree ("attendance_id");
  CREATE INDEX "payload_locked_documents_rels_conduct_id_idx" ON "payload_locked_documents_rels" USING btree ("conduct_id");
  CREATE INDEX "payload_locked_documents_rels_grade_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("grade_corrections_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "grades" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "grade_locks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attendance" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conduct" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "grade_corrections" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "grades" CASCADE;
  DROP TABLE "grade_locks" CASCADE;
  DROP TABLE "attendance" CASCADE;
  DROP TABLE "conduct" CASCADE;
  DROP TABLE "grade_corrections" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grades_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_locks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attendance_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conduct_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_corrections_fk";
  
  DROP INDEX "payload_locked_documents_rels_grades_id_idx";
  DROP INDEX "payload_locked_documents_rels_grade_locks_id_idx";
  DROP INDEX "payload_locked_documents_rels_attendance_id_idx";
  DROP INDEX "payload_locked_documents_rels_conduct_id_idx";
  DROP INDEX "payload_locked_documents_rels_grade_corrections_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grades_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grade_locks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attendance_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conduct_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grade_corrections_id";
  DROP TYPE "public"."enum_conduct_level";
  DROP TYPE "public"."enum_grade_corrections_status";`)
}
