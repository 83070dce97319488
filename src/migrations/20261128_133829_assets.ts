import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_assets_kind" AS ENUM('asset', 'teaching-equipment', 'lab-tool');
  CREATE TYPE "public"."enum_assets_condition" AS ENUM('good', 'worn', 'damaged', 'written-off');
  CREATE TYPE "public"."enum_assets_funding_source" AS ENUM('state-budget', 'school-revenue', 'sponsorship', 'other');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "asset_stock_takes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "asset_borrowings_id" integer;
  ALTER TABLE "asset_stock_takes_lines" ADD CONSTRAINT "asset_stock_takes_lines_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "asset_stock_takes_lines" ADD CONSTRAINT "asset_stock_takes_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."asset_stock_takes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "asset_borrowings" ADD CONSTRAINT "asset_borrowings_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "asset_borrowings" ADD CONSTRAINT "asset_borrowings_borrower_id_users_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assets_fk" FOREIGN KEY ("assets_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_asset_stock_takes_fk" FOREIGN KEY ("asset_stock_takes_id") REFERENCES "public"."asset_stock_takes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_asset_borrowings_fk" FOREIGN KEY ("asset_borrowings_id") REFERENCES "public"."asset_borrowings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("assets_id");
  CREATE INDEX "payload_locked_documents_rels_asset_stock_takes_id_idx" ON "payload_locked_documents_rels" USING btree ("asset_stock_takes_id");
  CREATE INDEX "payload_locked_documents_rels_asset_borrowings_id_idx" ON "payload_locked_documents_rels" USING btree ("asset_borrowings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "asset_stock_takes_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "asset_stock_takes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "asset_borrowings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "assets" CASCADE;
  DROP TABLE "asset_stock_takes_lines" CASCADE;
  DROP TABLE "asset_stock_takes" CASCADE;
  DROP TABLE "asset_borrowings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_asset_stock_takes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_asset_borrowings_fk";
  
  DROP INDEX "payload_locked_documents_rels_assets_id_idx";
  DROP INDEX "payload_locked_documents_rels_asset_stock_takes_id_idx";
  DROP INDEX "payload_locked_documents_rels_asset_borrowings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "asset_stock_takes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "asset_borrowings_id";
  DROP TYPE "public"."enum_assets_kind";
  DROP TYPE "public"."enum_assets_condition";
  DROP TYPE "public"."enum_assets_funding_source";`)
}
