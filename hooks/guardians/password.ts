import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { guardianOf } from '@/access/guardians'
import { verifyCurrentPassword } from '@/lib/auth/currentPassword'
import { keepOnlySession } from '@/lib/auth/sessions'

/**
 * A guardian's own password. `passwordSetAt` says when the guardian last chose one; empty means
 * none is usable yet (an account made by the school's invitation or at a first sign-in by phone
 * carries a random password nobody knows). These hooks keep it and apply the staff's rules:
 * changing an existing password needs the current one, and a new password ends the other sessions.
 */

const newPasswordIn = (data: unknown): boolean => {
  const password = (data as { password?: unknown } | undefined)?.password
  return typeof password === 'string' && password !== ''
}

/** Stamps `passwordSetAt` when an update sets a password (invitation, portal page, the school). */
export const stampGuardianPassword: CollectionBeforeChangeHook = ({ data, operation }) =>
  operation === 'update' && newPasswordIn(data) ? { ...data, passwordSetAt: new Date().toISOString() } : data

/** Payload's reset (the forgotten-password link) writes the hash itself: stamp it afterwards, in its transaction. */
export const stampGuardianPasswordOnReset: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (operation !== 'resetPassword') return result
  const id = (result as { user?: { id?: number } } | undefined)?.user?.id
  if (id !== undefined) {
    await req.payload.db.updateOne({
      collection: 'guardians',
      id,
      data: { passwordSetAt: new Date().toISOString() },
      req,
      returning: false,
    })
  }
  return result
}

/**
 * A guardian changing their own password gives the current one (`currentPassword`) once they have
 * set one, so that a stolen session cannot take the account over; a guardian without a usable
 * password (signed in by a code) sets the first one without it. A guardian never changes a password
 * in bulk. The school's managers and system actions (`overrideAccess`) are not asked.
 */
export const requireCurrentGuardianPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || args.overrideAccess === true || !newPasswordIn(args.data)) return args
  const guardian = guardianOf(req)
  if (!guardian) return args
  const id = (args as { id?: number | string }).id
  if (id === undefined || String(id) !== String(guardian.id)) {
    throw new APIError('Phụ huynh chỉ đổi được mật khẩu của chính mình.', 403, undefined, true)
  }
  // Read with the hash: the current password is checked here; nothing is returned to the caller.
  const stored = (await req.payload.db.findOne({
    collection: 'guardians',
    where: { id: { equals: guardian.id } },
    req,
  })) as { passwordSetAt?: string | null; hash?: string; salt?: string } | null
  if (!stored?.passwordSetAt) return args
  const current = (args.data as { currentPassword?: unknown }).currentPassword
  await verifyCurrentPassword(req, { collection: 'guardians', id: guardian.id, ...stored }, current)
  return args
}

/**
 * A new password ends every other session of the account, as for staff: tokens issued before it
 * stop working. The guardian's own session that made the change stays; set by the invitation's
 * link or by the school, it ends them all.
 */
export const revokeGuardianSessionsOnPasswordChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !doc.passwordSetAt || doc.passwordSetAt === previousDoc?.passwordSetAt) return doc
  const self = guardianOf(req)
  const keep = self && String(self.id) === String(doc.id) ? (req.user as { _sid?: string })._sid : undefined
  await keepOnlySession(req, 'guardians', doc.id, keep)
  return doc
}
