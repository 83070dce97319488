import type { Metadata } from 'next'

import { NewsList } from '../_components/NewsList'

export const metadata: Metadata = { title: 'Tin tức', alternates: { types: { 'application/rss+xml': '/rss.xml' } } }
// cached, rendered again on publish and unpublish (hooks/website/revalidateSite.ts)
export const revalidate = 600

export default function NewsPage() {
  return <NewsList filter={{}} page={1} />
}
