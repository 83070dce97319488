import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { checkDateOfBirth } from '@/domain/students/age'
import { isVietnamesePhone, PHONE_MESSAGE } from '@/domain/students/phone'

type Guardian = { phone?: string | null }

/**
 * Date of birth (age 10–17 on 5 September) and Vietnamese phone numbers, all checked at once so
 * the answer names every bad field. The date is checked only when it is given or changed: a record
 * that was valid when entered stays valid as the years pass.
 */
export const validateStudent: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  if (!data) return data
  const errors: Array<{ path: string; message: string }> = []
  const dobChanged = 'dateOfBirth' in data && String(data.dateOfBirth ?? '') !== String(originalDoc?.dateOfBirth ?? '')
  if (dobChanged || !originalDoc) {
    const { error } = checkDateOfBirth(data.dateOfBirth, new Date())
    if (error) errors.push({ path: 'dateOfBirth', message: error })
  }
  if (typeof data.contactPhone === 'string' && data.contactPhone !== '' && !isVietnamesePhone(data.contactPhone)) {
    errors.push({ path: 'contactPhone', message: PHONE_MESSAGE })
  }
  if (Array.isArray(data.guardians)) {
    ;(data.guardians as Guardian[]).forEach((guardian, i) => {
      if (typeof guardian?.phone === 'string' && guardian.phone !== '' && !isVietnamesePhone(guardian.phone)) {
        errors.push({ path: `guardians.${i}.phone`, message: PHONE_MESSAGE })
      }
    })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
