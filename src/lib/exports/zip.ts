import JSZip from 'jszip'

import { type ArchiveFile, manifestEntries } from '@/domain/exports/manifest'

/** Entries of every ZIP we write carry this date, so equal files give equal bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1))

/**
 * A ZIP-based file (an .xlsx) written again with every entry dated FIXED_DATE: exceljs dates its
 * entries now, so the same workbook would differ by the minute it was written.
 */
export const withFixedEntryDates = async (data: ArrayBuffer | Uint8Array): Promise<Uint8Array> => {
  const source = await JSZip.loadAsync(data)
  const out = new JSZip()
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue
    out.file(entry.name, await entry.async('uint8array'), { date: FIXED_DATE, binary: true, createFolders: false })
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}

/**
 * One ZIP of the files and a `manifest.json` listing each (path, size, SHA-256) with the given
 * header (year, generated at, by whom…). Fixed dates inside the ZIP, so equal files give equal entries.
 */
export const zipWithManifest = async (files: ArchiveFile[], header: Record<string, unknown>) => {
  const manifest = { ...header, files: manifestEntries(files) }
  const zip = new JSZip()
  // No folder entries: JSZip would date them now.
  for (const file of files) zip.file(file.path, file.data, { date: FIXED_DATE, binary: true, createFolders: false })
  zip.file('manifest.json', JSON.stringify(manifest, null, 2), { date: FIXED_DATE, createFolders: false })
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
  return { data, manifest }
}
