import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "work_calendar_id" integer;
  CREATE INDEX "work_calendar_start_idx" ON "work_calendar" USING btree ("start");
  CREATE INDEX "work_calendar_updated_at_idx" ON "work_calendar" USING btree ("updated_at");
  CREATE INDEX "work_calendar_created_at_idx" ON "work_calendar" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_calendar_fk" FOREIGN KEY ("work_calendar_id") REFERENCES "public"."work_calendar"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_work_calendar_id_idx" ON "payload_locked_documents_rels" USING btree ("work_calendar_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "work_calendar" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "work_calendar" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_work_calendar_fk";
  
  DROP INDEX "payload_locked_documents_rels_work_calendar_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "work_calendar_id";`)
}
