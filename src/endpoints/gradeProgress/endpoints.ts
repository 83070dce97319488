import { APIError, type Endpoint } from 'payload'

import { readJsonBody } from '@/endpoints/readJsonBody'

import { type ProgressFilters, loadProgress } from './loadProgress'

const int = (v: unknown) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : null)
const NOT_ALLOWED = 'Chỉ hiệu trưởng, phó hiệu trưởng chuyên môn và tổ trưởng chuyên môn xem được tiến độ nhập điểm.'

const filtersOf = (source: Record<string, unknown>): ProgressFilters | null => {
  const term = int(source.term)
  return term ? { term, class: int(source.class), subject: int(source.subject), teacher: int(source.teacher) } : null
}

/**
 * `GET /api/grades/progress?term=&class=&subject=&teacher=`: cells entered of cells required per
 * teacher × class × subject (overall and this month), the last reminder of each, and for the
 * principal the term's anomalies. Principal and academic vice principal: the whole school; a
 * department head: their department's teachers; everyone else 403.
 */
export const gradeProgress: Endpoint = {
  path: '/progress',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const filters = filtersOf(Object.fromEntries(req.searchParams ?? []))
    if (!filters) throw new APIError('Cần chọn học kỳ (term).', 400)
    const report = await loadProgress(req, filters)
    if (report === null) throw new APIError(NOT_ALLOWED, 403)
    if (report === 'no-term') throw new APIError('Không tìm thấy học kỳ.', 404)
    return Response.json(report)
  },
}

/**
 * `POST /api/grades/progress/remind` { term, class, subject, teacher }: reminds a teacher of the
 * cells still missing on one of their sheets the caller watches: an in-app reminder (which the
 * dashboard shows as sent, by whom and when) and an e-mail through the jobs queue.
 */
export const remindGradeEntry: Endpoint = {
  path: '/progress/remind',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const body = await readJsonBody(req)
    const filters = filtersOf(body)
    if (!filters || !filters.class || !filters.subject || !filters.teacher)
      throw new APIError('Cần học kỳ, lớp, môn và giáo viên (term, class, subject, teacher).', 400)
    const report = await loadProgress(req, filters, { anomalies: false })
    if (report === null) throw new APIError(NOT_ALLOWED, 403)
    if (report === 'no-term') throw new APIError('Không tìm thấy học kỳ.', 404)
    const row = report.rows[0]
    if (!row)
      throw new APIError('Giáo viên này không dạy môn này ở lớp này, hoặc bạn không phụ trách giáo viên này.', 404)
    const missing = row.required - row.entered
    if (missing <= 0) throw new APIError('Giáo viên đã nhập đủ điểm của lớp và môn này.', 400)
    const message = `Nhắc nhập điểm: ${row.subjectName} lớp ${row.className}, ${report.term.name}: còn thiếu ${missing} ô điểm (đã nhập ${row.entered}/${row.required}).`
    const reminder = await req.payload.create({
      collection: 'grade-reminders',
      data: {
        teacher: filters.teacher,
        term: filters.term,
        class: filters.class,
        subject: filters.subject,
        missing,
        message,
        sentBy: req.user.id,
        emailStatus: 'queued',
      },
      req,
      depth: 0,
      overrideAccess: true, // system: reminders are written only here, after the caller's scope was checked (loadProgress)
    })
    await req.payload.jobs.queue({ task: 'sendGradeReminder', input: { reminderId: reminder.id }, req })
    return Response.json({ doc: reminder }, { status: 201 })
  },
}
