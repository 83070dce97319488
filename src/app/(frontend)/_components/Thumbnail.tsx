import { imageUrl, type MediaLike } from '../_lib/format'

/** A card's or gallery's thumbnail; `eager` for the ones in the first screen (largest contentful paint). */
export const Thumbnail = ({ media, height, eager }: { media: MediaLike; height: number; eager: boolean }) => (
  <img
    src={imageUrl(media, 'thumbnail')}
    alt={media.alt ?? ''}
    width={400}
    height={height}
    loading={eager ? undefined : 'lazy'}
  />
)
