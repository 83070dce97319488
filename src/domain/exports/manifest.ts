import { createHash } from 'node:crypto'

export type ArchiveFile = { path: string; data: Uint8Array }
export type ManifestEntry = { path: string; size: number; sha256: string }

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

/** Each file's path, size in bytes and SHA-256, in path order, so two archives of one year compare line by line. */
export const manifestEntries = (files: ArchiveFile[]): ManifestEntry[] =>
  files
    .map((f) => ({ path: f.path, size: f.data.byteLength, sha256: sha256(f.data) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

/** A file name part without diacritics or separators: "Nguyễn Thị Ánh" → "nguyen-thi-anh". */
export const fileSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
