/**
 * What the website refuses in content: links with a scripting scheme, and script or other active
 * HTML typed into text. Pure; the hooks call it with the fields' values.
 */
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']

/** A URL the site may link to: http(s), mail, phone, or a path or anchor on the site itself. */
export const isSafeUrl = (url: string): boolean => {
  // browsers ignore control characters and whitespace inside a scheme: "java\tscript:" runs
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1]
  // no scheme: a path, an anchor or a query on the site itself
  if (!scheme) return true
  return SAFE_SCHEMES.includes(`${scheme}:`)
}

const ACTIVE_HTML = /<\s*(script|iframe|object|embed|style)\b|<[^>]+\son[a-z]+\s*=/i

export const hasActiveHtml = (text: string): boolean => ACTIVE_HTML.test(text)

const URL_KEY = /^(url|href|src|link|uri|action)$/i

/**
 * The first problem in a Lexical document: 'url' for an unsafe link, 'html' for script in text.
 * Every value is looked at, whatever its shape: a link sent as an array, inside an object or under
 * another key is checked like a plain one.
 */
export const findUnsafeRichText = (value: unknown): 'url' | 'html' | null => {
  if (value === null || value === undefined) return null
  const stack: Array<{ value: unknown; inUrl: boolean }> = [{ value, inUrl: false }]
  while (stack.length > 0) {
    const { value: current, inUrl } = stack.pop()!
    if (typeof current === 'string') {
      if (inUrl && !isSafeUrl(current)) return 'url'
      if (hasActiveHtml(current)) return 'html'
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, inUrl })
    } else if (current && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) stack.push({ value: item, inUrl: inUrl || URL_KEY.test(key) })
    }
  }
  return null
}

/** Every string inside a value (a string, or strings inside arrays and objects). */
export const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

/** Any markup at all: for plain texts such as a search-engine title. */
export const hasMarkup = (text: string): boolean => /<\s*[a-z!/?]/i.test(text) || /&#?[a-z0-9]+;/i.test(text)
