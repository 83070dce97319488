import { divideHalfUp } from '../grading/scores'

/** A count with its share of the total, the share in tenths of a percent (12.5 % → 125), half up. */
export type Share<K extends string = string> = { key: K; count: number; percentTenths: number }

/** count / total in tenths of a percent, half up by integer arithmetic; 0 when nothing is counted. */
export const percentTenths = (count: number, total: number): number =>
  total > 0 ? divideHalfUp(count * 1000, total) : 0

/** 125 → "12,5", the way Vietnamese reports write a percentage. */
export const formatPercent = (tenths: number): string => `${Math.floor(tenths / 10)},${tenths % 10}`

/**
 * Counts per key, in the order of `keys` (every key present, zero when absent), each with its share
 * of the total of all keys.
 */
export const shares = <K extends string>(keys: readonly K[], counts: Partial<Record<K, number>>): Share<K>[] => {
  const total = keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0)
  return keys.map((key) => ({ key, count: counts[key] ?? 0, percentTenths: percentTenths(counts[key] ?? 0, total) }))
}

/** Adds count maps (a grade's classes, the school's grades). */
export const addCounts = <K extends string>(...maps: Array<Partial<Record<K, number>>>): Partial<Record<K, number>> => {
  const sum: Partial<Record<K, number>> = {}
  for (const map of maps) for (const key of Object.keys(map) as K[]) sum[key] = (sum[key] ?? 0) + (map[key] ?? 0)
  return sum
}
