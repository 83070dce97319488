import type { PayloadRequest } from 'payload'

import { consentsToPublication } from '@/domain/students/consent'

type Id = number | string

/**
 * Whether each student consents to having their photo published (R3 / A17). The rule is the
 * domain's (`consentsToPublication`), the same one `access/consent.ts` applies. Fails closed: a
 * student with no consent data, a missing record or an unreadable id counts as not consenting.
 */
export const readPublicationConsent = async (
  req: PayloadRequest,
  studentIds: Id[],
  today: Date = new Date(),
): Promise<Map<string, boolean>> => {
  const result = new Map(studentIds.map((id) => [String(id), false]))
  const ids = studentIds.filter((id) => /^\d+$/.test(String(id)))
  if (ids.length === 0 || !req.payload.collections.students) return result
  // system action: the publication check needs the consent of students the publisher may not read
  const { docs } = await req.payload.find({
    collection: 'students',
    where: { id: { in: ids } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { dateOfBirth: true, publicationConsent: true },
    req,
  })
  for (const doc of docs) {
    result.set(String(doc.id), consentsToPublication(doc.publicationConsent, doc.dateOfBirth, today))
  }
  return result
}
