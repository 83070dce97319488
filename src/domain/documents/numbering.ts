import { vietnamDay } from '../calendar'

/**
 * Numbering of official documents (Nghị định 30/2020/NĐ-CP): outgoing numbers run from 01 on
 * 1 January to the last document of the calendar year, and the symbol joins the number, the type's
 * abbreviation and the issuing body (`12/QĐ-THCSHG`); a công văn has no type in its symbol
 * (`12/THCSHG`). Incoming documents get a running "số đến" per year in order of receipt.
 */
export const DOCUMENT_TYPES = [
  { value: 'cong-van', abbreviation: null, vi: 'Công văn', en: 'Official letter' },
  { value: 'QD', abbreviation: 'QĐ', vi: 'Quyết định', en: 'Decision' },
  { value: 'TB', abbreviation: 'TB', vi: 'Thông báo', en: 'Notice' },
  { value: 'KH', abbreviation: 'KH', vi: 'Kế hoạch', en: 'Plan' },
  { value: 'BC', abbreviation: 'BC', vi: 'Báo cáo', en: 'Report' },
  { value: 'TTr', abbreviation: 'TTr', vi: 'Tờ trình', en: 'Submission' },
  { value: 'BB', abbreviation: 'BB', vi: 'Biên bản', en: 'Minutes' },
  { value: 'CTr', abbreviation: 'CTr', vi: 'Chương trình', en: 'Programme' },
  { value: 'HD', abbreviation: 'HD', vi: 'Hướng dẫn', en: 'Guidance' },
  { value: 'GM', abbreviation: 'GM', vi: 'Giấy mời', en: 'Invitation' },
  { value: 'QC', abbreviation: 'QC', vi: 'Quy chế', en: 'Regulation' },
] as const

/** `12/QĐ-THCSHG`, or `12/THCSHG` for a công văn. Numbers below 10 are written with a leading 0. */
export const outgoingSymbol = (number: number, type: string, issuer: string): string => {
  const abbreviation = DOCUMENT_TYPES.find((t) => t.value === type)?.abbreviation ?? null
  const padded = String(number).padStart(2, '0')
  return abbreviation ? `${padded}/${abbreviation}-${issuer}` : `${padded}/${issuer}`
}

/** Documents are numbered by the calendar year in Vietnam (UTC+7), whatever the server's zone. */
export const registerYear = (date: Date | string): number => Number(vietnamDay(date).slice(0, 4))

export const INCOMING_STATUSES = ['received', 'assigned', 'in-progress', 'done'] as const

/** An incoming document is overdue when its deadline has passed and it is not done. */
export const isOverdue = (
  doc: { direction?: string | null; deadline?: string | Date | null; status?: string | null },
  now: Date,
): boolean => {
  if (doc.direction !== 'incoming' || !doc.deadline || doc.status === 'done') return false
  return new Date(doc.deadline).getTime() < now.getTime()
}
