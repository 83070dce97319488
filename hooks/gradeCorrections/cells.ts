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
