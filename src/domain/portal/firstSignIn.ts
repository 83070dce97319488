import { canonicalPhone } from '../students/phone'

/**
 * A guardian's first sign-in by phone, before the school made an account: the phone is looked up
 * on the current students' guardian entries. It names one person when every entry carrying it
 * gives the same name (a parent of several children); two different names on one number (a
 * shared family phone, a typo) name nobody, and nobody is signed in: the school sorts it out by
 * inviting the right person (`POST /api/guardians/invite`).
 */
export type GuardianEntry = {
  studentId: number
  entryId: string
  name: string
  relationship?: string | null
  phone?: string | null
}

export type PhoneIdentity = { name: string; entries: GuardianEntry[] }

/** Names compared as people read them: Unicode form, spaces and letter case do not matter. */
export const sameNameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

/** The person the phone names among these entries, or null (no entry, or entries with different names). */
export const identityOf = (entries: GuardianEntry[], phone: string): PhoneIdentity | null => {
  const target = canonicalPhone(phone)
  if (!target) return null
  const matching = entries.filter((entry) => canonicalPhone(entry.phone) === target && entry.name?.trim())
  if (matching.length === 0) return null
  const names = new Set(matching.map((entry) => sameNameKey(entry.name)))
  if (names.size !== 1) return null
  return { name: matching[0]!.name.normalize('NFC').trim().replace(/\s+/g, ' '), entries: matching }
}

/**
 * The namespace of a first sign-in's code in its keyed hash: the phone, since no account exists
 * yet (an account's code is keyed by its id, so the two never collide).
 */
export const phoneCodeKey = (phone: string) => `phone:${phone}`
