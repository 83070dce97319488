import { label } from '@/i18n/label'

/** A select's options, written as value → [Vietnamese, English] label, in the order given. */
export const options = (labels: Record<string, readonly [vi: string, en: string]>) =>
  Object.entries(labels).map(([value, [vi, en]]) => ({ value, label: label(vi, en) }))
