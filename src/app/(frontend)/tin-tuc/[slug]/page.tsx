import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { articleBySlug, SITE_URL, siteSettings } from '../../_lib/data'
import { formatDate, imageUrl, mediaOf } from '../../_lib/format'

export const revalidate = 600
// None at build time: each is rendered on its first request, then cached (ISR) until revalidated.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ article }, settings] = await Promise.all([articleBySlug((await params).slug), siteSettings()])
  if (!article) return { title: 'Không tìm thấy bài viết' }
  const cover = mediaOf(article.coverImage) ?? mediaOf(settings.banner)
  const title = article.seo?.title || article.title
  const description = article.seo?.description || article.excerpt || undefined
  return {
    title,
    description,
    alternates: { canonical: `${SITE_URL}/tin-tuc/${article.slug}` },
    openGraph: {
      type: 'article',
      locale: 'vi_VN',
      siteName: settings.schoolName,
      title,
      description,
      url: `${SITE_URL}/tin-tuc/${article.slug}`,
      publishedTime: article.publishDate ?? undefined,
      images: cover ? [{ url: `${SITE_URL}${imageUrl(cover, 'hero')}`, alt: cover.alt ?? '' }] : undefined,
    },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { article, preview } = await articleBySlug((await params).slug)
  if (!article) notFound()
  const cover = mediaOf(article.coverImage)
  return (
    <article className="article">
      {preview ? (
        <p role="status" className="preview-banner">
          Bản xem trước (chưa xuất bản) — <a href="/xem-truoc/thoat">Thoát xem trước</a>
        </p>
      ) : null}
      <h1>{article.title}</h1>
      <p className="meta">
        <time dateTime={article.publishDate ?? undefined}>{formatDate(article.publishDate)}</time>
        {article.category && typeof article.category === 'object' ? ` · ${article.category.title}` : ''}
      </p>
      {cover ? (
        <img
          className="cover"
          src={imageUrl(cover, 'card')}
          srcSet={`${imageUrl(cover, 'card')} 800w, ${imageUrl(cover, 'hero')} 1600w`}
          sizes="(max-width: 800px) 100vw, 760px"
          alt={cover.alt ?? ''}
          width={960}
          height={540}
          fetchPriority="high"
        />
      ) : null}
      {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
      {article.content ? <RichText data={article.content} /> : null}
      <p>
        <a href="/tin-tuc">← Về danh sách tin tức</a>
      </p>
    </article>
  )
}
