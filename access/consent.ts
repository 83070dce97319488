import type { Payload, PayloadRequest } from 'payload'

import { consentsToPublication } from '@/domain/students/consent'

/**
 * May anything about this student (photo, name) be published? The domain's rule
 * (`consentsToPublication`), as the website's `readPublicationConsent` applies it to many students.
 * Fails closed: an unknown student, a missing consent or any error is "no".
 */
export const hasPublicationConsent = async (
  payload: Payload,
  studentId: number | string,
  req?: Partial<PayloadRequest>,
  today: Date = new Date(),
): Promise<boolean> => {
  try {
    // system action: the answer is a yes/no about consent, not the student's data, and the
    // caller (e.g. a website editor) usually may not read the student record itself.
    const student = await payload.findByID({
      collection: 'students',
      id: studentId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { dateOfBirth: true, publicationConsent: true },
      ...(req ? { req } : {}),
    })
    if (!student) return false
    return consentsToPublication(student.publicationConsent, student.dateOfBirth, today)
  } catch (err) {
    // Fails closed, but says why: a database error here must not pass for a withdrawn consent unseen.
    payload.logger.error({ err, studentId }, 'Reading a publication consent failed; answered no')
    return false
  }
}
