import { type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { passwordProblem } from '@/domain/accounts/password'

/** Refuses weak passwords on the server, whatever client sent them (R1.3). */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, collection }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(password)
  if (problem) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] })
  }
  return data
}

/**
 * The same policy for a password set with a reset token: Payload's reset gives `beforeValidate` the
 * stored account (hash and salt, no `password`), so the hook above never sees the new password there.
 */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  const problem = typeof password === 'string' && password !== '' ? passwordProblem(password) : null
  if (problem) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] })
  }
  return args
}
