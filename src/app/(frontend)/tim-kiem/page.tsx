import type { Metadata } from 'next'

import { pageNumber, parseSearchQuery, SEARCH_MAX_LENGTH } from '@/domain/website/searchQuery'
import type { SearchHit } from '@/website/search'

import { Pagination } from '../_components/Pagination'
import { search } from '../_lib/data'
import { formatDate } from '../_lib/format'

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false } }

const KIND_LABELS: Record<SearchHit['kind'], string> = {
  articles: 'Tin tức',
  announcements: 'Thông báo',
  pages: 'Trang',
  documents: 'Văn bản',
  albums: 'Album ảnh',
}

const hrefOf = (hit: SearchHit) => {
  if (hit.kind === 'articles') return `/tin-tuc/${hit.slug}`
  if (hit.kind === 'pages') return `/trang/${hit.slug}`
  if (hit.kind === 'albums') return `/album/${hit.slug}`
  if (hit.kind === 'documents') return `/van-ban#van-ban-${hit.id}`
  return `/thong-bao#thong-bao-${hit.id}`
}

type Search = { q?: string; trang?: string }

/** Search over the site, accents and case ignored ("hoc sinh gioi" finds "học sinh giỏi"). */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams
  const query = parseSearchQuery(params.q)
  const page = pageNumber(params.trang)
  const result = query ? await search(query, page) : null
  const href = (n: number) =>
    `/tim-kiem?${new URLSearchParams({ q: query?.text ?? '', ...(n > 1 ? { trang: String(n) } : {}) })}`
  return (
    <>
      <h1>Tìm kiếm</h1>
      <form role="search" method="get" action="/tim-kiem" className="filters">
        <label>
          Từ khóa (có dấu hoặc không dấu)
          <input type="search" name="q" defaultValue={query?.text ?? ''} maxLength={SEARCH_MAX_LENGTH} />
        </label>
        <button type="submit">Tìm</button>
      </form>
      {result && query ? (
        <>
          <p role="status">
            {result.total} kết quả cho “{query.text}”.
          </p>
          <ol className="search-results">
            {result.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <span className="badge">{KIND_LABELS[hit.kind]}</span> <a href={hrefOf(hit)}>{hit.title}</a>
                {hit.date ? <span className="meta"> · {formatDate(hit.date)}</span> : null}
                {hit.snippet ? <p>{hit.snippet}</p> : null}
              </li>
            ))}
          </ol>
          <Pagination page={result.page} totalPages={result.totalPages} href={href} />
        </>
      ) : null}
    </>
  )
}
