type Id = number | string

const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return ((value as { id?: Id }).id ?? null) as Id | null
  return value as Id
}

/** The media an article or album shows: its cover image, its photos and the uploads inside its rich text. */
export const mediaOfArticle = (doc: Record<string, unknown>): Id[] => {
  const ids = new Set<string>()
  for (const value of [doc.coverImage, ...(Array.isArray(doc.photos) ? doc.photos : [])]) {
    const id = idOf(value)
    if (id !== null) ids.add(String(id))
  }
  const stack: unknown[] = [(doc.content as { root?: unknown } | null)?.root]
  while (stack.length > 0) {
    const node = stack.pop() as
      { type?: string; relationTo?: string; value?: unknown; children?: unknown[] } | undefined
    if (!node) continue
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = idOf(node.value)
      if (id !== null) ids.add(String(id))
    }
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return [...ids].map((id) => (/^\d+$/.test(id) ? Number(id) : id))
}
