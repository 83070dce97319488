import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { SEARCH_SOURCES } from '../website/searchSources'

/**
 * Hand-written: the public site's search, insensitive to accents and case. `unaccent` is only
 * STABLE (its dictionary could change), so an index needs an IMMUTABLE wrapper naming the
 * dictionary; trigram GIN indexes then serve `LIKE '%…%'` on the normalised text. Both extensions
 * ship with PostgreSQL's contrib (the machine's PostgreSQL 15 and the embedded PostgreSQL 18).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE OR REPLACE FUNCTION site_search_text(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
CREATE OR REPLACE FUNCTION site_rich_text(jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(string_agg(t #>> '{}', ' '), '') FROM jsonb_path_query($1, 'strict $.**.text') AS t $$;
${SEARCH_SOURCES.map(
  (s) => `CREATE INDEX IF NOT EXISTS "${s.table}_site_search_idx" ON "${s.table}" USING gin ((${s.document}) gin_trgm_ops);`,
).join('\n')}
`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
${SEARCH_SOURCES.map((s) => `DROP INDEX IF EXISTS "${s.table}_site_search_idx";`).join('\n')}
DROP FUNCTION IF EXISTS site_rich_text(jsonb);
DROP FUNCTION IF EXISTS site_search_text(text);
`),
  )
}
