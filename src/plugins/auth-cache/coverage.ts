import type { Field, SanitizedCollectionConfig } from 'payload'

/** Whether a field, or a field inside it, is read from elsewhere than the document's own rows. */
const readsElsewhere = (fields: Field[], depth: number): boolean =>
  fields.some((field) => {
    if ('hooks' in field && field.hooks?.afterRead?.length) return true // may compute anything
    if (field.type === 'join') return true // other collections' documents
    if ((field.type === 'relationship' || field.type === 'upload') && depth > 0) return true // populated
    if ('fields' in field && readsElsewhere(field.fields, depth)) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => readsElsewhere(tab.fields, depth))
    if (field.type === 'blocks') return (field.blocks ?? []).some((block) => readsElsewhere(block.fields, depth))
    return false
  })

/**
 * Whether an account of this collection, read at this depth, is made of its own rows only, so that
 * its row version says when it changed: no afterRead hook (collection or field), no join field, no
 * relationship populated from another collection.
 */
export const isMadeOfItsOwnRows = (collection: SanitizedCollectionConfig, depth: number) =>
  !collection.hooks?.afterRead?.length && !readsElsewhere(collection.fields, depth)
