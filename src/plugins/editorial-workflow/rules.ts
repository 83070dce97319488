import type { Label, Transition } from './types'

/** The configured transition from one stage to another, or null when the workflow has none. */
export const findTransition = (transitions: Transition[], from: string, to: string): Transition | null =>
  transitions.find((t) => t.to === to && (Array.isArray(t.from) ? t.from.includes(from) : t.from === from)) ?? null

/**
 * A canonical form for comparing content: empty values (undefined, null, '', 0, false) count as
 * absent, because editors fill in defaults when they load a document (Lexical adds `textFormat: 0`,
 * `textStyle: ''`…) and a document re-saved unchanged must not look edited.
 */
const normalise = (value: unknown, inArray = false): unknown => {
  if (value === undefined || value === null || value === '' || value === 0 || value === false) return null
  if (Array.isArray(value)) return value.map((item) => normalise(item, true))
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      // row ids of array fields are assigned by the database, not content
      .filter(([key]) => !(inArray && key === 'id'))
      .map(([key, v]) => [key, normalise(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return Object.fromEntries(entries)
  }
  return value
}

/**
 * Whether the submitted data changes any content field of the document. Workflow and bookkeeping
 * fields are ignored; only fields present in the submitted (possibly partial) data are compared.
 */
export const contentChanged = (
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
  ignored: ReadonlySet<string>,
): boolean => {
  if (!original) return true
  return Object.keys(data).some(
    (key) => !ignored.has(key) && JSON.stringify(normalise(data[key])) !== JSON.stringify(normalise(original[key])),
  )
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const id = (v: unknown) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : v)
  const x = id(a)
  const y = id(b)
  return x !== undefined && x !== null && y !== undefined && y !== null && String(x) === String(y)
}

/** A label in one language: that language's, else the fallback language's, else the first one. */
export const labelFor = (label: Label | undefined, language: string | undefined, fallback?: string) => {
  if (label === undefined || typeof label === 'string') return label
  return label[language ?? ''] ?? label[fallback ?? ''] ?? Object.values(label)[0]
}

/** A stage's label in the request's language. */
export const stageLabel = (
  stages: Array<{ value: string; label: Label }>,
  value: string | null,
  language: string | undefined,
  fallback?: string,
) => (value && labelFor(stages.find((s) => s.value === value)?.label, language, fallback)) || value || '—'
