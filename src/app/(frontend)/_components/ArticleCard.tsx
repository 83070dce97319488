import type { Article } from '@/payload-types'

import { formatDate, mediaOf } from '../_lib/format'

import { Thumbnail } from './Thumbnail'

export const ArticleCard = ({
  article,
  headingLevel = 3,
  eager = false,
}: {
  article: Article
  headingLevel?: 2 | 3
  /** the first cards are in the first screen: not lazy, for the largest contentful paint */
  eager?: boolean
}) => {
  const cover = mediaOf(article.coverImage)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      {cover ? <Thumbnail media={cover} height={225} eager={eager} /> : null}
      <div className="card-body">
        <Heading>
          <a href={`/tin-tuc/${article.slug}`}>{article.title}</a>
        </Heading>
        <p className="meta">
          <time dateTime={article.publishDate ?? undefined}>{formatDate(article.publishDate)}</time>
          {article.category && typeof article.category === 'object' ? ` · ${article.category.title}` : ''}
        </p>
        {article.excerpt ? <p>{article.excerpt}</p> : null}
      </div>
    </article>
  )
}
