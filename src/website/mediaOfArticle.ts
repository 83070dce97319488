import { relationId } from '@/access/relation-id'

type Id = number | string

/** The media a document shows: its upload fields (one or many) and the uploads inside its rich text. */
export const mediaIn =
  (fields: { uploads?: string[]; richText?: string[] }) =>
  (doc: Record<string, unknown>): Id[] => {
    const ids = new Set<string>()
    for (const name of fields.uploads ?? []) {
      const value = doc[name]
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = relationId(item)
        if (id !== null) ids.add(String(id))
      }
    }
    const stack: unknown[] = (fields.richText ?? []).map((name) => (doc[name] as { root?: unknown } | null)?.root)
    while (stack.length > 0) {
      const node = stack.pop() as
        { type?: string; relationTo?: string; value?: unknown; children?: unknown[] } | undefined
      if (!node) continue
      if (node.type === 'upload' && node.relationTo === 'media') {
        const id = relationId(node.value)
        if (id !== null) ids.add(String(id))
      }
      if (Array.isArray(node.children)) stack.push(...node.children)
    }
    return [...ids].map((id) => (/^\d+$/.test(id) ? Number(id) : id))
  }

/** The media an article or album shows: its cover image, its photos and the uploads inside its rich text. */
export const mediaOfArticle = mediaIn({ uploads: ['coverImage', 'photos'], richText: ['content'] })
