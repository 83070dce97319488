import type { Metadata } from 'next'

import { ArticleCard } from '../_components/ArticleCard'
import { searchArticles } from '../_lib/data'

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false } }

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const q = ((await searchParams).q ?? '').trim().slice(0, 100)
  const result = q ? await searchArticles(q) : null
  return (
    <>
      <h1>Tìm kiếm</h1>
      <form role="search" method="get" action="/tim-kiem" className="filters">
        <label>
          Từ khóa
          <input type="search" name="q" defaultValue={q} />
        </label>
        <button type="submit">Tìm</button>
      </form>
      {result ? (
        <>
          <p role="status">
            {result.totalDocs} kết quả cho “{q}”.
          </p>
          <div className="cards">
            {result.docs.map((article) => (
              <ArticleCard key={article.id} article={article} headingLevel={2} />
            ))}
          </div>
        </>
      ) : null}
    </>
  )
}
