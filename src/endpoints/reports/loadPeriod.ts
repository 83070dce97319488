import type { PayloadRequest } from 'payload'

import type { TermRow, YearRow } from './resultsData'

const positiveInt = (v: unknown) => (typeof v === 'string' && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null)

export type Period = { year: YearRow; term: TermRow | null; terms: TermRow[] }
export type PeriodError = { status: 400 | 404; message: string }

/**
 * Reads `schoolYear` (required) and `term` (optional, of that year) from the query. The year and
 * its terms are read with the caller's access: a reader who may not see them gets the same 404 as
 * for a year that does not exist.
 */
export const loadPeriod = async (
  req: PayloadRequest,
  params: { schoolYear?: string; term?: string },
  withTerm: boolean,
): Promise<Period | PeriodError> => {
  const yearId = positiveInt(params.schoolYear)
  if (!yearId) return { status: 400, message: 'Cần chọn năm học (schoolYear là mã số năm học).' }
  const termId = withTerm && params.term !== undefined && params.term !== '' ? positiveInt(params.term) : null
  if (withTerm && params.term !== undefined && params.term !== '' && !termId)
    return { status: 400, message: 'Học kỳ (term) phải là mã số học kỳ.' }
  const common = { req, overrideAccess: false, depth: 0, pagination: false } as const
  const years = await req.payload.find({ ...common, collection: 'school-years', where: { id: { equals: yearId } } })
  const year = years.docs[0]
  if (!year) return { status: 404, message: `Không tìm thấy năm học mã ${yearId}.` }
  const terms = (
    await req.payload.find({ ...common, collection: 'terms', where: { schoolYear: { equals: yearId } } })
  ).docs.map((t) => ({
    id: Number(t.id),
    name: String(t.name),
    term: String(t.term),
    startDate: (t.startDate as string | null | undefined) ?? null,
    endDate: (t.endDate as string | null | undefined) ?? null,
  }))
  const term = termId ? (terms.find((t) => t.id === termId) ?? null) : null
  if (termId && !term) return { status: 404, message: `Học kỳ mã ${termId} không thuộc năm học ${year.name}.` }
  return {
    year: {
      id: Number(year.id),
      name: String(year.name),
      startDate: String(year.startDate),
      endDate: String(year.endDate),
    },
    term,
    terms,
  }
}
