import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guardians" ADD COLUMN "password_set_at" timestamp(3) with time zone;`)
  // Accounts whose guardian already chose a password: a real e-mail and no invitation pending (the
  // invitation was accepted, or the account was seeded with one). A changed password then asks for it.
  await db.execute(sql`
   UPDATE "guardians" SET "password_set_at" = "updated_at"
   WHERE "invite_token_hash" IS NULL AND "email" NOT LIKE '%@chua-co-thu.invalid';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guardians" DROP COLUMN "password_set_at";`)
}
