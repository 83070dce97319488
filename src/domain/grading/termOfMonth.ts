/** A term of a school year as the class records need it: its number and, when set, its dates. */
export type TermSpan = { id: number | string; term: string; startDate?: string | null; endDate?: string | null }

/**
 * The terms a month (`YYYY-MM`) of attendance belongs to. With dates: every term the month overlaps
 * (January may end term I and start term II). Without dates, the usual Vietnamese calendar: August
 * to December is term I, January to July term II.
 */
export const termsOfMonth = (month: string, terms: TermSpan[]): TermSpan[] => {
  const [year, mm] = month.split('-').map(Number) as [number, number]
  const first = `${month}-01`
  const last = `${month}-${String(new Date(Date.UTC(year, mm, 0)).getUTCDate()).padStart(2, '0')}`
  const dated = terms.filter((t) => t.startDate && t.endDate)
  if (dated.length === terms.length && dated.length > 0) {
    return dated.filter((t) => t.startDate!.slice(0, 10) <= last && t.endDate!.slice(0, 10) >= first)
  }
  const number = mm >= 8 ? 'I' : 'II'
  return terms.filter((t) => t.term === number)
}
