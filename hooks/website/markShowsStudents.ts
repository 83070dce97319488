import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { hasPublicationConsent } from '@/access/consent'
import { relationId } from '@/access/relation-id'

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [])
    .map((v) => relationId(v as number | { id: number }))
    .filter((id) => id !== null && id !== undefined)
    .map(String)

/**
 * Keeps the students shown on a file in step with consent. A file tagged with students is kept from
 * the public until a consent check clears it. A file already in public use (published content shows
 * it) is re-checked at once: a newly tagged student without publication consent is refused, so a
 * published page never keeps a photo that bypassed the check.
 */
export const markShowsStudents: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!('students' in data)) return data
  const students = idsOf(data.students)
  data.showsStudents = students.length > 0
  const before = new Set(idsOf(originalDoc?.students))
  const added = students.filter((id) => !before.has(id))
  if (added.length === 0) return data
  if (originalDoc?.publicUse !== true) {
    // a newly tagged student has not been checked yet: the next publication checks them
    data.publicationCleared = false
    return data
  }
  const refused: string[] = []
  for (const id of added) if (!(await hasPublicationConsent(req.payload, id, req))) refused.push(id)
  if (refused.length > 0) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'students',
            message: `Ảnh đang được dùng trên nội dung đã công bố, nhưng ${refused.length} học sinh vừa gắn chưa có sự đồng ý công bố (của cha mẹ và học sinh). Hãy gỡ ảnh khỏi nội dung đó hoặc ghi nhận sự đồng ý trước.`,
          },
        ],
      },
      req.t,
    )
  }
  // the newcomers consent: the file stays cleared if every student shown before was cleared
  data.publicationCleared = originalDoc.publicationCleared === true || !originalDoc.showsStudents
  return data
}
