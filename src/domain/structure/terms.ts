/** A term as the pickers see it: which of I and II, its status and its dates (ISO, optional). */
export type TermDates = { term: string; status: string | null; startDate?: string | null; endDate?: string | null }

/**
 * The term under way among a school year's terms: the open term whose dates hold `now`, else the
 * first open one (I before II: a term is closed before the next is worked in), else none.
 */
export const termUnderWay = <T extends TermDates>(terms: T[], now: Date): T | undefined => {
  const today = now.toISOString()
  const open = terms.filter((t) => t.status === 'open')
  const ordered = [...open].sort((a, b) => a.term.localeCompare(b.term))
  const holdsToday = (t: T) => (!t.startDate || t.startDate <= today) && (!t.endDate || today <= t.endDate)
  return ordered.find(holdsToday) ?? ordered[0]
}
