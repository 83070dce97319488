import { APIError, type Payload, type PayloadRequest } from 'payload'

import { canManageUsers, type RoleHolder } from '@/access/roles'
import { type AccountSecurityRow, toSecurityRow } from '@/domain/accounts/security-report'
import { relationId } from '@/access/relation-id'

export type SignInRecord = {
  at: string
  event: string
  ip: string | null
  email: string | null
  userAgent: string | null
}

const toRecord = (doc: Record<string, unknown>): SignInRecord => ({
  at: String(doc.createdAt),
  event: String(doc.event),
  ip: (doc.ip as string | null) ?? null,
  email: (doc.email as string | null) ?? null,
  userAgent: (doc.userAgent as string | null) ?? null,
})

/** One account's sign-in history, newest first (the caller has checked `canManageUsers`). */
export const readSignInHistory = async (payload: Payload, req: PayloadRequest, user: number | string, limit = 100) => {
  const { docs } = await payload.find({
    collection: 'sign-in-events',
    where: { user: { equals: user } },
    sort: '-createdAt',
    limit,
    depth: 0,
    req,
    overrideAccess: false,
  })
  return docs.map((doc) => toRecord(doc as unknown as Record<string, unknown>))
}

/**
 * Every account with its last login, password age, lock state and last sign-in events. Lock state
 * lives in Payload's hidden auth fields, so this reads with hidden fields shown; callers check
 * `canManageUsers` first.
 */
export const readAccountSecurity = async (
  payload: Payload,
  req: PayloadRequest,
): Promise<Array<AccountSecurityRow & { recentSignIns: SignInRecord[] }>> => {
  const { docs } = await payload.find({
    collection: 'users',
    req,
    overrideAccess: true, // the caller is sysadmin or principal, who may see every account's security fields
    showHiddenFields: true,
    pagination: false,
    depth: 0,
    sort: 'fullName',
  })
  // The last 30 days of events (at most 200, the API's page cap), five per account.
  const events = await payload.find({
    collection: 'sign-in-events',
    where: { createdAt: { greater_than: new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString() } },
    sort: '-createdAt',
    limit: 200,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const recent = new Map<string, SignInRecord[]>()
  for (const event of events.docs) {
    const user = event.user == null ? null : String(relationId(event.user))
    if (!user) continue
    const list = recent.get(user) ?? []
    if (list.length < 5) list.push(toRecord(event as unknown as Record<string, unknown>))
    recent.set(user, list)
  }
  const now = new Date()
  return docs.map((doc) => ({
    ...toSecurityRow(doc as Parameters<typeof toSecurityRow>[0], now),
    recentSignIns: recent.get(String(doc.id)) ?? [],
  }))
}

/**
 * `GET /api/users/security-report`: the principal's account-security review (R1.5);
 * `?user=<id>` gives that account's sign-in history (the last 100 events).
 */
export const accountSecurityReport = {
  path: '/security-report',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    if (!canManageUsers(req.user as RoleHolder)) {
      throw new APIError('Chỉ hiệu trưởng và quản trị hệ thống xem được báo cáo này.', 403)
    }
    const user = req.searchParams.get('user')
    if (user !== null) {
      if (!/^\d+$/.test(user)) {
        throw new APIError('Mã tài khoản không hợp lệ.', 400)
      }
      return Response.json({ signIns: await readSignInHistory(req.payload, req, Number(user)) })
    }
    return Response.json({ docs: await readAccountSecurity(req.payload, req) })
  },
}
