import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsList } from '../../../_components/NewsList'

export const revalidate = 600
// None at build time: each is rendered on its first request, then cached (ISR) until revalidated.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Tin tức — trang ${(await params).page}` }
}

export default async function NewsPageN({ params }: Props) {
  const raw = (await params).page
  if (!/^[1-9]\d{0,4}$/.test(raw)) notFound()
  return <NewsList filter={{}} page={Number(raw)} />
}
