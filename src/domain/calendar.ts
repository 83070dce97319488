/**
 * Vietnam's calendar (UTC+7, no daylight saving) whatever the server's zone: days, months and years
 * are counted on the wall clock of the school.
 */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000

const vietnamIso = (at: string | Date) => new Date(new Date(at).getTime() + VIETNAM_OFFSET_MS).toISOString()

/** The calendar day of an instant, `YYYY-MM-DD`. */
export const vietnamDay = (at: string | Date) => vietnamIso(at).slice(0, 10)

/** The month of an instant, `YYYY-MM` (as attendance stores it). */
export const vietnamMonth = (at: string | Date) => vietnamIso(at).slice(0, 7)

/** A day as Vietnamese users write it, `dd/MM/yyyy`. */
export const vietnamDate = (at: string | Date) => {
  const [year, month, day] = vietnamDay(at).split('-')
  return `${day}/${month}/${year}`
}
