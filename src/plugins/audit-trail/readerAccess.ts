import type { CollectionSlug, FieldAccess, FieldHook, FlattenedField, PayloadRequest, Where } from 'payload'

/**
 * An entry carries the access of the collection it describes: its reader sees a value only where
 * they may read that field of that document (the described collection's own read access, run for
 * the reader). A reader who may not read the document sees which fields changed, never a value.
 */

type Entry = { collection?: unknown; documentId?: unknown; action?: unknown }
type Readable = { doc: Record<string, unknown> } | null

/** Whether the reader may read the described document, and that document for the field rules. */
const readableDocument = async (req: PayloadRequest, entry: Entry, snapshot: unknown): Promise<Readable> => {
  const slug = typeof entry.collection === 'string' ? entry.collection : null
  const collection = slug ? req.payload.collections[slug as CollectionSlug] : undefined
  const id = typeof entry.documentId === 'string' ? entry.documentId : null
  if (!collection || !id) return null
  const key = `auditTrail:readable:${slug}:${id}`
  if (req.context[key] !== undefined) return req.context[key] as Readable
  const found = async (): Promise<Readable> => {
    const read = collection.config.access?.read
    const result = read ? await read({ req, id: id as unknown as number }) : Boolean(req.user)
    if (result === false) return null
    const doc = await req.payload
      .findByID({
        collection: slug as CollectionSlug,
        id,
        depth: 0,
        disableErrors: true,
        overrideAccess: true, // the reader's access is applied below, field by field, to this copy
        req,
      })
      .catch(() => null)
    if (result !== true) {
      // a query rule: the document must (still) match it; a deleted one cannot be checked, so no values
      if (!doc) return null
      const { totalDocs } = await req.payload.count({
        collection: slug as CollectionSlug,
        where: { and: [{ id: { equals: doc.id } }, result as Where] },
        overrideAccess: true, // the reader's own rule is the where above
        req,
      })
      if (totalDocs === 0) return null
    }
    const fallback = snapshot && typeof snapshot === 'object' && !Array.isArray(snapshot) ? snapshot : {}
    return { doc: (doc as Record<string, unknown> | null) ?? (fallback as Record<string, unknown>) }
  }
  const readable = await found()
  req.context[key] = readable
  return readable
}

const mayRead = async (req: PayloadRequest, field: FlattenedField, doc: Record<string, unknown>, sibling: unknown) => {
  const read = (field as { access?: { read?: FieldAccess } }).access?.read
  if (!read) return true
  const siblingData = sibling && typeof sibling === 'object' ? (sibling as Record<string, unknown>) : {}
  return Boolean(await read({ req, doc, data: doc, siblingData, id: doc.id as number | string | undefined }))
}

const subFields = (field: FlattenedField): FlattenedField[] | null =>
  field.type === 'group' || field.type === 'array' ? field.flattenedFields : null

/** The value with every field the reader may not read replaced by the mask, at any depth. */
const maskValue = async (
  maskText: string,
  req: PayloadRequest,
  fields: FlattenedField[],
  value: unknown,
  doc: Record<string, unknown>,
): Promise<unknown> => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const out: Record<string, unknown> = {}
  for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
    const field = fields.find((f) => f.name === name)
    if (!field) {
      out[name] = name === 'id' ? inner : maskText // a field the config no longer knows: fail closed
      continue
    }
    if (!(await mayRead(req, field, doc, value))) {
      out[name] = inner === null || inner === undefined ? inner : maskText
      continue
    }
    const nested = subFields(field)
    out[name] = !nested
      ? inner
      : Array.isArray(inner)
        ? await Promise.all(inner.map((row) => maskValue(maskText, req, nested, row, doc)))
        : await maskValue(maskText, req, nested, inner, doc)
  }
  return out
}

type Change = { field: string; old?: unknown; new?: unknown; masked?: true }

/** `afterRead` of the entry's `changes`: values only where the reader may read them. */
export const maskForReader =
  (maskText: string): FieldHook =>
  async ({ value, siblingData, req, overrideAccess }) => {
    if (overrideAccess || value === null || value === undefined) return value
    const entry = siblingData as Entry
    const readable = await readableDocument(req, entry, Array.isArray(value) ? null : value)
    const slug = entry.collection as string
    if (!readable) {
      // which fields changed, no values
      if (Array.isArray(value)) return (value as Change[]).map(({ field }) => ({ field, masked: true }))
      return Object.fromEntries(Object.keys(value as object).map((key) => [key, maskText]))
    }
    const { doc } = readable
    const fields = req.payload.collections[slug as CollectionSlug].config.flattenedFields
    if (!Array.isArray(value)) return maskValue(maskText, req, fields, value, doc)
    return Promise.all(
      (value as Change[]).map(async (change) => {
        if (change.masked) return change
        const field = fields.find((f) => f.name === change.field)
        if (!field || !(await mayRead(req, field, doc, doc))) return { field: change.field, masked: true as const }
        const nested = subFields(field)
        const shown = async (inner: unknown) =>
          !nested
            ? inner
            : Array.isArray(inner)
              ? Promise.all(inner.map((row) => maskValue(maskText, req, nested, row, doc)))
              : maskValue(maskText, req, nested, inner, doc)
        return { field: change.field, old: await shown(change.old), new: await shown(change.new) }
      }),
    )
  }

/**
 * The values cannot be filtered or sorted on through the API (a `where` could reveal a masked value);
 * Payload asks field read access without a document or id for `where` and `sort`. A read passes the
 * entry as `doc`; the admin's form state passes only the entry's `id` (its values were read, and
 * masked, by `maskForReader`).
 */
export const onlyPerEntry: FieldAccess = ({ doc, id }) => doc !== undefined || (id !== undefined && id !== null)
