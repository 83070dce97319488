/**
 * How the grade sheet reads what a teacher types or pastes, and shows stored values. Pure.
 */

/**
 * A block copied from Excel or Google Sheets: rows by line, columns by tab; the trailing line break
 * spreadsheets add is dropped; each cell trimmed.
 */
export const parsePastedBlock = (text: string): string[][] => {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()))
}

/** Is this clipboard text more than one cell? */
export const isBlock = (text: string): boolean => /[\t\n]/.test(text.replace(/\r?\n$/, ''))

/** A stored value as Vietnamese write it: `7.5` → `7,5`; Đ/CĐ and empty unchanged. */
export const displayCell = (value: string | null | undefined): string =>
  value === null || value === undefined ? '' : /^\d+\.\d+$/.test(value) ? value.replace('.', ',') : value

/** What is sent: trimmed, a decimal comma read as the point (`7,5` → `7.5`). */
export const cellForSave = (value: string): string => {
  const trimmed = value.trim()
  return /^\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed
}
