import type { CollectionBeforeChangeHook } from 'payload'

import { isVietnamesePhone, normalisePhone } from '@/domain/students/phone'

/**
 * A guardian's phone is kept as `0xxxxxxxxx` (spaces, dots, dashes and a +84 prefix removed), so
 * that sign-in by code finds the account by the number however it was typed.
 */
export const normaliseGuardianPhone: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.phone === 'string' && isVietnamesePhone(data.phone)) {
    const phone = normalisePhone(data.phone)
    data.phone = phone.startsWith('+84') ? `0${phone.slice(3)}` : phone
  }
  return data
}
