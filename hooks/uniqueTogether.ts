import { type CollectionBeforeValidateHook, ValidationError, type Where } from 'payload'

import { relationId } from '@/access/relation-id'

type FieldValue = number | string | { id: number | string } | null | undefined

/**
 * Refuses a document whose combination of `fields` another document of the collection already has,
 * naming the first field and a message for the user. The database's unique index is the last line;
 * this hook gives the 400 with a readable message before it is reached.
 */
export const uniqueTogether =
  (fields: string[], message: string): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req, collection }) => {
    const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as Record<string, FieldValue>
    const values = fields.map((field) => relationId(merged[field]))
    if (values.some((v) => v === null || v === '')) return data
    const and: Where[] = fields.map((field, i) => ({ [field]: { equals: values[i] } }))
    if (originalDoc?.id !== undefined) and.push({ id: { not_equals: originalDoc.id } })
    // Uniqueness holds across documents the caller may not see, so the check reads them all;
    // only a count leaves this hook.
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as 'classes',
      where: { and },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: fields[0]!, message }] })
    }
    return data
  }
