import type { CommentResult } from './comments'
import { type Level, LEVELS, rank } from './levels'
import type { Tenths } from './scores'
import { DEFAULT_GRADING_SETTINGS, type GradingSettings } from './settings'

/** A student's subject results for a term (term averages) or a year (year averages). */
export type SubjectResults = {
  scored: readonly Tenths[]
  comment: readonly CommentResult[]
}

const countAtLeast = (values: readonly Tenths[], floor: Tenths) => values.filter((v) => v >= floor).length

/** The table of grading.md, without the adjustment. */
export const baseLearningLevel = (
  results: SubjectResults,
  settings: GradingSettings = DEFAULT_GRADING_SETTINGS,
): Level => {
  const { scored, comment } = results
  const n = settings.subjectsAtThreshold
  const allCommentsPass = comment.every((c) => c === 'D')
  const failedComments = comment.filter((c) => c !== 'D').length
  if (allCommentsPass && scored.every((v) => v >= 65) && countAtLeast(scored, 80) >= n) return 'tot'
  if (allCommentsPass && scored.every((v) => v >= 50) && countAtLeast(scored, 65) >= n) return 'kha'
  if (failedComments <= 1 && countAtLeast(scored, 50) >= n && scored.every((v) => v >= 35)) return 'dat'
  return 'chua-dat'
}

/**
 * Learning result (Tốt / Khá / Đạt / Chưa đạt). With the adjustment on: when a single subject
 * pulls the result down two or more levels from what the student reaches with that subject at its
 * best, the result is raised to the level just above the one reached.
 */
export const classifyLearning = (
  results: SubjectResults,
  settings: GradingSettings = DEFAULT_GRADING_SETTINGS,
): Level => {
  const reached = baseLearningLevel(results, settings)
  if (!settings.adjustment || reached === 'tot') return reached
  const withoutDrag = [
    ...results.scored.map((_, i) => ({ ...results, scored: results.scored.map((v, j) => (j === i ? 100 : v)) })),
    ...results.comment.map((_, i) => ({
      ...results,
      comment: results.comment.map((c, j) => (j === i ? ('D' as const) : c)),
    })),
  ].map((alternative) => rank(baseLearningLevel(alternative, settings)))
  const best = Math.max(rank(reached), ...withoutDrag)
  return best - rank(reached) >= 2 ? LEVELS[rank(reached) + 1]! : reached
}
