import JSZip from 'jszip'

import { type ArchiveFile, manifestEntries } from '@/domain/exports/manifest'

/**
 * One ZIP of the files and a `manifest.json` listing each (path, size, SHA-256) with the given
 * header (year, generated at, by whom…). Fixed dates inside the ZIP, so equal files give equal entries.
 */
export const zipWithManifest = async (files: ArchiveFile[], header: Record<string, unknown>) => {
  const manifest = { ...header, files: manifestEntries(files) }
  const zip = new JSZip()
  const date = new Date(Date.UTC(2000, 0, 1))
  for (const file of files) zip.file(file.path, file.data, { date, binary: true })
  zip.file('manifest.json', JSON.stringify(manifest, null, 2), { date })
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
  return { data, manifest }
}
