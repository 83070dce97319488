import { extractID } from 'payload/shared'

type Relation = number | string | { id: number | string }

/**
 * The id of a relationship value, populated (`depth > 0`) or bare, by Payload's `extractID`; null
 * when the relationship is empty. Takes `unknown` because the values come from loosely typed data
 * (hook `data`, JSON, rows of `depth: 0` reads).
 */
export const relationId = (value: unknown): number | string | null =>
  value === null || value === undefined || value === '' ? null : (extractID(value as Relation) ?? null)
