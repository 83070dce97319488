import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageBySlug } from '../../_lib/data'

export const revalidate = 3600
// None at build time: each is rendered on its first request, then cached (ISR) until revalidated.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageBySlug((await params).slug)
  return page ? { title: page.seo?.title || page.title, description: page.seo?.description ?? undefined } : {}
}

export default async function StandingPage({ params }: Props) {
  const page = await pageBySlug((await params).slug)
  if (!page) notFound()
  return (
    <article className="article">
      <h1>{page.title}</h1>
      {page.content ? <RichText data={page.content} /> : null}
    </article>
  )
}
