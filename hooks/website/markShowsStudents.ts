import type { CollectionBeforeChangeHook } from 'payload'

/** Media tagged with students are kept from the public until an article's consent check clears them. */
export const markShowsStudents: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!('students' in data)) return data
  const students = Array.isArray(data.students) ? data.students : []
  data.showsStudents = students.length > 0
  const before = new Set(
    ((originalDoc?.students as unknown[]) ?? []).map((s) =>
      String(typeof s === 'object' ? (s as { id: unknown }).id : s),
    ),
  )
  const added = students.some(
    (s: unknown) => !before.has(String(typeof s === 'object' ? (s as { id: unknown }).id : s)),
  )
  // a newly tagged student has not been checked yet
  if (added) data.publicationCleared = false
  return data
}
