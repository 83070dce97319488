import type { CollectionBeforeChangeHook } from 'payload'

import { canonicalPhone } from '@/domain/students/phone'

/**
 * A guardian's phone is kept as `0xxxxxxxxx` (spaces, dots, dashes and a +84 prefix removed), so
 * that sign-in by code finds the account by the number however it was typed.
 */
export const normaliseGuardianPhone: CollectionBeforeChangeHook = ({ data }) => {
  const phone = canonicalPhone(data.phone)
  if (phone) data.phone = phone
  return data
}
