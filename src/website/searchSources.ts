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

export const SEARCH_SOURCES: SearchSource[] = [
  {
    kind: 'articles',
    table: 'articles',
    document: normalised('title', 'excerpt', 'site_rich_text(content)'),
    title: normalised('title'),
    visible: `_status = 'published'`,
    columns: { title: 'title', slug: 'slug', date: 'publish_date', snippet: 'excerpt' },
  },
  {
    kind: 'announcements',
    table: 'announcements',
    document: normalised('title', 'site_rich_text(body)'),
    title: normalised('title'),
    visible: `_status = 'published'`,
    columns: { title: 'title', slug: 'NULL', date: 'valid_from', snippet: 'NULL' },
  },
  {
    kind: 'pages',
    table: 'pages',
    document: normalised('title', 'site_rich_text(content)'),
    title: normalised('title'),
    visible: `_status = 'published'`,
    columns: { title: 'title', slug: 'slug', date: 'updated_at', snippet: 'seo_description' },
  },
  {
    kind: 'documents',
    table: 'documents',
    document: normalised('summary', 'symbol'),
    title: normalised('summary'),
    visible: 'is_public AND published',
    columns: { title: 'summary', slug: 'NULL', date: '"date"', snippet: 'symbol' },
  },
  {
    kind: 'albums',
    table: 'albums',
    document: normalised('title', 'description'),
    title: normalised('title'),
    visible: `_status = 'published'`,
    columns: { title: 'title', slug: 'slug', date: 'publish_date', snippet: 'description' },
  },
]
