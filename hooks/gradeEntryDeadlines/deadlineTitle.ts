import type { FieldHook } from 'payload'

import { relationId } from '@/access/relation-id'
import { ENTRY_COLUMN_LABELS, type EntryColumn } from '@/domain/grading'

/** A deadline's title for lists and the audit log: its column and term, "GK — HK I 2026-2027". */
export const deadlineTitle: FieldHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) }
  const column = ENTRY_COLUMN_LABELS[merged.column as EntryColumn] ?? ''
  const termId = relationId(merged.term)
  if (termId === null || termId === undefined) return column
  // System read of a name every staff member may read (terms), for the title only.
  const term = await req.payload.findByID({
    collection: 'terms',
    id: termId,
    depth: 0,
    req,
    disableErrors: true,
    overrideAccess: true, // system read: a term's name for the title; every staff member may read terms
  })
  return term ? `${column} — ${term.name}` : column
}
