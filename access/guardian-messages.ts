import type { Access, Where } from 'payload'

import { userOf } from './common'
import { guardianOf } from './guardians'
import { hasRole } from './roles'
import { loadScope } from './scope'

/**
 * Two-way messages between guardians and homeroom teachers: the guardian reads their own threads,
 * the homeroom teacher those of their classes, the principal those of any class. Writing is checked
 * further by `hooks/guardian-messages` (confirmed link, own class, rate limit).
 */
export const canReadGuardianMessages: Access = async ({ req }): Promise<boolean | Where> => {
  const guardian = guardianOf(req)
  if (guardian) return { guardian: { equals: guardian.id } }
  const user = userOf(req)
  if (!user) return false
  if (hasRole(user, 'principal')) return true
  const { homeroomClassIds } = await loadScope(req)
  return homeroomClassIds.length > 0 ? { class: { in: homeroomClassIds } } : false
}

/** A guardian, or a homeroom teacher answering (the student's class is checked in the hook). */
export const canWriteGuardianMessage: Access = async ({ req }) => {
  if (guardianOf(req)) return true
  if (!userOf(req)) return false
  return (await loadScope(req)).homeroomClassIds.length > 0
}

/** Attachments: the guardian who uploaded them; staff of the class once a message carries them. */
export const canReadMessageAttachments: Access = async ({ req }): Promise<boolean | Where> => {
  const guardian = guardianOf(req)
  if (guardian) return { guardian: { equals: guardian.id } }
  const user = userOf(req)
  if (!user) return false
  if (hasRole(user, 'principal')) return { class: { exists: true } }
  const { homeroomClassIds } = await loadScope(req)
  return homeroomClassIds.length > 0 ? { class: { in: homeroomClassIds } } : false
}

/** Only guardians attach files (images and PDFs, judged by content). */
export const canUploadMessageAttachment: Access = ({ req }) => Boolean(guardianOf(req))

/** Read receipts: the guardian their own; leadership and the clerk, who send the school's messages. */
export const canReadReceipts: Access = ({ req }) => {
  const guardian = guardianOf(req)
  if (guardian) return { guardian: { equals: guardian.id } }
  return hasRole(userOf(req), 'principal', 'vice-principal', 'clerk')
}
