import { divideHalfUp, parseScore, type Tenths } from './scores'

/**
 * Grade entry progress and anomalies for the leadership's dashboard. Pure: the endpoint loads the
 * assignments, enrolments, grades and the grades' change history, these functions count.
 */

type Id = number | string
type Cell = string | null | undefined

/** One teacher's sheet: a class × subject they teach, and the students it must cover. */
export type ProgressSheet = { teacherId: Id; classId: Id; subjectId: Id; requiredRegular: number; studentIds: Id[] }

/** A stored grade: its cells, as the grades collection keeps them. */
export type GradeCells = {
  id: Id
  studentId: Id
  classId: Id
  subjectId: Id
  regular?: Cell[] | null
  midterm?: Cell
  final?: Cell
  average?: Cell
}

/** One change of a grade, from its history (the audit trail): the cells before and after, and when. */
export type GradeChange = {
  gradeId: Id
  at: string
  before: Partial<Record<'regular' | 'midterm' | 'final', unknown>>
  after: Partial<Record<'regular' | 'midterm' | 'final', unknown>>
}

export type ProgressRow = {
  teacherId: Id
  classId: Id
  subjectId: Id
  /** Cells required: (regular assessments + mid-term + end-of-term) × students. */
  required: number
  /** Required cells holding a value now. */
  entered: number
  /** Cells that went from empty to a value since the start of the month. */
  enteredThisMonth: number
  /** entered / required in whole percent, rounded half up (100 when nothing is required). */
  percent: number
}

/** A cell holds a value (not empty, not blanks). */
export const isFilledCell = (cell: unknown): boolean => typeof cell === 'string' && cell.trim() !== ''

/** Regular assessment positions a stored mask holds (an int4 without its sign bit); Circular 22 asks 2–4. */
export const MASK_POSITIONS = 30

/**
 * The regular assessments of a grade that hold a value, as a bitmask (bit i: position i), stored
 * with each grade so that the progress report counts by integer aggregates, not by reading jsonb.
 */
export const filledRegularMask = (regular: unknown): number => {
  const list = Array.isArray(regular) ? regular : []
  let mask = 0
  for (let i = 0; i < Math.min(list.length, MASK_POSITIONS); i++) if (isFilledCell(list[i])) mask |= 1 << i
  return mask
}

/** Of a grade's `filledRegularMask`, the required regular assessments (the first `requiredRegular`) that hold a value. */
export const requiredRegularFilled = (mask: number, requiredRegular: number): number => {
  let count = 0
  for (let i = 0; i < Math.min(requiredRegular, MASK_POSITIONS); i++) count += (mask >> i) & 1
  return count
}

/** The cells of a grade in the sheet's order: regular 0…n-1, mid-term, end-of-term. */
const cellsOf = (g: { regular?: unknown; midterm?: unknown; final?: unknown }, requiredRegular: number): unknown[] => {
  const regular = Array.isArray(g.regular) ? g.regular : []
  return [...Array.from({ length: requiredRegular }, (_, i) => regular[i] ?? null), g.midterm ?? null, g.final ?? null]
}

/** Required cells of a grade that hold a value. */
export const enteredCells = (g: GradeCells | undefined, requiredRegular: number): number =>
  g ? cellsOf(g, requiredRegular).filter(isFilledCell).length : 0

/**
 * What one change did to a grade's cells: `entered` cells went from empty to a value, `changed`
 * cells from one value to another (a correction of something already entered).
 */
export const cellChanges = (change: Pick<GradeChange, 'before' | 'after'>): { entered: number; changed: number } => {
  const length = Math.max(
    Array.isArray(change.before.regular) ? change.before.regular.length : 0,
    Array.isArray(change.after.regular) ? change.after.regular.length : 0,
  )
  // A field absent from a change did not change: take the other side so it compares equal.
  const side = (which: 'before' | 'after') => {
    const own = change[which]
    const other = change[which === 'before' ? 'after' : 'before']
    return cellsOf(
      {
        regular: 'regular' in own ? own.regular : other.regular,
        midterm: 'midterm' in own ? own.midterm : other.midterm,
        final: 'final' in own ? own.final : other.final,
      },
      length,
    )
  }
  const before = side('before')
  const after = side('after')
  let entered = 0
  let changed = 0
  after.forEach((cell, i) => {
    if (isFilledCell(cell) && !isFilledCell(before[i])) entered += 1
    else if (isFilledCell(before[i]) && cell !== before[i]) changed += 1
  })
  return { entered, changed }
}

const key = (...ids: Id[]) => ids.map(String).join('|')

/**
 * Per sheet (teacher × class × subject): cells entered of cells required, overall and this month.
 * Only the students of the sheet count (each student's latest enrolment in the class), and only as
 * many regular assessments as the subject requires.
 */
export const computeEntryProgress = (
  sheets: ProgressSheet[],
  grades: GradeCells[],
  changes: GradeChange[],
  monthStart: string,
): ProgressRow[] => {
  const byCell = new Map(grades.map((g) => [key(g.classId, g.subjectId, g.studentId), g]))
  const cellOf = new Map(grades.map((g) => [String(g.id), key(g.classId, g.subjectId, g.studentId)]))
  const thisMonth = new Map<string, number>()
  for (const change of changes) {
    if (change.at < monthStart) continue
    const cell = cellOf.get(String(change.gradeId))
    if (cell) thisMonth.set(cell, (thisMonth.get(cell) ?? 0) + cellChanges(change).entered)
  }
  return sheets.map((s) => {
    const required = (s.requiredRegular + 2) * s.studentIds.length
    const entered = s.studentIds.reduce<number>(
      (sum, student) => sum + enteredCells(byCell.get(key(s.classId, s.subjectId, student)), s.requiredRegular),
      0,
    )
    return {
      teacherId: s.teacherId,
      classId: s.classId,
      subjectId: s.subjectId,
      required,
      entered,
      enteredThisMonth: s.studentIds.reduce<number>(
        (sum, student) => sum + (thisMonth.get(key(s.classId, s.subjectId, student)) ?? 0),
        0,
      ),
      percent: required === 0 ? 100 : divideHalfUp(entered * 100, required),
    }
  })
}

/**
 * When the dashboard flags a grade. Defaults:
 * - a class's subject average is "far from the school's" at 1.5 points (15 tenths) or more, and only
 *   once the class has at least 5 averages of that subject (fewer say nothing about the class);
 * - a grade is "changed many times" when 3 or more entered values were later changed;
 * - a "jump between terms" is a difference of more than 4 points (40 tenths) between a student's
 *   averages of a subject in the previous and this term.
 */
export type AnomalyThresholds = {
  classAverageGap: Tenths
  minClassAverages: number
  manyChanges: number
  termJump: Tenths
}
export const DEFAULT_ANOMALY_THRESHOLDS: AnomalyThresholds = {
  classAverageGap: 15,
  minClassAverages: 5,
  manyChanges: 3,
  termJump: 40,
}

export type GradeAnomaly =
  | { kind: 'class-average'; classId: Id; subjectId: Id; classAverage: Tenths; schoolAverage: Tenths }
  | { kind: 'many-changes'; gradeId: Id; studentId: Id; classId: Id; subjectId: Id; changes: number }
  | { kind: 'term-jump'; studentId: Id; classId: Id; subjectId: Id; previous: Tenths; current: Tenths }

const scoreOf = (cell: Cell): Tenths | null => {
  if (!isFilledCell(cell)) return null
  const parsed = parseScore(cell)
  return parsed.ok ? parsed.value : null
}

/** A class's sum and count of score averages of a subject (tenths): what the class-average rule compares. */
export type ClassAverageStat = { classId: Id; subjectId: Id; sum: number; count: number }

/** Class averages of a subject far from the school's average of it (the school's: every class's values). */
export const classAverageAnomalies = (
  stats: ClassAverageStat[],
  thresholds: AnomalyThresholds = DEFAULT_ANOMALY_THRESHOLDS,
): GradeAnomaly[] => {
  const school = new Map<string, { sum: number; count: number }>()
  for (const s of stats) {
    const total = school.get(String(s.subjectId)) ?? { sum: 0, count: 0 }
    school.set(String(s.subjectId), { sum: total.sum + s.sum, count: total.count + s.count })
  }
  return stats.flatMap((s): GradeAnomaly[] => {
    if (s.count === 0 || s.count < thresholds.minClassAverages) return []
    const total = school.get(String(s.subjectId))!
    const schoolAverage = divideHalfUp(total.sum, total.count)
    const classAverage = divideHalfUp(s.sum, s.count)
    return Math.abs(classAverage - schoolAverage) >= thresholds.classAverageGap
      ? [{ kind: 'class-average', classId: s.classId, subjectId: s.subjectId, classAverage, schoolAverage }]
      : []
  })
}

/** Grades whose entered values were changed many times (`changes`: cells changed per grade id). */
export const manyChangesAnomalies = (
  grades: Array<Pick<GradeCells, 'id' | 'studentId' | 'classId' | 'subjectId'> & { changes: number }>,
  thresholds: AnomalyThresholds = DEFAULT_ANOMALY_THRESHOLDS,
): GradeAnomaly[] =>
  grades
    .filter((g) => g.changes >= thresholds.manyChanges)
    .map((g) => ({
      kind: 'many-changes',
      gradeId: g.id,
      studentId: g.studentId,
      classId: g.classId,
      subjectId: g.subjectId,
      changes: g.changes,
    }))

/** Cells changed (a value replaced by another) per grade id, from its history. */
export const changedCellCounts = (changes: GradeChange[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const change of changes)
    counts.set(String(change.gradeId), (counts.get(String(change.gradeId)) ?? 0) + cellChanges(change).changed)
  return counts
}

/**
 * The anomalies of a term: class averages of a subject far from the school's average of it, grades
 * whose entered values were changed many times, and students whose average of a subject jumped
 * between the previous term and this one. Comment-only subjects (Đ/CĐ) have no score and never count.
 */
export const findGradeAnomalies = (
  grades: GradeCells[],
  changes: GradeChange[],
  previousTerm: Pick<GradeCells, 'studentId' | 'subjectId' | 'average'>[],
  thresholds: AnomalyThresholds = DEFAULT_ANOMALY_THRESHOLDS,
): GradeAnomaly[] => {
  const stats = new Map<string, ClassAverageStat>()
  for (const g of grades) {
    const average = scoreOf(g.average)
    if (average === null) continue
    const k = key(g.subjectId, g.classId)
    const stat = stats.get(k) ?? { classId: g.classId, subjectId: g.subjectId, sum: 0, count: 0 }
    stats.set(k, { ...stat, sum: stat.sum + average, count: stat.count + 1 })
  }
  const counts = changedCellCounts(changes)
  const before = new Map(previousTerm.map((g) => [key(g.studentId, g.subjectId), scoreOf(g.average)]))
  return [
    ...classAverageAnomalies([...stats.values()], thresholds),
    ...manyChangesAnomalies(
      grades.map((g) => ({ ...g, changes: counts.get(String(g.id)) ?? 0 })),
      thresholds,
    ),
    ...termJumpAnomalies(
      grades.flatMap((g) => {
        const current = scoreOf(g.average)
        const previous = before.get(key(g.studentId, g.subjectId)) ?? null
        return current !== null && previous !== null ? [{ ...g, previous, current }] : []
      }),
      thresholds,
    ),
  ]
}

/** Students whose average of a subject moved by more than the threshold between two terms. */
export const termJumpAnomalies = (
  pairs: Array<Pick<GradeCells, 'studentId' | 'classId' | 'subjectId'> & { previous: Tenths; current: Tenths }>,
  thresholds: AnomalyThresholds = DEFAULT_ANOMALY_THRESHOLDS,
): GradeAnomaly[] =>
  pairs
    .filter((p) => Math.abs(p.current - p.previous) > thresholds.termJump)
    .map((p) => ({
      kind: 'term-jump',
      studentId: p.studentId,
      classId: p.classId,
      subjectId: p.subjectId,
      previous: p.previous,
      current: p.current,
    }))
