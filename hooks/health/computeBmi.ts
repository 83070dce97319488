import type { CollectionBeforeChangeHook } from 'payload'

import { bodyMassIndex } from '@/domain/health/bmi'

/** BMI always follows height and weight; a value sent in the request is ignored. */
export const computeBmi: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  bmi: bodyMassIndex(data.heightCm ?? originalDoc?.heightCm, data.weightKg ?? originalDoc?.weightKg),
})
