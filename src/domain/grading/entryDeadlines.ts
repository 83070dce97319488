import { vietnamDay } from '../calendar'

/**
 * Entry deadlines (A10.1: grades entered "đúng thời gian"): the academic vice principal sets a date
 * per term and assessment column; a required cell of that column still empty after the date is
 * overdue. Pure: callers load the deadlines and count the empty cells per column.
 */
import { isFilledCell } from './progress'

export type EntryColumn = 'regular' | 'midterm' | 'final'

export const ENTRY_COLUMNS: readonly EntryColumn[] = ['regular', 'midterm', 'final']

/** The column as the grade sheet heads it. */
export const ENTRY_COLUMN_LABELS: Record<EntryColumn, string> = { regular: 'TX', midterm: 'GK', final: 'CK' }

export type EntryDeadline = { column: EntryColumn; dueDate: string }

/** Empty required cells of a sheet (or of many), per column. */
export type EmptyCells = Record<EntryColumn, number>

/** The column of a grade sheet cell: regular 0…n-1, then mid-term, then end-of-term. */
export const columnOfCell = (c: number, requiredRegular: number): EntryColumn =>
  c < requiredRegular ? 'regular' : c === requiredRegular ? 'midterm' : 'final'

/** A deadline has passed once its day is over in Vietnam: entries on the due day are on time. */
export const deadlinePassed = (deadline: Pick<EntryDeadline, 'dueDate'>, now: Date): boolean =>
  vietnamDay(now) > vietnamDay(deadline.dueDate)

/** The term's deadlines, one per column (the earliest where several were set), in sheet order. */
export const deadlinesByColumn = (deadlines: EntryDeadline[]): Partial<Record<EntryColumn, EntryDeadline>> => {
  const byColumn: Partial<Record<EntryColumn, EntryDeadline>> = {}
  for (const deadline of deadlines) {
    const known = byColumn[deadline.column]
    if (!known || deadline.dueDate < known.dueDate) byColumn[deadline.column] = deadline
  }
  return byColumn
}

/** The columns whose deadline has passed, with each one's deadline. */
export const passedDeadlines = (deadlines: EntryDeadline[], now: Date): Partial<Record<EntryColumn, EntryDeadline>> =>
  Object.fromEntries(
    Object.entries(deadlinesByColumn(deadlines)).filter(([, deadline]) => deadlinePassed(deadline!, now)),
  )

/**
 * Required cells still empty in the columns whose deadline has passed (`passedDeadlines`, worked out
 * once for many sheets), and those columns.
 */
export const overdueCells = (
  empty: EmptyCells,
  passed: Partial<Record<EntryColumn, EntryDeadline>>,
): { count: number; columns: EntryColumn[] } => {
  const columns = ENTRY_COLUMNS.filter((column) => passed[column] !== undefined && empty[column] > 0)
  return { count: columns.reduce((sum, column) => sum + empty[column], 0), columns }
}

/** Empty required cells of one stored grade (or of a student without one), per column. */
export const emptyCellsOf = (
  grade: { regular?: unknown; midterm?: unknown; final?: unknown } | undefined,
  requiredRegular: number,
): EmptyCells => {
  const regular = Array.isArray(grade?.regular) ? grade!.regular : []
  let emptyRegular = 0
  for (let i = 0; i < requiredRegular; i++) if (!isFilledCell(regular[i])) emptyRegular += 1
  return {
    regular: emptyRegular,
    midterm: isFilledCell(grade?.midterm) ? 0 : 1,
    final: isFilledCell(grade?.final) ? 0 : 1,
  }
}

/** Sums per-column counts. */
export const addEmptyCells = (a: EmptyCells, b: EmptyCells): EmptyCells => ({
  regular: a.regular + b.regular,
  midterm: a.midterm + b.midterm,
  final: a.final + b.final,
})

export const NO_EMPTY_CELLS: EmptyCells = { regular: 0, midterm: 0, final: 0 }
