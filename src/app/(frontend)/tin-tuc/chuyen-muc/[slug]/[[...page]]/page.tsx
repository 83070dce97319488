import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsList } from '../../../../_components/NewsList'
import { categoryBySlug } from '../../../../_lib/data'
import { listPage } from '../../../../_lib/listPage'

export const revalidate = 600
// None at build time: each is rendered on its first request, then cached (ISR) until revalidated.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string; page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await categoryBySlug((await params).slug)
  return { title: category ? `Tin tức: ${category.title}` : 'Không tìm thấy' }
}

export default async function CategoryNewsPage({ params }: Props) {
  const { slug, page } = await params
  const category = await categoryBySlug(slug)
  const n = listPage(page)
  if (!category?.slug || n === null) notFound()
  return <NewsList filter={{ category: { slug: category.slug, title: category.title } }} page={n} />
}
