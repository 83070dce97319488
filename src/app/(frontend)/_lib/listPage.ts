/** The page number of a list from its optional last path segment (`…/2`); null when it is not one. */
export const listPage = (segments: string[] | undefined): number | null => {
  if (!segments || segments.length === 0) return 1
  if (segments.length !== 1 || !/^[1-9]\d{0,4}$/.test(segments[0]!)) return null
  return Number(segments[0])
}
