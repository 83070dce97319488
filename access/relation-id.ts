/** The id of a relationship value, whether it came populated (`depth > 0`) or as a bare id. */
export const relationId = (
  value: number | string | { id: number | string } | null | undefined,
): number | string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return value.id
  return value
}
