/** What a visitor typed, made safe for `LIKE` patterns: up to 100 characters and 8 words. */
export type SearchQuery = { text: string; words: string[] }

export const SEARCH_MAX_LENGTH = 100
const MAX_WORDS = 8

/** `%`, `_` and `\` are wildcards or the escape in LIKE: they are matched literally. */
export const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The words to find (each must occur), or null when nothing searchable was typed. */
export const parseSearchQuery = (raw: unknown): SearchQuery | null => {
  if (typeof raw !== 'string') return null
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, SEARCH_MAX_LENGTH).trim()
  const words = [...new Set(text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)))].slice(0, MAX_WORDS)
  return words.length === 0 ? null : { text, words }
}

/** A page number from the address: 1 for anything that is not a positive integer. */
export const pageNumber = (raw: unknown, max = 1000) => {
  const n = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1
  return Math.min(Math.max(n, 1), max)
}
