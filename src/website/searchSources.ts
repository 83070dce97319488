/**
 * What the site's search reads, in SQL shared by the index migration and the query (an expression
 * index is used only when the query repeats its expression exactly). `site_search_text` lowers and
 * strips Vietnamese accents (an IMMUTABLE wrapper of `unaccent`); `site_rich_text` joins the text
 * nodes of a Lexical document. Both are created by the migration `…_site_search`.
 */
export type SearchKind = 'articles' | 'announcements' | 'pages' | 'documents' | 'albums'

export type SearchSource = {
  kind: SearchKind
  table: string
  /** the searched text, normalised */
  document: string
  /** the title, normalised: a match there ranks higher */
  title: string
  /** what the public may see (the Local API checks again) */
  visible: string
  columns: { title: string; slug: string; date: string; snippet: string }
}

const normalised = (...parts: string[]) =>
  `site_search_text(${parts.map((p) => `coalesce(${p}, '')`).join(" || ' ' || ")})`

/** A website collection with drafts: table named as its kind, searched by its title and `texts`. */
const published = (
  kind: Exclude<SearchKind, 'documents'>,
  texts: string[],
  columns: Omit<SearchSource['columns'], 'title'>,
): SearchSource => ({
  kind,
  table: kind,
  document: normalised('title', ...texts),
  title: normalised('title'),
  visible: `_status = 'published'`,
  columns: { title: 'title', ...columns },
})

export const SEARCH_SOURCES: SearchSource[] = [
  published('articles', ['excerpt', 'site_rich_text(content)'], {
    slug: 'slug',
    date: 'publish_date',
    snippet: 'excerpt',
  }),
  published('announcements', ['site_rich_text(body)'], { slug: 'NULL', date: 'valid_from', snippet: 'NULL' }),
  published('pages', ['site_rich_text(content)'], { slug: 'slug', date: 'updated_at', snippet: 'seo_description' }),
  {
    kind: 'documents',
    table: 'documents',
    document: normalised('summary', 'symbol'),
    title: normalised('summary'),
    visible: 'is_public AND published',
    columns: { title: 'summary', slug: 'NULL', date: '"date"', snippet: 'symbol' },
  },
  published('albums', ['description'], { slug: 'slug', date: 'publish_date', snippet: 'description' }),
]
