import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: a grade's mask of filled regular cells is an `integer` (issue 14; set in the schema by
 * `integerColumns` in payload.config.ts): the progress report groups a term's grades by it, which a
 * `numeric` made a third slower. Every stored mask is a whole number below 2^30.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "grades" ALTER COLUMN "regular_filled" TYPE integer USING "regular_filled"::integer;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "grades" ALTER COLUMN "regular_filled" TYPE numeric USING "regular_filled"::numeric;`)
}
