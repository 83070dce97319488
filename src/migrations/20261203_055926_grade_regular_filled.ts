import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Grades keep which regular assessments hold a value (`regularFilled`, bit i: position i), what the
 * progress report counts (issue 14). Generated, plus the backfill of the existing grades: the SQL
 * twin of `filledRegularMask` (a string that is not blank, the first 30 positions).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "grades" ADD COLUMN "regular_filled" numeric DEFAULT 0;
   UPDATE "grades" g SET "regular_filled" = m.mask
   FROM (
     SELECT x.id, sum(1 << (r.i::int - 1)) AS mask
     FROM "grades" x CROSS JOIN LATERAL jsonb_array_elements(
       CASE WHEN jsonb_typeof(x.regular) = 'array' THEN x.regular ELSE '[]' END) WITH ORDINALITY AS r(v, i)
     WHERE r.i <= 30 AND jsonb_typeof(r.v) = 'string' AND btrim(r.v #>> '{}') <> ''
     GROUP BY x.id) m
   WHERE m.id = g.id;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "grades" DROP COLUMN "regular_filled";`)
}
