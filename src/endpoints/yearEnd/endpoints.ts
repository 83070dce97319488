import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, type RoleHolder } from '@/access/roles'
import { isHomeroomTeacherOf, loadScope } from '@/access/scope'
import { readsWholeGradebook } from '@/access/gradebook'
import { inTransaction } from '@/endpoints/inTransaction'

import { loadClassYear, missingOf, storeClassResults } from './classYear'

const json = (body: unknown, status = 200) => Response.json(body, { status })
const refuse = (message: string, status = 403) => json({ errors: [{ message }] }, status)

const classIdOf = async (req: PayloadRequest): Promise<number | null> => {
  const fromQuery = req.searchParams?.get('class')
  let body: Record<string, unknown> = {}
  if (!fromQuery && req.json) body = (await req.json().catch(() => ({}))) as Record<string, unknown>
  const id = Number(fromQuery ?? body.class)
  return Number.isInteger(id) && id > 0 ? id : null
}

/** `POST /api/year-end-results/compute` { class }: the homeroom teacher computes the class's results. */
export const computeClassYearEnd: Endpoint = {
  path: '/compute',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse('Cần đăng nhập.', 401)
    const classId = await classIdOf(req)
    if (classId === null) return refuse('Thiếu lớp (class).', 400)
    if (!isHomeroomTeacherOf(await loadScope(req), classId))
      return refuse('Chỉ giáo viên chủ nhiệm của lớp tính kết quả cuối năm.')
    return inTransaction(req, async () => {
      const data = await loadClassYear(req, classId)
      if (!data) return refuse('Không tìm thấy lớp.', 404)
      if (data.results.some((r) => r.status === 'approved')) return refuse('Kết quả của lớp đã được duyệt.', 409)
      const docs = await storeClassResults(req, data)
      return json({ docs, missing: missingOf(data) })
    })
  },
}

/** `GET /api/year-end-results/missing?class=`: what is still missing before approval, and who owes it. */
export const missingClassYearEnd: Endpoint = {
  path: '/missing',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse('Cần đăng nhập.', 401)
    const classId = await classIdOf(req)
    if (classId === null) return refuse('Thiếu lớp (class).', 400)
    if (!readsWholeGradebook(req.user as RoleHolder) && !isHomeroomTeacherOf(await loadScope(req), classId))
      return refuse('Không có quyền xem.')
    const data = await loadClassYear(req, classId)
    if (!data) return refuse('Không tìm thấy lớp.', 404)
    return json({ missing: missingOf(data) })
  },
}

/**
 * `POST /api/year-end-results/approve` { class }: the principal approves a whole class, only when
 * every grade, conduct result, attendance month and comment is entered; otherwise 409 with the
 * exact list of what is missing (teacher, subject, student, term or month). Results are recomputed
 * and approved in one transaction.
 */
export const approveClassYearEnd: Endpoint = {
  path: '/approve',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user as RoleHolder, 'principal')) return refuse('Chỉ hiệu trưởng duyệt kết quả cuối năm.')
    const classId = await classIdOf(req)
    if (classId === null) return refuse('Thiếu lớp (class).', 400)
    return inTransaction(req, async () => {
      const data = await loadClassYear(req, classId)
      if (!data) return refuse('Không tìm thấy lớp.', 404)
      const missing = missingOf(data)
      if (missing.length > 0) {
        return json({ errors: [{ message: `Chưa thể duyệt: còn ${missing.length} mục chưa nhập.` }], missing }, 409)
      }
      const docs = await storeClassResults(req, data, {
        status: 'approved',
        approvedBy: req.user!.id,
        approvedAt: new Date().toISOString(),
      })
      return json({ docs })
    })
  },
}
