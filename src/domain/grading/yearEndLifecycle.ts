import type { Level } from './levels'
import { normalizeCell, type CellValue } from './values'

/**
 * The year-end of a class, step by step (Thông tư 22, Điều 12–14): the homeroom teacher proposes,
 * the principal approves once everything is entered, listed students go through the summer
 * (re-assessment scores from the subject teachers, training from the homeroom teacher), then the
 * principal's final approval closes the class. Every student's result carries the class's status.
 */
export const YEAR_END_STATUSES = ['draft', 'proposed', 'approved', 'closed'] as const
export type YearEndStatus = (typeof YEAR_END_STATUSES)[number]

/** What a student owes in summer, fixed at the principal's approval. */
export type SummerList = { training: boolean; subjects: string[] }

/** The class's status: the earliest status of its students' results (draft when there are none). */
export const classStatus = (statuses: ReadonlyArray<string | null | undefined>): YearEndStatus => {
  if (statuses.length === 0) return 'draft'
  const rank = (s: string | null | undefined) => Math.max(0, YEAR_END_STATUSES.indexOf(s as YearEndStatus))
  return YEAR_END_STATUSES[Math.min(...statuses.map(rank))]!
}

/** Subjects to re-take: scored with a year average under 5.0, comment subjects not Đạt. */
export const retakeSubjects = (subjects: ReadonlyArray<{ code: string; kind: string; year: unknown }>): string[] =>
  subjects
    .filter((s) => (s.kind === 'comment' ? s.year !== 'D' : Math.round(Number(s.year) * 10) < 50))
    .map((s) => s.code)

/**
 * From the outcome at approval: who goes to summer, and for what. A student sent to summer training
 * whose learning is also Chưa đạt re-takes the failed subjects in the same summer.
 */
export const summerListOf = (
  outcome: string | null | undefined,
  subjects: readonly string[] | null,
  learning?: string | null,
  yearSubjects: ReadonlyArray<{ code: string; kind: string; year: unknown }> = [],
): SummerList | null => {
  if (outcome === 'summer-training')
    return { training: true, subjects: learning === 'chua-dat' ? retakeSubjects(yearSubjects) : [] }
  if (outcome === 'summer-reassessment') return { training: false, subjects: [...(subjects ?? [])] }
  return null
}

/** What a listed student still misses before the final approval (subject codes, and `training`). */
export const summerMissing = (
  list: SummerList | null,
  results: Record<string, CellValue> | null | undefined,
  training: Level | null | undefined,
): string[] => {
  if (!list) return []
  const missing = list.subjects.filter((code) => results?.[code] === undefined || results?.[code] === null)
  if (list.training && !training) missing.push('training')
  return missing
}

export type SummerScoreError = { studentId: string; message: string }

/**
 * Checks a subject teacher's summer scores for one subject: each student must be listed for that
 * subject, each value a valid score (0–10, one decimal) or Đ/CĐ for a comment subject. All or nothing.
 */
export const checkSummerScores = (
  subject: { code: string; name: string; kind: 'score' | 'comment' },
  scores: Record<string, unknown>,
  lists: ReadonlyMap<string, { name: string; list: SummerList | null }>,
): { values: Record<string, CellValue>; errors: SummerScoreError[] } => {
  const values: Record<string, CellValue> = {}
  const errors: SummerScoreError[] = []
  for (const [studentId, raw] of Object.entries(scores)) {
    const student = lists.get(studentId)
    if (!student) {
      errors.push({ studentId, message: `Học sinh mã ${studentId} không thuộc lớp.` })
      continue
    }
    if (!student.list?.subjects.includes(subject.code)) {
      errors.push({
        studentId,
        message: `Học sinh ${student.name} không có tên trong danh sách kiểm tra lại môn ${subject.name}.`,
      })
      continue
    }
    const parsed = normalizeCell(raw, subject.kind)
    if (!parsed.ok || parsed.value === null) {
      errors.push({
        studentId,
        message: `Điểm kiểm tra lại môn ${subject.name} của ${student.name}: ${parsed.ok ? 'chưa nhập.' : parsed.message}`,
      })
      continue
    }
    values[studentId] = parsed.value
  }
  return { values, errors }
}
