import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { isPlaceholderEmail, placeholderPassword, PLACEHOLDER_EMAIL_DOMAIN } from '@/domain/portal/invite'
import { canonicalPhone } from '@/domain/students/phone'

/**
 * Guardian accounts and their links to students, as the school's invitation
 * (`POST /api/guardians/invite`) and a guardian's first sign-in by phone (`login-code`) make them.
 * Nobody creates an account through the API; these two callers have checked who asks.
 */
export type GuardianEntryRef = { id?: string | null; name: string; relationship?: string | null }

/** A new account with a password nobody knows (it opens by the invitation's link or by a code). */
export const createGuardianAccount = (
  req: PayloadRequest,
  data: Omit<RequiredDataFromCollectionSlug<'guardians'>, 'password'>,
) =>
  req.payload.create({
    collection: 'guardians',
    data: { ...data, password: placeholderPassword() },
    depth: 0,
    overrideAccess: true, // accounts are made only by these system actions (create access is nobody)
    req,
  })

/**
 * The account an invitation goes to: the one with the e-mail; else the one a guardian made at the
 * first sign-in with this phone (a placeholder e-mail, which the invitation replaces), so that the
 * school's invitation never makes a second account on the same phone; else none. An invitation by
 * SMS to a guardian without an e-mail (`email` null) goes to the one account carrying the phone,
 * whatever its e-mail; `'shared'` when several do (an account made beside them could never sign in).
 */
export const accountToInvite = async (req: PayloadRequest, email: string | null, phone: string | null | undefined) => {
  if (email) {
    const byEmail = await req.payload.find({
      collection: 'guardians',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true, // looking up an existing account for the inviting staff member, already checked
      req,
    })
    if (byEmail.docs[0]) return { id: byEmail.docs[0].id, placeholder: false }
  }
  const number = canonicalPhone(phone)
  if (!number) return null
  const byPhone = await req.payload.find({
    collection: 'guardians',
    where: email
      ? { and: [{ phone: { equals: number } }, { email: { like: `@${PLACEHOLDER_EMAIL_DOMAIN}` } }] }
      : { phone: { equals: number } },
    limit: 2,
    depth: 0,
    overrideAccess: true, // as above: the account made at this phone's first sign-in, or the phone's one account
    req,
  })
  if (!email && byPhone.docs.length > 1) return 'shared' as const
  const only = byPhone.docs.length === 1 ? byPhone.docs[0]! : null
  if (!only) return null
  const placeholder = isPlaceholderEmail(only.email)
  return email && !placeholder ? null : { id: only.id, placeholder }
}

/**
 * Links the account to a student from the student's guardian entry, or sets the existing link's
 * status. `system` is for the first sign-in by phone, where no staff member is signed in and the
 * link stays pending; the invitation passes the staff member's own access.
 */
export const linkToStudent = async (
  req: PayloadRequest,
  link: {
    guardian: number
    student: number
    entry: GuardianEntryRef
    status: 'pending' | 'confirmed'
    system: boolean
  },
) => {
  const existing = await req.payload.find({
    collection: 'guardian-links',
    where: { and: [{ guardian: { equals: link.guardian } }, { student: { equals: link.student } }] },
    limit: 1,
    depth: 0,
    overrideAccess: link.system, // system only at a first sign-in: a pending link, confirmed later by the school
    req,
  })
  const data = { status: link.status, relationship: link.entry.relationship, guardianEntry: link.entry.id }
  return existing.docs[0]
    ? req.payload.update({
        collection: 'guardian-links',
        id: existing.docs[0].id,
        data,
        depth: 0,
        overrideAccess: link.system, // as above
        req,
      })
    : req.payload.create({
        collection: 'guardian-links',
        data: { guardian: link.guardian, student: link.student, ...data },
        depth: 0,
        overrideAccess: link.system, // as above
        req,
      })
}
