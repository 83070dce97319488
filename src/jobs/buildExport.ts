import { createLocalReq, type TaskConfig } from 'payload'

import type { ExportKind } from '@/domain/exports/kinds'
import { EXPORT_BUILDERS } from '@/lib/exports/builders'

/**
 * Builds a whole-year export (`export-runs`, started by `POST /api/export-runs/start`): marks the
 * run running, lets the kind's builder report n of N as it goes, stores the file on the run, and
 * for the year's archive registers it in the documents register (an internal record for the
 * clerk). A failure is recorded on the run and not retried: the user starts it again.
 */
export const buildExport: TaskConfig<{ input: { runId: number }; output: { fileSize: number } }> = {
  slug: 'buildExport',
  label: 'Xuất dữ liệu cả năm học',
  retries: 0,
  inputSchema: [{ name: 'runId', type: 'number', required: true }],
  outputSchema: [{ name: 'fileSize', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    // Progress is written outside the job's transaction (no req), so the admin sees it as it goes.
    const setRun = (data: Record<string, unknown>) =>
      payload.update({ collection: 'export-runs', id: input.runId, data, overrideAccess: true, depth: 0 }) // system: the job's own progress on a record nobody writes through the API
    const run = await payload.findByID({ collection: 'export-runs', id: input.runId, depth: 0, overrideAccess: true }) // system: the queue runs without a user; the run was checked when started
    try {
      const [requester, year] = await Promise.all([
        payload.findByID({ collection: 'users', id: run.requestedBy as number, depth: 0, overrideAccess: true }), // system: who started the run, to read with their access
        payload.findByID({ collection: 'school-years', id: run.schoolYear as number, depth: 0, overrideAccess: true }), // system: the run's year, named in the file
      ])
      await setRun({ status: 'running', done: 0, total: 0, message: null })
      const requesterReq = await createLocalReq({ user: { ...requester, collection: 'users' } }, payload)
      let last = 0
      const file = await EXPORT_BUILDERS[run.kind as ExportKind]({
        systemReq: req,
        requesterReq,
        requester,
        year,
        progress: async (done, total) => {
          // At most a write a second (and the first and last), not one per file.
          if (done !== 0 && done !== total && Date.now() - last < 1000) return
          last = Date.now()
          await setRun({ done, total })
        },
      })
      let document: number | null = null
      if (run.kind === 'year-archive') {
        const registered = await payload.create({
          collection: 'documents',
          req,
          overrideAccess: true, // system: the archive's record in the register, made by the job its starter may run
          data: {
            direction: 'internal',
            date: new Date().toISOString(),
            summary: `Hồ sơ lưu trữ năm học ${year.name}: sổ theo dõi và đánh giá học sinh, học bạ, kết quả cuối năm (tệp ${file.filename}).`,
          },
        })
        document = registered.id
      }
      await payload.update({
        collection: 'export-runs',
        id: run.id,
        overrideAccess: true, // system: the finished file on the run
        depth: 0,
        data: { status: 'done', title: file.title, finishedAt: new Date().toISOString(), document, message: null },
        file: { data: file.data, mimetype: file.mimeType, name: file.filename, size: file.data.byteLength },
      })
      return { output: { fileSize: file.data.byteLength } }
    } catch (error) {
      await setRun({ status: 'failed', message: `Lỗi: ${(error as Error).message}`.slice(0, 500) })
      throw error
    }
  },
}
