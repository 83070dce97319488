import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { escapeLike, type SearchQuery } from '@/domain/website/searchQuery'

import { SEARCH_SOURCES, type SearchKind } from './searchSources'

export type SearchHit = {
  kind: SearchKind
  id: number
  title: string
  slug: string | null
  date: string | null
  snippet: string | null
}

export type SearchResult = { hits: SearchHit[]; total: number; page: number; totalPages: number }

type Row = Omit<SearchHit, 'date'> & { date: Date | string | null; total: string | number }

/**
 * The public site's search over articles, announcements, pages, public documents and albums, in
 * one SQL query: every word must occur in the text (accents and case ignored, served by the trigram
 * indexes), ranked by a title match, then trigram word similarity, then date; paginated in SQL.
 * The rows are then read again through the Local API as the public (access applied), so a rule of
 * the collections that this SQL does not mirror can only hide a hit, never reveal one.
 */
export const searchSite = async (
  payload: Payload,
  query: SearchQuery,
  { page = 1, perPage = 10 }: { page?: number; perPage?: number } = {},
): Promise<SearchResult> => {
  const text = query.words.join(' ')
  const parts = SEARCH_SOURCES.map((s) => {
    const matches = query.words.map(
      (w) => sql`${sql.raw(s.document)} LIKE '%' || site_search_text(${escapeLike(w)}) || '%'`,
    )
    return sql`SELECT ${s.kind}::text AS kind, id, ${sql.raw(s.columns.title)}::text AS title,
      ${sql.raw(s.columns.slug)}::text AS slug, ${sql.raw(s.columns.date)}::timestamptz AS date,
      ${sql.raw(s.columns.snippet)}::text AS snippet,
      (CASE WHEN ${sql.raw(s.title)} LIKE '%' || site_search_text(${escapeLike(text)}) || '%' THEN 2 ELSE 0 END)
        + word_similarity(site_search_text(${text}), ${sql.raw(s.document)}) AS rank
      FROM ${sql.raw(`"${s.table}"`)} WHERE ${sql.raw(s.visible)} AND ${sql.join(matches, sql` AND `)}`
  })
  const statement = sql`SELECT *, count(*) OVER () AS total FROM (${sql.join(parts, sql` UNION ALL `)}) AS hits
    ORDER BY rank DESC, date DESC NULLS LAST, kind, id LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`
  const { rows } = (await payload.db.drizzle.execute(statement)) as unknown as { rows: Row[] }
  const total = rows[0] ? Number(rows[0].total) : 0
  const visible = await publiclyReadable(payload, rows)
  const hits = rows
    .filter((r) => visible.has(`${r.kind}:${r.id}`))
    .map((r) => ({
      kind: r.kind,
      id: Number(r.id),
      title: r.title,
      slug: r.slug,
      date: r.date ? new Date(r.date).toISOString() : null,
      snippet: r.snippet,
    }))
  return { hits, total, page, totalPages: Math.max(1, Math.ceil(total / perPage)) }
}

const publiclyReadable = async (payload: Payload, rows: Row[]) => {
  const visible = new Set<string>()
  const kinds = [...new Set(rows.map((r) => r.kind))]
  await Promise.all(
    kinds.map(async (kind) => {
      const ids = rows.filter((r) => r.kind === kind).map((r) => Number(r.id))
      const { docs } = await payload.find({
        collection: kind,
        where: { id: { in: ids } },
        overrideAccess: false,
        user: null,
        depth: 0,
        pagination: false,
        select: {},
      })
      for (const doc of docs) visible.add(`${kind}:${doc.id}`)
    }),
  )
  return visible
}
