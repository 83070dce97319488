import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "staff_profiles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "staff_evaluations_id" integer;
  ALTER TABLE "staff_profiles_qualifications" ADD CONSTRAINT "staff_profiles_qualifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_contracts" ADD CONSTRAINT "staff_profiles_contracts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_training" ADD CONSTRAINT "staff_profiles_training_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_rewards" ADD CONSTRAINT "staff_profiles_rewards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_discipline" ADD CONSTRAINT "staff_profiles_discipline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles" ADD CONSTRAINT "staff_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_evaluations" ADD CONSTRAINT "staff_evaluations_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_evaluations" ADD CONSTRAINT "staff_evaluations_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_evaluations" ADD CONSTRAINT "staff_evaluations_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_profiles_fk" FOREIGN KEY ("staff_profiles_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_evaluations_fk" FOREIGN KEY ("staff_evaluations_id") REFERENCES "public"."staff_evaluations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_staff_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_staff_evaluations_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_evaluations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "staff_profiles_qualifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_contracts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_training" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_rewards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles_discipline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "staff_evaluations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "staff_profiles_qualifications" CASCADE;
  DROP TABLE "staff_profiles_contracts" CASCADE;
  DROP TABLE "staff_profiles_training" CASCADE;
  DROP TABLE "staff_profiles_rewards" CASCADE;
  DROP TABLE "staff_profiles_discipline" CASCADE;
  DROP TABLE "staff_profiles" CASCADE;
  DROP TABLE "staff_evaluations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_staff_profiles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_staff_evaluations_fk";
  
  DROP INDEX "payload_locked_documents_rels_staff_profiles_id_idx";
  DROP INDEX "payload_locked_documents_rels_staff_evaluations_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "staff_profiles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "staff_evaluations_id";
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
  DROP TYPE "public"."enum_staff_evaluations_classification";`)
}
