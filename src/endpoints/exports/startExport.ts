import { APIError, type Endpoint } from 'payload'

import { userOf } from '@/access/common'
import { mayStartExport } from '@/access/exportRuns'
import { EXPORT_KIND_LABELS, isExportKind, needsClosedYear } from '@/domain/exports/kinds'
import { readJsonBody } from '@/endpoints/readJsonBody'
import { closedYearState } from '@/lib/exports/closedYear'

/**
 * `POST /api/export-runs/start` `{ kind, schoolYear }`: queues a whole-year export for the jobs
 * queue and answers the run (202). The year's archive is for a closed year only. A run of the same
 * kind and year still waiting or running is answered instead of a second one.
 */
export const startExport: Endpoint = {
  path: '/start',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) throw new APIError('Cần đăng nhập.', 401)
    const body = await readJsonBody(req)
    if (!isExportKind(body.kind))
      throw new APIError('Loại dữ liệu xuất (kind) phải là year-archive, csdl-scores hoặc csdl-results.', 400)
    const kind = body.kind
    if (!mayStartExport(user, kind)) throw new APIError(`Bạn không có quyền tạo “${EXPORT_KIND_LABELS[kind]}”.`, 403)
    const yearId = Number(body.schoolYear)
    if (!Number.isInteger(yearId) || yearId <= 0) throw new APIError('Cần chọn năm học (schoolYear là mã số).', 400)
    const year = await req.payload.findByID({
      collection: 'school-years',
      id: yearId,
      req,
      overrideAccess: false,
      depth: 0,
      disableErrors: true,
    })
    if (!year) throw new APIError(`Không tìm thấy năm học mã ${yearId}.`, 404)
    if (needsClosedYear(kind)) {
      const state = await closedYearState(req, year.id)
      if (!state.closed)
        throw new APIError(
          state.classCount === 0
            ? `Năm học ${year.name} chưa có lớp nào; chưa lưu trữ được.`
            : `Năm học ${year.name} chưa khoá sổ: các lớp ${state.openClasses.join(', ')} chưa được hiệu trưởng duyệt lần cuối. Chỉ lưu trữ năm học đã khoá sổ.`,
          409,
        )
    }
    const pending = await req.payload.find({
      collection: 'export-runs',
      req,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      where: {
        and: [
          { kind: { equals: kind } },
          { schoolYear: { equals: year.id } },
          { status: { in: ['queued', 'running'] } },
        ],
      },
    })
    if (pending.docs[0]) return Response.json({ doc: pending.docs[0], existing: true }, { status: 200 })
    const run = await req.payload.create({
      collection: 'export-runs',
      req,
      overrideAccess: true, // system: runs are written only here and by the job, after the checks above
      depth: 0,
      data: {
        kind,
        schoolYear: year.id,
        status: 'queued',
        done: 0,
        total: 0,
        requestedBy: user.id as number,
        title: `${EXPORT_KIND_LABELS[kind]} — ${year.name}`,
      },
    })
    await req.payload.jobs.queue({ task: 'buildExport', input: { runId: run.id }, req })
    return Response.json({ doc: run }, { status: 202 })
  },
}
