import type { Payload, PayloadRequest } from 'payload'

import { canManageUsers, type RoleHolder } from '@/access/roles'
import { type AccountSecurityRow, toSecurityRow } from '@/domain/accounts/security-report'

/**
 * Every account with its last login, password age and lock state. Lock state lives in Payload's
 * hidden auth fields, so this reads with hidden fields shown; callers check `canManageUsers` first.
 */
export const readAccountSecurity = async (payload: Payload, req: PayloadRequest): Promise<AccountSecurityRow[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    req,
    overrideAccess: true, // the caller is sysadmin or principal, who may see every account's security fields
    showHiddenFields: true,
    pagination: false,
    depth: 0,
    sort: 'fullName',
  })
  const now = new Date()
  return docs.map((doc) => toSecurityRow(doc as Parameters<typeof toSecurityRow>[0], now))
}

/** `GET /api/users/security-report`: the principal's account-security review (R1.5). */
export const accountSecurityReport = {
  path: '/security-report',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    if (!canManageUsers(req.user as RoleHolder)) {
      return Response.json(
        { errors: [{ message: 'Chỉ hiệu trưởng và quản trị hệ thống xem được báo cáo này.' }] },
        { status: 403 },
      )
    }
    return Response.json({ docs: await readAccountSecurity(req.payload, req) })
  },
}
