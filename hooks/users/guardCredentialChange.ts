import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { canManageUsers, isSelf, type RoleHolder } from '@/access/roles'
import { verifyCurrentPassword } from '@/lib/auth/currentPassword'

const refuse = (message: string) => new APIError(message, 403, undefined, true)

/**
 * E-mail changes only by the principal or the sysadmin (the address is the sign-in name and where
 * reset links go); changing one's own password needs the current one (`currentPassword`), so a
 * stolen session cannot take the account over. Managers setting someone else's password do not
 * need it. System actions (`overrideAccess`) are not the caller's request.
 */
export const guardCredentialChange: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' || args.overrideAccess === true || !req.user) return args
  const data = (args.data ?? {}) as { email?: unknown; password?: unknown; currentPassword?: unknown }
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  if (!changesPassword && !('email' in data)) return args
  const user = req.user as RoleHolder
  const id = (args as { id?: number | string }).id
  if (id === undefined) {
    if (!canManageUsers(user))
      refuseWith('Chỉ hiệu trưởng và quản trị hệ thống được đổi thư điện tử hay mật khẩu hàng loạt.')
    return args
  }
  // Read with the hash: the current password is checked here; nothing is returned to the caller.
  const stored = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })) as { email?: string; hash?: string; salt?: string } | null
  if (!stored) return args
  if ('email' in data && !canManageUsers(user)) {
    const asked = typeof data.email === 'string' ? data.email.toLowerCase().trim() : data.email
    if (asked !== stored.email) refuseWith('Chỉ hiệu trưởng và quản trị hệ thống được đổi thư điện tử của tài khoản.')
  }
  if (changesPassword && isSelf(user, id)) {
    await verifyCurrentPassword(req, { collection: collection.slug, id, ...stored }, data.currentPassword)
  }
  return args
}

function refuseWith(message: string): never {
  throw refuse(message)
}
