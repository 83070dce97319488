import type { Metadata } from 'next'

import { Thumbnail } from '../_components/Thumbnail'
import { albumsPage } from '../_lib/data'
import { formatDate, mediaOf } from '../_lib/format'

export const metadata: Metadata = { title: 'Album ảnh' }
export const revalidate = 600

/** Published photo albums, newest first. */
export default async function AlbumsPage() {
  const { docs } = await albumsPage(1)
  return (
    <>
      <h1>Album ảnh</h1>
      {docs.length === 0 ? <p>Chưa có album ảnh.</p> : null}
      <div className="cards">
        {docs.map((album, i) => {
          const cover = (album.photos ?? []).map(mediaOf).find(Boolean)
          return (
            <article className="card" key={album.id}>
              {cover ? <Thumbnail media={cover} height={225} eager={i < 2} /> : null}
              <div className="card-body">
                <h2>
                  <a href={`/album/${album.slug}`}>{album.title}</a>
                </h2>
                <p className="meta">{formatDate(album.publishDate)}</p>
              </div>
            </article>
          )
        })}
      </div>
    </>
  )
}
