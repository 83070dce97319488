import type { CollectionBeforeOperationHook } from 'payload'

import { canonicalPhone } from '@/domain/students/phone'

/**
 * A guardian signs in with a password using the e-mail or the phone the school recorded: a
 * guardian invited by SMS, or who first signed in by a code, has no e-mail of their own. When the
 * sign-in name is a Vietnamese number carried by exactly one account, Payload's login goes on with
 * that account's e-mail (so its lock-out, sessions and the address limit apply unchanged); an
 * unknown or shared number goes on as typed and fails as a wrong e-mail does.
 */
export const signInByPhone: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown } }).data
  if (!data || typeof data.email !== 'string' || data.email.includes('@')) return args
  const phone = canonicalPhone(data.email.trim())
  if (!phone) return args
  const found = await req.payload.find({
    collection: 'guardians',
    where: { phone: { in: [phone, `+84${phone.slice(1)}`] } },
    limit: 2,
    depth: 0,
    select: { email: true },
    overrideAccess: true, // system action: the sign-in name's account; nothing is returned to the caller
    req,
  })
  if (found.docs.length !== 1) return args
  return { ...args, data: { ...data, email: found.docs[0]!.email } }
}
