import type { CollectionBeforeChangeHook } from 'payload'

import { gradeAverage, type GradeValues } from '@/domain/grading'

import { isSystemGradeWrite } from './context'
import { loadGradeFacts } from './gradeFacts'

/**
 * The term average comes from the domain rules only: whatever the input says about `average`,
 * `locked` or `revision` is replaced. `revision` counts saves, for the grade sheet's conflict check.
 */
export const computeGradeAverage: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const facts = await loadGradeFacts(req, merged)
  const values: GradeValues = {
    regular: Array.isArray(merged.regular) ? merged.regular : [],
    midterm: merged.midterm ?? null,
    final: merged.final ?? null,
  }
  return {
    ...data,
    average: facts ? gradeAverage(values, facts.kind, facts.requiredRegular) : null,
    // Locks are set by the lock scopes (grade-locks) or by server code, never by the input.
    locked:
      isSystemGradeWrite(context) && typeof data.locked === 'boolean' ? data.locked : originalDoc?.locked === true,
    revision: Number(originalDoc?.revision ?? 0) + 1,
  }
}
