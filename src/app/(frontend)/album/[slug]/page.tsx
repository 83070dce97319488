import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Thumbnail } from '../../_components/Thumbnail'
import { albumBySlug } from '../../_lib/data'
import { formatDate, mediaOf } from '../../_lib/format'

export const revalidate = 600
// None at build time: each is rendered on its first request, then cached (ISR) until revalidated.
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const album = await albumBySlug((await params).slug)
  return album ? { title: album.title, description: album.description ?? undefined } : { title: 'Không tìm thấy' }
}

/** One album: only the photos the public may see (others come back as bare ids and are left out). */
export default async function AlbumPage({ params }: Props) {
  const album = await albumBySlug((await params).slug)
  if (!album) notFound()
  const photos = (album.photos ?? []).map(mediaOf).filter((m) => m !== null)
  return (
    <article>
      <h1>{album.title}</h1>
      <p className="meta">{formatDate(album.publishDate)}</p>
      {album.description ? <p className="lead">{album.description}</p> : null}
      <ul className="gallery">
        {photos.map((photo, i) => (
          <li key={photo.url}>
            <a href={photo.url ?? '#'}>
              <Thumbnail media={photo} height={300} eager={i < 4} />
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/album">← Về danh sách album</a>
      </p>
    </article>
  )
}
