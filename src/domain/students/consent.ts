import { ageOn } from './age'

/**
 * Consent to publish a student's photo or name (Personal Data Protection Law 2025; children's
 * data, Decree 13/2023 art. 20): the guardian's consent always, and the child's own from age 7.
 */
export const CHILD_CONSENT_AGE = 7

export type PublicationConsent = {
  guardianConsent?: boolean | null
  studentConsent?: boolean | null
}

/** True only when every consent the law asks for was given; anything missing means no. */
export const consentsToPublication = (
  consent: PublicationConsent | null | undefined,
  dateOfBirth: Date | string | null | undefined,
  today: Date,
): boolean => {
  if (!consent || consent.guardianConsent !== true) return false
  const dob = dateOfBirth ? new Date(dateOfBirth) : null
  // Without a valid date of birth the child's age is unknown: ask for the child's consent too.
  const age = dob && !Number.isNaN(dob.getTime()) ? ageOn(dob, today) : CHILD_CONSENT_AGE
  return age < CHILD_CONSENT_AGE || consent.studentConsent === true
}
