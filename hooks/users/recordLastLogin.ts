import type { CollectionAfterLoginHook } from 'payload'

import { recordSignInEvent } from '@/lib/auth/signInEvents'

/**
 * Keeps the time of the last successful login for the principal's security review (R1.5), and
 * the sign-in in the account's history. A system action: the user has no right to write this
 * field themselves.
 */
export const recordLastLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { lastLoginAt: new Date().toISOString() },
    req,
    overrideAccess: true, // system bookkeeping, not the user's edit
    depth: 0,
  })
  await recordSignInEvent(req.payload, req, 'success', { user: user.id, email: user.email }, req)
  return user
}
