import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

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
