import { format } from 'date-fns'
import { vi } from 'date-fns/locale'

export const formatDate = (iso: string | null | undefined) =>
  iso ? format(new Date(iso), 'dd/MM/yyyy', { locale: vi }) : ''

export type MediaLike = {
  url?: string | null
  alt?: string | null
  sizes?: Record<string, { url?: string | null } | undefined> | null
}

/** A readable media document (populated) or nothing: unreadable media stay bare ids. */
export const mediaOf = (value: unknown): MediaLike | null =>
  value && typeof value === 'object' && 'url' in (value as object) ? (value as MediaLike) : null

export const imageUrl = (media: MediaLike, size: 'thumbnail' | 'card' | 'hero' = 'card') =>
  media.sizes?.[size]?.url || media.url || ''
