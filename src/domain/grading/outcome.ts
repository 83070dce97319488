import { classifyLearning } from './classify'
import type { CommentResult } from './comments'
import { atLeast, type Level } from './levels'
import type { Tenths } from './scores'
import { DEFAULT_GRADING_SETTINGS, type GradingSettings } from './settings'

export type YearSubjects = {
  scored: ReadonlyArray<{ subject: string; average: Tenths }>
  comment: ReadonlyArray<{ subject: string; result: CommentResult }>
}

export type Outcome =
  | { kind: 'promoted' }
  | { kind: 'completed' }
  | { kind: 'summer-training' }
  | { kind: 'summer-reassessment'; subjects: string[] }
  | { kind: 'kept-back' }
  | { kind: 'absences-over-limit' }

export type OutcomeInput = {
  grade: number
  training: Level
  subjects: YearSubjects
  absentSessions: number
  /** After the summer: re-evaluation, no second chance. */
  afterSummer?: boolean
}

export const learningOf = (subjects: YearSubjects, settings: GradingSettings = DEFAULT_GRADING_SETTINGS): Level =>
  classifyLearning(
    { scored: subjects.scored.map((s) => s.average), comment: subjects.comment.map((c) => c.result) },
    settings,
  )

/** Subjects to re-take in summer: scored ones with a year average under 5.0 and comment ones Chưa đạt. */
export const reassessmentSubjects = (subjects: YearSubjects): string[] => [
  ...subjects.scored.filter((s) => s.average < 50).map((s) => s.subject),
  ...subjects.comment.filter((c) => c.result !== 'D').map((c) => c.subject),
]

/**
 * Year-end outcome (Thông tư 22): promoted (grade 9: programme completed) with training and
 * learning at least Đạt and absences within the limit; over the limit → not promoted; training
 * Chưa đạt → summer training; learning Chưa đạt → summer re-assessment of the listed subjects.
 * After the summer (results replaced by the caller), failing again means kept back.
 */
export const yearOutcome = (input: OutcomeInput, settings: GradingSettings = DEFAULT_GRADING_SETTINGS): Outcome => {
  if (input.absentSessions > settings.maxAbsentSessions) return { kind: 'absences-over-limit' }
  const learning = learningOf(input.subjects, settings)
  const passes = atLeast(input.training, 'dat') && atLeast(learning, 'dat')
  if (passes) return input.grade >= 9 ? { kind: 'completed' } : { kind: 'promoted' }
  if (input.afterSummer) return { kind: 'kept-back' }
  if (!atLeast(input.training, 'dat')) return { kind: 'summer-training' }
  return { kind: 'summer-reassessment', subjects: reassessmentSubjects(input.subjects) }
}

/** Replaces year results with the summer re-assessment results (by subject). */
export const applyReassessment = (
  subjects: YearSubjects,
  results: { scored?: Record<string, Tenths>; comment?: Record<string, CommentResult> },
): YearSubjects => ({
  scored: subjects.scored.map((s) => ({ ...s, average: results.scored?.[s.subject] ?? s.average })),
  comment: subjects.comment.map((c) => ({ ...c, result: results.comment?.[c.subject] ?? c.result })),
})

export type Title = 'xuat-sac' | 'gioi'

export const TITLE_LABELS: Record<Title, string> = { 'xuat-sac': 'Học sinh Xuất sắc', gioi: 'Học sinh Giỏi' }

/**
 * "Học sinh Xuất sắc": training Tốt, learning Tốt and at least 6 scored subjects ≥ 9.0;
 * "Học sinh Giỏi": training Tốt and learning Tốt.
 */
export const yearTitle = (
  training: Level,
  learning: Level,
  scoredAverages: readonly Tenths[],
  settings: GradingSettings = DEFAULT_GRADING_SETTINGS,
): Title | null => {
  if (training !== 'tot' || learning !== 'tot') return null
  return scoredAverages.filter((v) => v >= 90).length >= settings.subjectsAtThreshold ? 'xuat-sac' : 'gioi'
}
