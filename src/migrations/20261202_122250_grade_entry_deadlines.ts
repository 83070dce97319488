import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_grade_entry_deadlines_column" AS ENUM('regular', 'midterm', 'final');
  CREATE TABLE "grade_entry_deadlines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term_id" integer NOT NULL,
  	"column" "enum_grade_entry_deadlines_column" NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "grade_entry_deadlines_id" integer;
  ALTER TABLE "grade_entry_deadlines" ADD CONSTRAINT "grade_entry_deadlines_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "grade_entry_deadlines_term_idx" ON "grade_entry_deadlines" USING btree ("term_id");
  CREATE INDEX "grade_entry_deadlines_updated_at_idx" ON "grade_entry_deadlines" USING btree ("updated_at");
  CREATE INDEX "grade_entry_deadlines_created_at_idx" ON "grade_entry_deadlines" USING btree ("created_at");
  CREATE UNIQUE INDEX "term_column_idx" ON "grade_entry_deadlines" USING btree ("term_id","column");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_grade_entry_deadlines_fk" FOREIGN KEY ("grade_entry_deadlines_id") REFERENCES "public"."grade_entry_deadlines"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_grade_entry_deadlines_id_idx" ON "payload_locked_documents_rels" USING btree ("grade_entry_deadlines_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "grade_entry_deadlines" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "grade_entry_deadlines" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_grade_entry_deadlines_fk";
  
  DROP INDEX "payload_locked_documents_rels_grade_entry_deadlines_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "grade_entry_deadlines_id";
  DROP TYPE "public"."enum_grade_entry_deadlines_column";`)
}
