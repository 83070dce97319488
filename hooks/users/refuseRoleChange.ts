import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { canManageUsers, isSelf, type RoleHolder } from '@/access/roles'

const asSortedList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map(String).sort()

const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(asSortedList(a)) === JSON.stringify(asSortedList(b))

/**
 * Field access already keeps `roles` and `viceArea` unchanged for those who may not set them;
 * this hook makes the refusal explicit (403 with a message) instead of a silent 200, so that a
 * self-elevation attempt is visible to the caller. Runs only for a signed-in caller: system
 * actions (seed, migrations) have no user.
 */
export const refuseRoleChange: CollectionBeforeValidateHook = ({ data, originalDoc, req, operation }) => {
  if (!data || !req.user) return data
  const user = req.user as RoleHolder
  const changes = (field: 'roles' | 'viceArea') =>
    field in data && !sameValue(data[field], operation === 'create' ? undefined : originalDoc?.[field])
  if (!changes('roles') && !changes('viceArea')) return data
  const onSelf = operation === 'update' && isSelf(user, originalDoc?.id)
  if (!canManageUsers(user) || onSelf) {
    throw new APIError(
      onSelf
        ? 'Không ai được tự thay đổi vai trò của chính mình.'
        : 'Chỉ quản trị hệ thống và hiệu trưởng được phân vai trò.',
      403,
      undefined,
      true,
    )
  }
  return data
}
