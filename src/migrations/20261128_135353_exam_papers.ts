import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_exam_papers_assessment" AS ENUM('midterm-1', 'final-1', 'midterm-2', 'final-2');
  CREATE TYPE "public"."enum_exam_papers_custody" AS ENUM('academic', 'library');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exam_papers_id" integer;
  ALTER TABLE "exam_papers" ADD CONSTRAINT "exam_papers_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_papers" ADD CONSTRAINT "exam_papers_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exam_papers" ADD CONSTRAINT "exam_papers_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "exam_papers_school_year_idx" ON "exam_papers" USING btree ("school_year_id");
  CREATE INDEX "exam_papers_subject_idx" ON "exam_papers" USING btree ("subject_id");
  CREATE INDEX "exam_papers_uploaded_by_idx" ON "exam_papers" USING btree ("uploaded_by_id");
  CREATE INDEX "exam_papers_updated_at_idx" ON "exam_papers" USING btree ("updated_at");
  CREATE INDEX "exam_papers_created_at_idx" ON "exam_papers" USING btree ("created_at");
  CREATE UNIQUE INDEX "exam_papers_filename_idx" ON "exam_papers" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exam_papers_fk" FOREIGN KEY ("exam_papers_id") REFERENCES "public"."exam_papers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_exam_papers_id_idx" ON "payload_locked_documents_rels" USING btree ("exam_papers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "exam_papers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "exam_papers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exam_papers_fk";
  
  DROP INDEX "payload_locked_documents_rels_exam_papers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exam_papers_id";
  DROP TYPE "public"."enum_exam_papers_assessment";
  DROP TYPE "public"."enum_exam_papers_custody";`)
}
