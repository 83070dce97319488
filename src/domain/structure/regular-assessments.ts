/**
 * Number of regular assessments (ĐĐGtx) per term, from Thông tư 22/2021 as `grading.md` states it:
 * a comment-only subject has 2; a scored subject has 2 for up to 35 periods a year, 3 for over 35
 * up to 70, and 4 for over 70. A subject not taught in a grade (0 periods) has none.
 */
export type Assessment = 'score' | 'comment'

export const regularAssessmentCount = (periodsPerYear: number, assessment: Assessment): number => {
  if (!Number.isFinite(periodsPerYear) || periodsPerYear <= 0) return 0
  if (assessment === 'comment') return 2
  if (periodsPerYear <= 35) return 2
  if (periodsPerYear <= 70) return 3
  return 4
}

export const GRADES = [6, 7, 8, 9] as const
export type Grade = (typeof GRADES)[number]
