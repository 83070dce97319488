import type { FieldHook } from 'payload'

import { slugify } from '@/domain/website/slug'

/** A slug typed by the editor is tidied; an empty one is made from the title. */
export const slugFromTitle: FieldHook = ({ value, data }) => {
  const source = typeof value === 'string' && value.trim() !== '' ? value : (data?.title as string | undefined)
  return source ? slugify(source) : value
}
