import type { CollectionAfterChangeHook } from 'payload'

import { isSelf, type RoleHolder } from '@/access/roles'
import { keepOnlySession } from '@/lib/auth/sessions'
import { recordSignInEvent } from '@/lib/auth/signInEvents'

/**
 * A new password ends every other session of the account: tokens issued before it stop working
 * (Payload checks a token's session id against the account's `sessions`). The session that made
 * the change stays; a password set by a manager ends them all.
 */
export const revokeSessionsOnPasswordChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || !doc.passwordChangedAt || doc.passwordChangedAt === previousDoc?.passwordChangedAt) {
    return doc
  }
  const keep = isSelf(req.user as RoleHolder, doc.id) ? (req.user as { _sid?: string })._sid : undefined
  await keepOnlySession(req, collection.slug, doc.id, keep)
  await recordSignInEvent(req.payload, req, 'password-change', { user: doc.id, email: doc.email }, req)
  return doc
}
