/** Reading and writing one cell of a grade by its path: `regular.0`, `midterm`, `final`. */
export type GradeCells = { regular?: unknown[] | unknown; midterm?: string | null; final?: string | null }

const REGULAR = /^regular\.(\d)$/

export const isCellPath = (path: string, requiredRegular: number): boolean => {
  if (path === 'midterm' || path === 'final') return true
  const match = REGULAR.exec(path)
  return Boolean(match && Number(match[1]) < requiredRegular)
}

export const readCell = (grade: GradeCells, path: string): string | null => {
  const match = REGULAR.exec(path)
  const value = match
    ? Array.isArray(grade.regular)
      ? grade.regular[Number(match[1])]
      : null
    : grade[path as 'midterm' | 'final']
  return value === null || value === undefined || value === '' ? null : String(value)
}

export const writeCell = (
  grade: GradeCells,
  path: string,
  value: string | null,
): { regular?: unknown[]; midterm?: string | null; final?: string | null } => {
  const match = REGULAR.exec(path)
  if (!match) return { [path]: value }
  const regular = Array.isArray(grade.regular) ? [...grade.regular] : []
  const index = Number(match[1])
  while (regular.length <= index) regular.push(null)
  regular[index] = value
  return { regular }
}

/** The sheet's name of a cell: `regular.0` → TX1, `midterm` → GK, `final` → CK. */
export const cellName = (path: string): string => {
  const match = REGULAR.exec(path)
  if (match) return `TX${Number(match[1]) + 1}`
  return path === 'midterm' ? 'GK' : path === 'final' ? 'CK' : path
}

/** A cell given by its sheet name (TX1…, GK, CK; any case) or by its path; unknown names stay as given. */
export const cellPathOf = (name: string): string => {
  const trimmed = name.trim()
  const tx = /^TX(\d)$/i.exec(trimmed)
  if (tx && Number(tx[1]) >= 1) return `regular.${Number(tx[1]) - 1}`
  if (/^GK$/i.test(trimmed)) return 'midterm'
  if (/^CK$/i.test(trimmed)) return 'final'
  return trimmed
}
