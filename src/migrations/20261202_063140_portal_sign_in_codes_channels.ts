import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_parent_messages_recipients_status" ADD VALUE 'wrong-number';
  ALTER TYPE "public"."enum_parent_messages_channel" ADD VALUE 'sms';
  ALTER TYPE "public"."enum_parent_messages_channel" ADD VALUE 'zalo';
  ALTER TYPE "public"."enum_guardians_preferred_channel" ADD VALUE 'sms';
  ALTER TYPE "public"."enum_guardians_preferred_channel" ADD VALUE 'zalo';
  ALTER TABLE "guardians" ADD COLUMN "sign_in_code_hash" varchar;
  ALTER TABLE "guardians" ADD COLUMN "sign_in_code_expires_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "parent_messages_recipients" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_parent_messages_recipients_status";
  CREATE TYPE "public"."enum_parent_messages_recipients_status" AS ENUM('pending', 'sent', 'failed', 'no-address');
  ALTER TABLE "parent_messages_recipients" ALTER COLUMN "status" SET DATA TYPE "public"."enum_parent_messages_recipients_status" USING "status"::"public"."enum_parent_messages_recipients_status";
  ALTER TABLE "parent_messages" ALTER COLUMN "channel" SET DATA TYPE text;
  ALTER TABLE "parent_messages" ALTER COLUMN "channel" SET DEFAULT 'email'::text;
  DROP TYPE "public"."enum_parent_messages_channel";
  CREATE TYPE "public"."enum_parent_messages_channel" AS ENUM('email');
  ALTER TABLE "parent_messages" ALTER COLUMN "channel" SET DEFAULT 'email'::"public"."enum_parent_messages_channel";
  ALTER TABLE "parent_messages" ALTER COLUMN "channel" SET DATA TYPE "public"."enum_parent_messages_channel" USING "channel"::"public"."enum_parent_messages_channel";
  ALTER TABLE "guardians" ALTER COLUMN "preferred_channel" SET DATA TYPE text;
  ALTER TABLE "guardians" ALTER COLUMN "preferred_channel" SET DEFAULT 'email'::text;
  DROP TYPE "public"."enum_guardians_preferred_channel";
  CREATE TYPE "public"."enum_guardians_preferred_channel" AS ENUM('email');
  ALTER TABLE "guardians" ALTER COLUMN "preferred_channel" SET DEFAULT 'email'::"public"."enum_guardians_preferred_channel";
  ALTER TABLE "guardians" ALTER COLUMN "preferred_channel" SET DATA TYPE "public"."enum_guardians_preferred_channel" USING "preferred_channel"::"public"."enum_guardians_preferred_channel";
  ALTER TABLE "guardians" DROP COLUMN "sign_in_code_hash";
  ALTER TABLE "guardians" DROP COLUMN "sign_in_code_expires_at";`)
}
