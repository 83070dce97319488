import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { readsWholeGradebook } from '@/access/gradebook'
import { relationId } from '@/access/relation-id'
import { hasRole, type RoleHolder } from '@/access/roles'
import { checkSummerScores, LEVELS, type SummerList } from '@/domain/grading'
import { inTransaction } from '@/endpoints/inTransaction'
import { readJsonBody } from '@/endpoints/readJsonBody'
import { YEAR_END_SYSTEM } from '@/hooks/yearEnd/context'

import {
  type ClassYear,
  classYearStatus as statusOf,
  loadClassYear,
  missingOf,
  summerOwed,
  storeClassResults,
  YEAR_END_STATUS_WORDS as STATUS_WORDS,
} from './classYear'

type Body = Record<string, unknown>

const classIdOf = (req: PayloadRequest, body: Body): number | null => {
  const id = Number(req.searchParams?.get('class') ?? body.class)
  return Number.isInteger(id) && id > 0 ? id : null
}

const isHomeroom = (req: PayloadRequest, data: ClassYear) =>
  req.user !== null && req.user !== undefined && relationId(data.klass.homeroomTeacher) === req.user.id

const isPrincipal = (req: PayloadRequest) => hasRole(req.user as RoleHolder, 'principal')

const nowIso = () => new Date().toISOString()

type Step = {
  path: string
  /** Who may take the step (the class is loaded). */
  allowed: (req: PayloadRequest, data: ClassYear) => boolean | Promise<boolean>
  forbidden: string
  run: (req: PayloadRequest, data: ClassYear, body: Body) => Promise<Response>
}

/** One class-level step: who, which class, in one transaction; a refusal writes nothing. */
const classStep = ({ path, allowed, forbidden, run }: Step): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const body = await readJsonBody(req)
    const classId = classIdOf(req, body)
    if (classId === null) throw new APIError('Thiếu lớp (class).', 400)
    return inTransaction(req, async () => {
      const data = await loadClassYear(req, classId)
      if (!data) throw new APIError(`Không tìm thấy lớp mã ${classId}.`, 404)
      if (!(await allowed(req, data))) throw new APIError(`${forbidden} (lớp ${data.klass.name})`, 403)
      return run(req, data, body)
    })
  },
})

const notInStatus = (data: ClassYear, wanted: string) =>
  new APIError(`Lớp ${data.klass.name} ${STATUS_WORDS[statusOf(data)]}: ${wanted}`, 400, {
    class: data.klass.name,
    status: statusOf(data),
  })

/** `POST /api/year-end-results/compute` { class }: the homeroom teacher computes the class's results. */
export const computeClassYearEnd = classStep({
  path: '/compute',
  allowed: isHomeroom,
  forbidden: 'Chỉ giáo viên chủ nhiệm của lớp tính kết quả cuối năm',
  run: async (req, data) => {
    if (data.results.some((r) => r.status === 'approved' || r.status === 'closed'))
      throw new APIError(`Kết quả của lớp ${data.klass.name} đã được duyệt.`, 409)
    const docs = await storeClassResults(req, data)
    return Response.json({ docs, missing: missingOf(data) })
  },
})

/** `POST /api/year-end-results/propose` { class }: the homeroom teacher computes and proposes the class. */
export const proposeClassYearEnd = classStep({
  path: '/propose',
  allowed: isHomeroom,
  forbidden: 'Chỉ giáo viên chủ nhiệm của lớp đề xuất kết quả cuối năm',
  run: async (req, data) => {
    const status = statusOf(data)
    if (status === 'approved' || status === 'closed') throw notInStatus(data, 'không đề xuất lại được.')
    const docs = await storeClassResults(req, data, (_id, previous) => ({
      status: 'proposed',
      proposedBy: previous?.status === 'proposed' ? previous.proposedBy : req.user!.id,
      proposedAt: previous?.status === 'proposed' ? previous.proposedAt : nowIso(),
    }))
    return Response.json({ docs, missing: missingOf(data) })
  },
})

/** `GET /api/year-end-results/missing?class=`: what is still missing before approval, and who owes it. */
export const missingClassYearEnd: Endpoint = {
  path: '/missing',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const classId = classIdOf(req, {})
    if (classId === null) throw new APIError('Thiếu lớp (class).', 400)
    const data = await loadClassYear(req, classId)
    if (!data) throw new APIError(`Không tìm thấy lớp mã ${classId}.`, 404)
    if (!readsWholeGradebook(req.user as RoleHolder) && !isHomeroom(req, data))
      throw new APIError('Không có quyền xem.', 403)
    const summer = data.results
      .map((r) => ({
        student: String(relationId(r.student)),
        owes: summerOwed(r),
      }))
      .filter((s) => s.owes.length > 0)
    return Response.json({ status: statusOf(data), missing: missingOf(data), summer })
  },
}

/**
 * `POST /api/year-end-results/approve` { class }: the principal approves a class the homeroom
 * teacher proposed, only when every grade, conduct result, attendance month and comment is entered
 * (otherwise 409 with the exact list of what is missing). Fixes the summer list.
 */
export const approveClassYearEnd = classStep({
  path: '/approve',
  allowed: isPrincipal,
  forbidden: 'Chỉ hiệu trưởng duyệt kết quả cuối năm',
  run: async (req, data) => {
    if (statusOf(data) !== 'proposed') throw notInStatus(data, 'chỉ duyệt lớp đã được GVCN đề xuất.')
    const missing = missingOf(data)
    if (missing.length > 0)
      // Not an APIError: the list of what is missing sits beside `errors`, where the admin view reads it.
      return Response.json(
        {
          errors: [{ message: `Chưa thể duyệt lớp ${data.klass.name}: còn ${missing.length} mục chưa nhập.` }],
          missing,
        },
        { status: 409 },
      )
    const docs = await storeClassResults(
      req,
      data,
      { status: 'approved', approvedBy: req.user!.id, approvedAt: nowIso() },
      { listSummer: true },
    )
    return Response.json({ docs, summer: docs.filter((d) => d.summerList).map((d) => d.student) })
  },
})

const nameOfStudent = (data: ClassYear, id: string) =>
  data.records.students.find((s) => s.id === id)?.name ?? `mã ${id}`

const updateResult = (req: PayloadRequest, id: number | string, data: Body, extraContext: Body = {}) =>
  req.payload.update({
    collection: 'year-end-results',
    id,
    data: data as never,
    req,
    // system action: the endpoint checked the person and the class's step; the hook recomputes.
    overrideAccess: true,
    context: { [YEAR_END_SYSTEM]: true, ...extraContext },
    depth: 0,
  })

/**
 * `POST /api/year-end-results/summer` during the summer phase (class approved, not closed):
 * `{ class, subject, scores: { <studentId>: "6.5" } }` by the subject's teacher in the class, or
 * `{ class, training: { <studentId>: "dat" } }` by the homeroom teacher. Only listed students; every
 * value checked first, nothing written if one is wrong (400 naming the student).
 */
export const enterSummerResults = classStep({
  path: '/summer',
  allowed: () => true,
  forbidden: '',
  run: async (req, data, body) => {
    if (statusOf(data) !== 'approved') throw notInStatus(data, 'kết quả hè chỉ nhập sau khi hiệu trưởng duyệt.')
    const byStudent = new Map(data.results.map((r) => [String(relationId(r.student)), r]))
    const lists = new Map(
      [...byStudent].map(([id, r]) => [id, { name: nameOfStudent(data, id), list: r.summerList as SummerList | null }]),
    )
    const context = { yearEndGrade: data.grade }
    if (body.training && typeof body.training === 'object') {
      if (!isHomeroom(req, data))
        throw new APIError(`Chỉ giáo viên chủ nhiệm lớp ${data.klass.name} nhập kết quả rèn luyện trong hè.`, 403)
      const errors: Array<{ studentId: string; message: string }> = []
      const entries = Object.entries(body.training as Body)
      for (const [studentId, level] of entries) {
        const student = lists.get(studentId)
        if (!student?.list?.training)
          errors.push({
            studentId,
            message: `Học sinh ${student?.name ?? `mã ${studentId}`} không có tên trong danh sách rèn luyện trong hè.`,
          })
        else if (!(LEVELS as readonly unknown[]).includes(level))
          errors.push({ studentId, message: `Mức rèn luyện của ${student.name} không hợp lệ: ${String(level)}.` })
      }
      if (errors.length > 0) throw new APIError(errors.map((e) => e.message).join(' '), 400, { errors })
      const docs = []
      for (const [studentId, level] of entries)
        docs.push(await updateResult(req, byStudent.get(studentId)!.id, { summerTraining: level }, context))
      return Response.json({ docs })
    }
    const subjectId = Number(body.subject)
    const subject = data.taught.find((s) => s.doc.id === subjectId)?.doc
    if (!subject) throw new APIError('Thiếu môn (subject) hoặc môn không học ở lớp này.', 400)
    const teaches = await req.payload.count({
      collection: 'teaching-assignments',
      where: {
        and: [
          { class: { equals: data.klass.id } },
          { subject: { equals: subjectId } },
          { teacher: { equals: req.user!.id } },
        ],
      },
      req,
      overrideAccess: true, // system check: whether the caller teaches this subject in the class
    })
    if (teaches.totalDocs === 0)
      throw new APIError(
        `Chỉ giáo viên dạy môn ${subject.name} của lớp ${data.klass.name} nhập điểm kiểm tra lại.`,
        403,
      )
    const scores = body.scores && typeof body.scores === 'object' ? (body.scores as Body) : {}
    if (Object.keys(scores).length === 0) throw new APIError('Thiếu điểm kiểm tra lại (scores).', 400)
    const checked = checkSummerScores(
      { code: subject.code, name: subject.name, kind: subject.assessment === 'comment' ? 'comment' : 'score' },
      scores,
      lists,
    )
    if (checked.errors.length > 0)
      throw new APIError(checked.errors.map((e) => e.message).join(' '), 400, { errors: checked.errors })
    const docs = []
    for (const [studentId, value] of Object.entries(checked.values)) {
      const doc = byStudent.get(studentId)!
      const summerResults = { ...((doc.summerResults as Body | null) ?? {}), [subject.code]: value }
      docs.push(await updateResult(req, doc.id, { summerResults }, context))
    }
    return Response.json({ docs })
  },
})

/**
 * `POST /api/year-end-results/close` { class }: the principal's final approval after the summer,
 * only when every listed student has every summer result (400 naming them). Results are
 * recomputed with the summer results and the class is closed; the principal's confirmation is kept.
 */
export const closeClassYearEnd = classStep({
  path: '/close',
  allowed: isPrincipal,
  forbidden: 'Chỉ hiệu trưởng duyệt lần cuối và khoá sổ cuối năm',
  run: async (req, data) => {
    if (statusOf(data) !== 'approved') throw notInStatus(data, 'chỉ khoá sổ lớp đã được duyệt.')
    const owing = data.results
      .map((r) => {
        const id = String(relationId(r.student))
        return {
          studentId: id,
          name: nameOfStudent(data, id),
          owes: summerOwed(r),
        }
      })
      .filter((s) => s.owes.length > 0)
    if (owing.length > 0)
      throw new APIError(
        `Chưa thể duyệt lần cuối lớp ${data.klass.name}: còn thiếu kết quả hè của ${owing
          .map((s) => `${s.name} (${s.owes.map((o) => (o === 'training' ? 'rèn luyện' : o)).join(', ')})`)
          .join('; ')}.`,
        400,
        { students: owing },
      )
    const docs = await storeClassResults(req, data, { status: 'closed', closedBy: req.user!.id, closedAt: nowIso() })
    return Response.json({ docs })
  },
})

/**
 * `POST /api/year-end-results/correct` { id, reason, summerResults?, summerTraining?, comment? }:
 * after the close, a result changes only through the principal's correction, with its reason; who,
 * when and why are kept on the result (and old/new values in the audit trail).
 */
export const correctYearEndResult: Endpoint = {
  path: '/correct',
  method: 'post',
  handler: async (req) => {
    if (!isPrincipal(req)) throw new APIError('Chỉ hiệu trưởng duyệt điều chỉnh kết quả sau khi khoá sổ.', 403)
    const body = await readJsonBody(req)
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    if (!reason) throw new APIError('Cần lý do điều chỉnh (reason).', 400)
    const id = Number(body.id)
    return inTransaction(req, async () => {
      const doc = Number.isInteger(id)
        ? await req.payload.findByID({
            collection: 'year-end-results',
            id,
            req,
            overrideAccess: true,
            depth: 0,
            disableErrors: true,
          })
        : null
      if (!doc) throw new APIError(`Không tìm thấy kết quả cuối năm mã ${String(body.id)}.`, 404)
      if (doc.status !== 'closed') throw new APIError('Chỉ điều chỉnh kết quả của lớp đã khoá sổ.', 400)
      const change: Body = {}
      for (const field of ['summerResults', 'summerTraining', 'comment'] as const)
        if (body[field] !== undefined) change[field] = body[field]
      if (Object.keys(change).length === 0) throw new APIError('Không có gì để điều chỉnh.', 400)
      const corrections = [
        ...((doc.corrections as unknown[] | null) ?? []),
        { by: req.user!.id, at: nowIso(), reason, change },
      ]
      const updated = await updateResult(req, doc.id, { ...change, corrections })
      return Response.json({ doc: updated })
    })
  },
}
