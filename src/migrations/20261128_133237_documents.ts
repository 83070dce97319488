import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_direction" AS ENUM('outgoing', 'incoming');
  CREATE TYPE "public"."enum_documents_document_type" AS ENUM('cong-van', 'QD', 'TB', 'KH', 'BC', 'TTr', 'BB', 'CTr', 'HD', 'GM', 'QC');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('received', 'assigned', 'in-progress', 'done');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "register_counters_id" integer;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_register_counters_fk" FOREIGN KEY ("register_counters_id") REFERENCES "public"."register_counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_register_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("register_counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "register_counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "register_counters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_register_counters_fk";
  
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_register_counters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "register_counters_id";
  DROP TYPE "public"."enum_documents_direction";
  DROP TYPE "public"."enum_documents_document_type";
  DROP TYPE "public"."enum_documents_status";`)
}
