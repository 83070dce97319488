/** Rules grading.md marks "(verify)": configurable, with the circular's reading as default. */
export type GradingSettings = {
  /** Raise a result pulled down two or more levels by a single subject (grading.md, adjustment). */
  adjustment: boolean
  /** Count a missing assessment as 0 / Chưa đạt when computing averages. */
  missingAsZero: boolean
  /** Most sessions a student may miss in a year and still be promoted. */
  maxAbsentSessions: number
  /** Scored subjects that must reach a threshold for Tốt / Khá / Đạt ("at least 6 subjects"). */
  subjectsAtThreshold: number
}

export const DEFAULT_GRADING_SETTINGS: GradingSettings = {
  adjustment: true,
  missingAsZero: false,
  maxAbsentSessions: 45,
  subjectsAtThreshold: 6,
}
