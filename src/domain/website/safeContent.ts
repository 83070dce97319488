/**
 * What the website refuses in content: links with a scripting scheme, and script or other active
 * HTML typed into text. Pure; the hooks call it with the fields' values.
 */
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']

/** A URL the site may link to: http(s), mail, phone, or a path or anchor on the site itself. */
export const isSafeUrl = (url: string): boolean => {
  // browsers ignore control characters and whitespace inside a scheme: "java\tscript:" runs
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1]
  // no scheme: a path, an anchor or a query on the site itself
  if (!scheme) return true
  return SAFE_SCHEMES.includes(`${scheme}:`)
}

const ACTIVE_HTML = /<\s*(script|iframe|object|embed|style)\b|<[^>]+\son[a-z]+\s*=/i

export const hasActiveHtml = (text: string): boolean => ACTIVE_HTML.test(text)

type Node = { type?: string; text?: string; url?: string; fields?: { url?: string }; children?: Node[] }

/** The first problem in a Lexical document: 'url' for an unsafe link, 'html' for script in text. */
export const findUnsafeRichText = (value: unknown): 'url' | 'html' | null => {
  const root = (value as { root?: Node } | null | undefined)?.root
  if (!root) return null
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    const url = node.fields?.url ?? node.url
    if (typeof url === 'string' && !isSafeUrl(url)) return 'url'
    if (typeof node.text === 'string' && hasActiveHtml(node.text)) return 'html'
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return null
}
