import type { CollectionAfterChangeHook } from 'payload'

import { isSelf, type RoleHolder } from '@/access/roles'
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
  const stored = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    req,
  })) as { sessions?: Array<{ id: string }> } | null
  const sessions = (stored?.sessions ?? []).filter((session) => keep !== undefined && session.id === keep)
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: doc.id,
    data: { sessions },
    req,
    returning: false,
  })
  await recordSignInEvent(req.payload, req, 'password-change', { user: doc.id, email: doc.email }, req)
  return doc
}
