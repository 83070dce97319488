import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsList } from '../../../_components/NewsList'

export const revalidate = 600

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Tin tức — trang ${(await params).page}` }
}

export default async function NewsPageN({ params }: Props) {
  const raw = (await params).page
  if (!/^[1-9]\d{0,4}$/.test(raw)) notFound()
  return <NewsList filter={{}} page={Number(raw)} />
}
