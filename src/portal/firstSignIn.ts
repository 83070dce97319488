import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { type GuardianEntry, identityOf, type PhoneIdentity } from '@/domain/portal/firstSignIn'
import { placeholderEmail } from '@/domain/portal/invite'

import { createGuardianAccount, linkToStudent } from './guardianAccounts'
import { poolSql } from '@/lib/sql'

/**
 * A guardian's first sign-in by phone (no account yet): who the phone names on the current
 * students' guardian entries, and the account and pending links made once the code is right.
 */

/** Whether any account (active or not) carries the phone: then the account's own rules decide, never this path. */
export const anyAccountHasPhone = async (req: PayloadRequest, phone: string): Promise<boolean> =>
  (
    await req.payload.count({
      collection: 'guardians',
      where: { phone: { in: [phone, `+84${phone.slice(1)}`] } },
      overrideAccess: true, // system action: whether a number is taken; nothing is returned to the caller
      req,
    })
  ).totalDocs > 0

/**
 * The one person the phone names among the guardian entries of students currently in a class, or
 * null. The students' phones are kept as typed (validated, not normalised), so the database is
 * asked with separators removed and the entries are then compared exactly by the domain rule.
 */
export const identityForPhone = async (req: PayloadRequest, phone: string): Promise<PhoneIdentity | null> => {
  const db = poolSql(req.payload)
  const { rows } = await db.execute(sql`
    select distinct g._parent_id as id from students_guardians g join students s on s.id = g._parent_id
    where s.current_class_id is not null
      and regexp_replace(coalesce(g.phone, ''), '[[:space:].-]', '', 'g') in (${phone}, ${`+84${phone.slice(1)}`})`)
  if (rows.length === 0) return null
  const students = await req.payload.find({
    collection: 'students',
    where: { and: [{ id: { in: rows.map((row) => Number(row.id)) } }, { currentClass: { exists: true } }] },
    select: { guardians: true },
    depth: 0,
    pagination: false,
    overrideAccess: true, // system action: the phone is the credential; nothing of the students is returned
    req,
  })
  const entries: GuardianEntry[] = students.docs.flatMap((student) =>
    (student.guardians ?? []).map((entry) => ({
      studentId: student.id,
      entryId: entry.id ?? '',
      name: entry.name,
      relationship: entry.relationship,
      phone: entry.phone,
    })),
  )
  return identityOf(entries, phone)
}

/**
 * The account of a guardian who has just proved the phone: named as the students' entries name
 * them, with a placeholder e-mail and password (no password sign-in until they set one or the school
 * invites them), codes by SMS, and a PENDING link to each student: the portal shows nothing of a
 * child until the homeroom teacher or the clerk confirms the link.
 */
export const createFirstSignInAccount = async (req: PayloadRequest, phone: string, identity: PhoneIdentity) => {
  const guardian = await createGuardianAccount(req, {
    email: placeholderEmail(),
    fullName: identity.name,
    phone,
    preferredChannel: 'sms',
  })
  const byStudent = new Map(identity.entries.map((entry) => [entry.studentId, entry]))
  for (const [student, entry] of byStudent) {
    await linkToStudent(req, {
      guardian: guardian.id,
      student,
      entry: { id: entry.entryId, name: entry.name, relationship: entry.relationship },
      status: 'pending',
      system: true, // no staff member here: the link is made pending and waits for the school
    })
  }
  return guardian
}
