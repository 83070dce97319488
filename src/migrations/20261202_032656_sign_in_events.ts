import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sign_in_events_event" AS ENUM('success', 'failure', 'lockout', 'rate-limited', 'password-change', 'sign-out');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sign_in_events_id" integer;
  ALTER TABLE "sign_in_events" ADD CONSTRAINT "sign_in_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sign_in_events_event_idx" ON "sign_in_events" USING btree ("event");
  CREATE INDEX "sign_in_events_user_idx" ON "sign_in_events" USING btree ("user_id");
  CREATE INDEX "sign_in_events_updated_at_idx" ON "sign_in_events" USING btree ("updated_at");
  CREATE INDEX "sign_in_events_created_at_idx" ON "sign_in_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sign_in_events_fk" FOREIGN KEY ("sign_in_events_id") REFERENCES "public"."sign_in_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sign_in_events_id_idx" ON "payload_locked_documents_rels" USING btree ("sign_in_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sign_in_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sign_in_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sign_in_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_sign_in_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sign_in_events_id";
  DROP TYPE "public"."enum_sign_in_events_event";`)
}
