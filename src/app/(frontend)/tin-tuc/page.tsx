import type { Metadata } from 'next'

import { ArticleCard } from '../_components/ArticleCard'
import { articlesPage, categories, departmentsOfArticles } from '../_lib/data'

export const metadata: Metadata = { title: 'Tin tức', alternates: { types: { 'application/rss+xml': '/rss.xml' } } }

type Search = { trang?: string; 'chuyen-muc'?: string; to?: string }

const href = (search: Search, page: number) => {
  const params = new URLSearchParams()
  if (search['chuyen-muc']) params.set('chuyen-muc', search['chuyen-muc'])
  if (search.to) params.set('to', search.to)
  if (page > 1) params.set('trang', String(page))
  const query = params.toString()
  return query ? `/tin-tuc?${query}` : '/tin-tuc'
}

export default async function NewsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams
  const page = Math.max(1, Number.parseInt(search.trang ?? '1', 10) || 1)
  const [result, cats, departments] = await Promise.all([
    articlesPage({ page, category: search['chuyen-muc'], department: search.to }),
    categories(),
    departmentsOfArticles(),
  ])
  return (
    <>
      <h1>Tin tức</h1>
      <form className="filters" method="get" action="/tin-tuc">
        <label>
          Chuyên mục
          <select name="chuyen-muc" defaultValue={search['chuyen-muc'] ?? ''}>
            <option value="">Tất cả</option>
            {cats.docs.map((c) => (
              <option key={c.id} value={c.slug ?? ''}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tổ chuyên môn
          <select name="to" defaultValue={search.to ?? ''}>
            <option value="">Tất cả</option>
            {departments.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Lọc</button>
      </form>
      {result.docs.length === 0 ? <p>Chưa có bài viết phù hợp.</p> : null}
      <div className="cards">
        {result.docs.map((article) => (
          <ArticleCard key={article.id} article={article} headingLevel={2} />
        ))}
      </div>
      {result.totalPages > 1 ? (
        <nav aria-label="Phân trang" className="pagination">
          {result.hasPrevPage ? (
            <a href={href(search, page - 1)} rel="prev">
              ← Trang trước
            </a>
          ) : null}
          <span>
            Trang {result.page} / {result.totalPages}
          </span>
          {result.hasNextPage ? (
            <a href={href(search, page + 1)} rel="next">
              Trang sau →
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
