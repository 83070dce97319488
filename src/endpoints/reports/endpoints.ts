import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { canReadHealthReport } from '@/access/reports'
import { tableWorkbook, xlsxResponse, type TableSheet } from '@/lib/xlsx/tableWorkbook'

import { healthReport } from './healthReport'
import { loadPeriod, type Period } from './loadPeriod'
import { resultsReport } from './resultsReport'
import { healthSheets, reportHeading, resultsSheets } from './workbooks'

type Report<T> = {
  path: string
  withTerm: boolean
  forbidden: string
  /** The report for this reader, or null when they may not read it. */
  build: (req: PayloadRequest, period: Period) => Promise<T | null>
  sheets: (report: T) => TableSheet[]
  title: string
  filename: (period: Period) => string
}

/**
 * One statistics endpoint: JSON by default, the district's workbook with `format=xlsx`. The
 * period (year, term) is checked before the reader, so a bad query is a 400 for everyone.
 */
const reportEndpoint = <T>(report: Report<T>): Endpoint => ({
  path: report.path,
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const format = req.searchParams?.get('format') ?? 'json'
    if (format !== 'json' && format !== 'xlsx') throw new APIError('Định dạng (format) chỉ nhận json hoặc xlsx.', 400)
    const period = await loadPeriod(req, Object.fromEntries(req.searchParams ?? []), report.withTerm)
    if ('status' in period) throw new APIError(period.message, period.status)
    const body = await report.build(req, period)
    if (body === null) throw new APIError(report.forbidden, 403)
    if (format === 'json') return Response.json(body)
    const title = `${report.title} — ${period.term ? `${period.term.name}, ` : ''}năm học ${period.year.name}`
    return xlsxResponse(await tableWorkbook(reportHeading(title), report.sheets(body)), report.filename(period))
  },
})

/** `GET /api/reports/results?schoolYear=&term=[&format=xlsx]` (A6.8, A8.4). */
export const resultsReportEndpoint = reportEndpoint({
  path: '/reports/results',
  withTerm: true,
  forbidden: 'Chỉ hiệu trưởng, phó hiệu trưởng và tổ trưởng chuyên môn (môn của tổ) xem được thống kê kết quả.',
  build: resultsReport,
  sheets: resultsSheets,
  title: 'BÁO CÁO THỐNG KÊ KẾT QUẢ GIÁO DỤC',
  filename: (p) => `thong-ke-ket-qua-${p.year.name}${p.term ? `-hk${p.term.term}` : ''}.xlsx`,
})

/** `GET /api/reports/health?schoolYear=[&format=xlsx]`. */
export const healthReportEndpoint = reportEndpoint({
  path: '/reports/health',
  withTerm: false,
  forbidden: 'Chỉ hiệu trưởng và nhân viên y tế xem được thống kê sức khỏe.',
  build: async (req, period) => (canReadHealthReport(req) ? healthReport(req, period) : null),
  sheets: healthSheets,
  title: 'BÁO CÁO THỐNG KÊ SỨC KHỎE HỌC SINH',
  filename: (p) => `thong-ke-suc-khoe-${p.year.name}.xlsx`,
})
