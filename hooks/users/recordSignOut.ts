import type { CollectionAfterLogoutHook } from 'payload'

import { recordSignInEvent } from '@/lib/auth/signInEvents'

export const recordSignOut: CollectionAfterLogoutHook = async ({ req }) => {
  const user = req.user as { id?: number; email?: string } | null
  await recordSignInEvent(req.payload, req, 'sign-out', { user: user?.id, email: user?.email }, req)
}
