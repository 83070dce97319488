import type { CollectionBeforeChangeHook } from 'payload'

import { filledRegularMask } from '@/domain/grading'

/**
 * Which regular assessments hold a value, kept with the grade for the progress report (the sheet
 * save stores the same from the same function). Whatever the input says about it is replaced.
 */
export const computeRegularFilled: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  regularFilled: filledRegularMask('regular' in data ? data.regular : originalDoc?.regular),
})
