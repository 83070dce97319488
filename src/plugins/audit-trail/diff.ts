/**
 * The changed fields between two versions of a document, with old and new values. Pure. Fields in
 * `omit` (secrets) are dropped at any depth, so they can never reach the log; bookkeeping fields
 * (`id`, timestamps) are not changes. Relationships compare by id, so a populated and a bare
 * value of the same document are equal.
 */
export type FieldChange = { field: string; old: unknown; new: unknown } | { field: string; masked: true }

/** Stands for a value the log keeps out (a masked field of a deleted document); option `maskText`. */
export const MASKED = '[hidden]'

const IGNORED = new Set(['id', 'createdAt', 'updatedAt'])

const fieldsOf = (record: Record<string, unknown>, omit: Set<string>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(record).sort()) {
    if (omit.has(key)) continue
    out[key] = normalise(record[key], omit)
  }
  return out
}

const normalise = (value: unknown, omit: Set<string>): unknown => {
  if (value === undefined) return null
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((item) => normalise(item, omit))
  const record = value as Record<string, unknown>
  // A populated relationship inside the document: keep its id only.
  if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
  return fieldsOf(record, omit)
}

/** The document's fields, secrets removed, relationships as ids. */
export const redact = (
  doc: Record<string, unknown> | null | undefined,
  omit: Iterable<string>,
  masked: Iterable<string> = [],
  maskText = MASKED,
): Record<string, unknown> => {
  const out = fieldsOf(doc ?? {}, new Set(omit))
  for (const field of masked) if (out[field] !== undefined && out[field] !== null) out[field] = maskText
  return out
}

export const changedFields = (
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  omit: Iterable<string>,
  masked: Iterable<string> = [],
): FieldChange[] => {
  const skip = new Set(omit)
  const hide = new Set(masked)
  const a = redact(before, skip)
  const b = redact(after, skip)
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED.has(k)).sort()
  const changes: FieldChange[] = []
  for (const field of keys) {
    const old = a[field] ?? null
    const next = b[field] ?? null
    if (JSON.stringify(old) === JSON.stringify(next)) continue
    changes.push(hide.has(field) ? { field, masked: true } : { field, old, new: next })
  }
  return changes
}
