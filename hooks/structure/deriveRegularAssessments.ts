import type { CollectionBeforeChangeHook } from 'payload'

import { type Assessment, GRADES, regularAssessmentCount } from '@/domain/structure/regular-assessments'

/** The number of regular assessments per grade always follows periods and assessment kind. */
export const deriveRegularAssessments: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const assessment = (merged.assessment ?? 'score') as Assessment
  const periods = (merged.periods ?? {}) as Record<string, number | null | undefined>
  const regularAssessments = Object.fromEntries(
    GRADES.map((grade) => [`grade${grade}`, regularAssessmentCount(Number(periods[`grade${grade}`] ?? 0), assessment)]),
  )
  return { ...data, regularAssessments }
}
