import { notFound } from 'next/navigation'

import { articlesPage, categories, departmentsOfArticles } from '../_lib/data'
import { ArticleCard } from './ArticleCard'
import { Pagination } from './Pagination'

export type NewsFilter = { category?: { slug: string; title: string }; department?: { id: number; name: string } }

/** Where page n of a (filtered) news list lives: plain paths, so every page can be cached. */
export const newsHref = ({ category, department }: NewsFilter, page: number) => {
  const base = category
    ? `/tin-tuc/chuyen-muc/${category.slug}`
    : department
      ? `/tin-tuc/to/${department.id}`
      : '/tin-tuc'
  if (page <= 1) return base
  return category || department ? `${base}/${page}` : `${base}/trang/${page}`
}

/**
 * A page of the news list (the newest first, paginated in SQL), with the categories and the
 * departments as links. A page past the end is a 404.
 */
export const NewsList = async ({ filter, page }: { filter: NewsFilter; page: number }) => {
  const [result, cats, departments] = await Promise.all([
    articlesPage({
      page,
      category: filter.category?.slug,
      department: filter.department && String(filter.department.id),
    }),
    categories(),
    departmentsOfArticles(),
  ])
  if (page > 1 && result.docs.length === 0) notFound()
  const heading = filter.category
    ? `Tin tức: ${filter.category.title}`
    : filter.department
      ? `Tin tức: ${filter.department.name}`
      : 'Tin tức'
  return (
    <>
      <h1>{heading}</h1>
      <nav className="filters" aria-label="Lọc tin tức">
        <div>
          <h2 className="filter-title">Chuyên mục</h2>
          <ul className="chips">
            <li>
              <a href="/tin-tuc" aria-current={!filter.category && !filter.department ? 'page' : undefined}>
                Tất cả
              </a>
            </li>
            {cats.docs.map((c) => (
              <li key={c.id}>
                <a
                  href={`/tin-tuc/chuyen-muc/${c.slug}`}
                  aria-current={filter.category?.slug === c.slug ? 'page' : undefined}
                >
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="filter-title">Tổ chuyên môn</h2>
          <ul className="chips">
            {departments.map((d) => (
              <li key={d.id}>
                <a href={`/tin-tuc/to/${d.id}`} aria-current={filter.department?.id === d.id ? 'page' : undefined}>
                  {d.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
      {result.docs.length === 0 ? <p>Chưa có bài viết phù hợp.</p> : null}
      <div className="cards">
        {result.docs.map((article, i) => (
          <ArticleCard key={article.id} article={article} headingLevel={2} eager={i < 2} />
        ))}
      </div>
      <Pagination page={result.page ?? page} totalPages={result.totalPages} href={(n) => newsHref(filter, n)} />
    </>
  )
}
