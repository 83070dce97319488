import type { CollectionBeforeChangeHook } from 'payload'

type Consent = {
  guardianConsent?: boolean | null
  guardianConsentDate?: string | null
  studentConsent?: boolean | null
  studentConsentDate?: string | null
  recordedBy?: unknown
  recordedAt?: string | null
}

/**
 * Who recorded a consent and when is set by the server from the signed-in user, never taken from
 * the request body; a consent given without a date is dated today.
 */
export const stampConsentRecorder: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = (data.publicationConsent ?? {}) as Consent
  const previous = (originalDoc?.publicationConsent ?? {}) as Consent
  const changed =
    (next.guardianConsent !== undefined && Boolean(next.guardianConsent) !== Boolean(previous.guardianConsent)) ||
    (next.studentConsent !== undefined && Boolean(next.studentConsent) !== Boolean(previous.studentConsent))
  if (!changed) {
    // Keep the stored stamp whatever the body says.
    if (data.publicationConsent)
      data.publicationConsent = {
        ...next,
        recordedBy: previous.recordedBy ?? null,
        recordedAt: previous.recordedAt ?? null,
      }
    return data
  }
  const today = new Date().toISOString()
  data.publicationConsent = {
    ...next,
    guardianConsentDate: next.guardianConsent ? next.guardianConsentDate || today : null,
    studentConsentDate: next.studentConsent ? next.studentConsentDate || today : null,
    // A guardian giving consent in the portal is not a staff user: recordedBy names staff only.
    recordedBy: req.user?.collection === 'users' ? req.user.id : null,
    recordedAt: today,
  }
  return data
}
