import type { PayloadRequest } from 'payload'

type Id = number | string

/**
 * Whether each student consents to having their photo published (R3 / A17, students issue).
 *
 * CONNECTION POINT for the students issue: this reads `students.publicationConsent` as that branch
 * defines it (a group with `guardianConsent` and `studentConsent` checkboxes; lower-secondary
 * students are all over 7, so both are needed). If the field is named or shaped differently when
 * the branches merge, change only `consents` below. It FAILS CLOSED: a student with no consent
 * data, a missing field or a missing record counts as not consenting.
 */
export const readPublicationConsent = async (req: PayloadRequest, studentIds: Id[]): Promise<Map<string, boolean>> => {
  const result = new Map(studentIds.map((id) => [String(id), false]))
  if (studentIds.length === 0 || !req.payload.collections.students) return result
  // system action: the publication check needs the consent of students the publisher may not read
  const { docs } = await req.payload.find({
    collection: 'students',
    where: { id: { in: studentIds } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    req,
  })
  for (const doc of docs as unknown as Array<Record<string, unknown>>) result.set(String(doc.id), consents(doc))
  return result
}

const consents = (student: Record<string, unknown>): boolean => {
  const consent = student.publicationConsent as { guardianConsent?: unknown; studentConsent?: unknown } | undefined
  return consent?.guardianConsent === true && consent?.studentConsent === true
}
