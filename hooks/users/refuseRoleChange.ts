import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { canManageUsers, isSelf, type RoleHolder } from '@/access/roles'

const PRIVILEGE_FIELDS = ['roles', 'viceArea'] as const

const asSortedList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map(String).sort()

const differs = (a: unknown, b: unknown) => JSON.stringify(asSortedList(a)) !== JSON.stringify(asSortedList(b))

const refuse = (onSelf: boolean) =>
  new APIError(
    onSelf
      ? 'Không ai được tự thay đổi vai trò của chính mình.'
      : 'Chỉ quản trị hệ thống và hiệu trưởng được phân vai trò.',
    403,
    undefined,
    true,
  )

/**
 * Field access keeps `roles` and `viceArea` unchanged for those who may not set them, but it does
 * so silently (a 200). This hook sees the request as sent and refuses a change of privileges with
 * a 403 and a message, so an attempt is visible to the caller. An unchanged value (the admin form
 * sends every field) passes. System actions (`overrideAccess`) are not the caller's request.
 */
export const refuseRoleChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (args.overrideAccess === true || !req.user) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const touched = PRIVILEGE_FIELDS.filter((field) => field in data)
  if (touched.length === 0) return args
  const user = req.user as RoleHolder
  const id = (args as { id?: number | string }).id

  if (operation === 'create') {
    if (!canManageUsers(user)) throw refuse(false)
    return args
  }

  // Reading the stored values to compare with the request; nothing is returned to the caller.
  if (id !== undefined) {
    const current = await req.payload.findByID({
      collection: 'users',
      id,
      req,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const changed = current && touched.some((field) => differs(data[field], current[field]))
    if (!changed) return args
    if (!canManageUsers(user)) throw refuse(isSelf(user, id))
    if (isSelf(user, id)) throw refuse(true)
    return args
  }

  // Bulk update: never for those without the right, and never including oneself.
  if (!canManageUsers(user)) throw refuse(false)
  const includesSelf = await req.payload.count({
    collection: 'users',
    req,
    overrideAccess: true,
    where: { and: [args.where as Where, { id: { equals: user!.id } }] },
  })
  if (includesSelf.totalDocs > 0) throw refuse(true)
  return args
}
