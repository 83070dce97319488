import type { CollectionBeforeChangeHook } from 'payload'

/** Records when the password was last set, for the password-age banner and report. */
export const stampPasswordChange: CollectionBeforeChangeHook = ({ data, operation }) => {
  const password = (data as { password?: unknown }).password
  if (operation === 'create' || (typeof password === 'string' && password !== '')) {
    return { ...data, passwordChangedAt: new Date().toISOString() }
  }
  return data
}
