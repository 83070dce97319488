import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { canReadAllStudents, type RoleHolder } from '@/access/roles'
import { createStudent } from '@/endpoints/createStudent'
import {
  type CsdlRowError,
  type CsdlStudent,
  type CsdlStudentKey,
  mapCsdlHeaders,
  parseCsdlStudent,
  planCsdlImport,
} from '@/domain/exchange/csdlStudents'
import { inTransaction } from '@/endpoints/inTransaction'
import { uploadedSheet } from '@/lib/xlsx/uploadedSheet'

const MAX_BYTES = 5 * 1024 * 1024

/** CSDL exports carry a title block: the header is the first of the top rows naming the required columns. */
const headerRow = (sheet: import('exceljs').Worksheet) => {
  for (let r = 1; r <= Math.min(15, sheet.rowCount); r += 1) {
    const headers: string[] = []
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, col) => (headers[col] = String(cell.text ?? '').trim()))
    const mapped = mapCsdlHeaders(headers)
    if (mapped.missing.length === 0) return { row: r, ...mapped }
  }
  return null
}

type Stored = {
  id: number | string
  nationalStudentId?: string | null
  studentCode: string
  fullName: string
  dateOfBirth: string
  gender?: string | null
  ethnicity?: string | null
  placeOfBirth?: string | null
  permanentAddress?: string | null
  guardians?: Array<{
    name: string
    relationship?: string | null
    phone?: string | null
    email?: string | null
    occupation?: string | null
  }> | null
}

/** The stored values in the import's shape, so that only real differences count as updates. */
const valuesOf = (doc: Stored): Partial<CsdlStudent> => ({
  nationalStudentId: doc.nationalStudentId ?? undefined,
  fullName: doc.fullName,
  gender: (doc.gender ?? undefined) as CsdlStudent['gender'],
  ethnicity: doc.ethnicity ?? undefined,
  placeOfBirth: doc.placeOfBirth ?? undefined,
  permanentAddress: doc.permanentAddress ?? undefined,
  guardians: (doc.guardians ?? []).map((g) => ({
    name: g.name,
    relationship: g.relationship ?? '',
    ...(g.phone ? { phone: g.phone } : {}),
  })),
})

/** Guardians from the CSDL, keeping what the school added to a guardian of the same name (e-mail, occupation). */
const mergeGuardians = (incoming: CsdlStudent['guardians'], stored: Stored['guardians']) =>
  incoming.map((g) => {
    const same = (stored ?? []).find((s) => s.name.trim().toLowerCase() === g.name.trim().toLowerCase())
    return {
      ...(same?.email ? { email: same.email } : {}),
      ...(same?.occupation ? { occupation: same.occupation } : {}),
      ...g,
    }
  })

/**
 * `POST /api/students/csdl-import[?dryRun=true][&class=<id>]`: the student list exported by the
 * sector's database (.xlsx, `file` field or raw body). Students are matched by their CSDL id only;
 * every row is checked first and nothing is written while any row is wrong or in conflict. The dry
 * run answers what would be created, updated and left unchanged. The writes go through the Local
 * API as the caller, in one transaction, so every student rule and the audit trail apply; new
 * students are enrolled in `class` when it is given.
 */
export const csdlStudentImport: Endpoint = {
  path: '/csdl-import',
  method: 'post',
  handler: async (req) => {
    if (!canReadAllStudents(req.user as RoleHolder))
      throw new APIError('Bạn không có quyền nhập danh sách từ CSDL ngành.', 403, { errors: [] })
    const params = req.searchParams ?? new URLSearchParams()
    const dryRun = params.get('dryRun') === 'true'
    const classParam = params.get('class')
    const classId = classParam ? Number(classParam) : null
    if (classParam && !(Number.isInteger(classId) && classId! > 0))
      throw new APIError('Lớp (class) phải là mã số lớp.', 400, { errors: [] })
    const klass = classId
      ? await req.payload.findByID({
          collection: 'classes',
          id: classId,
          depth: 0,
          req,
          overrideAccess: false,
          disableErrors: true,
        })
      : null
    if (classId && !klass) throw new APIError(`Không tìm thấy lớp mã ${classId}.`, 400, { errors: [] })

    const uploaded = await uploadedSheet(req, MAX_BYTES)
    if ('error' in uploaded) throw new APIError(uploaded.error, 400, { errors: [] })
    const { sheet } = uploaded
    const header = headerRow(sheet)
    if (!header)
      throw new APIError('Không tìm thấy dòng tiêu đề có các cột Mã học sinh, Họ và tên, Ngày sinh, Giới tính.', 400, {
        errors: [],
      })

    const parsed: Array<{ row: number; student: CsdlStudent }> = []
    const errors: CsdlRowError[] = []
    for (let r = header.row + 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r)
      const cells: Partial<Record<CsdlStudentKey, unknown>> = {}
      for (const [key, col] of Object.entries(header.columns))
        cells[key as CsdlStudentKey] = row.getCell(col as number).value
      if (Object.values(cells).every((v) => v === null || v === undefined || String(v).trim() === '')) continue
      const result = parseCsdlStudent(r, cells)
      if (result.student) parsed.push({ row: r, student: result.student })
      else errors.push(...result.errors)
    }
    if (errors.length > 0) throw new APIError(`Có ${errors.length} lỗi; chưa ghi gì.`, 400, { errors })
    if (parsed.length === 0) throw new APIError('Tệp không có dòng học sinh nào.', 400, { errors: [] })

    // Matching needs every student with these ids, whoever may read them; the caller reads all students anyway.
    const stored = (
      await req.payload.find({
        collection: 'students',
        // A student entered before the CSDL id was kept here carries it as their code.
        where: {
          or: [
            { nationalStudentId: { in: parsed.map((p) => p.student.nationalStudentId) } },
            { studentCode: { in: parsed.map((p) => p.student.nationalStudentId) } },
          ],
        },
        depth: 0,
        pagination: false,
        req,
        overrideAccess: true, // system: matching by id across all students; only callers who read every student get here
      })
    ).docs as unknown as Stored[]
    const keyOf = (d: Stored) => String(d.nationalStudentId || d.studentCode)
    const byId = new Map(stored.map((d) => [keyOf(d), d]))
    const plan = planCsdlImport(
      parsed,
      new Map(
        stored.map((d) => [
          keyOf(d),
          {
            id: d.id,
            nationalStudentId: keyOf(d),
            fullName: d.fullName,
            dateOfBirth: d.dateOfBirth,
            values: valuesOf(d),
          },
        ]),
      ),
    )
    const summary = {
      dryRun,
      creates: plan.creates.map((c) => ({
        row: c.row,
        nationalStudentId: c.student.nationalStudentId,
        fullName: c.student.fullName,
      })),
      updates: plan.updates.map((u) => ({ row: u.row, id: u.id, fullName: u.student.fullName, changes: u.changes })),
      unchanged: plan.unchanged.length,
      conflicts: plan.conflicts,
    }
    if (plan.conflicts.length > 0 && !dryRun)
      throw new APIError(`Có ${plan.conflicts.length} xung đột cần xử lý; chưa ghi gì.`, 400, {
        errors: plan.conflicts,
      })
    if (dryRun) return Response.json(summary)
    return write(req, plan, byId, klass ? { id: Number(klass.id), name: String(klass.name) } : null, summary)
  },
}

const write = async (
  req: PayloadRequest,
  plan: ReturnType<typeof planCsdlImport>,
  stored: Map<string, Stored>,
  klass: { id: number; name: string } | null,
  summary: object,
) => {
  try {
    await inTransaction(req, async () => {
      const date = new Date().toISOString().slice(0, 10)
      for (const { student } of plan.creates) {
        await createStudent(req, { ...student, studentCode: student.nationalStudentId }, klass?.id, date)
      }
      for (const { id, student, changes } of plan.updates) {
        const data: Record<string, unknown> = Object.fromEntries(changes.map((c) => [c.field, c.to]))
        if (data.guardians)
          data.guardians = mergeGuardians(student.guardians, stored.get(student.nationalStudentId)?.guardians)
        await req.payload.update({ collection: 'students', id, data, req, overrideAccess: false, depth: 0 })
      }
    })
    return Response.json(summary, { status: 200 })
  } catch (error) {
    throw new APIError(
      `Không nhập được: ${error instanceof Error ? error.message : 'lỗi không xác định'}; chưa ghi gì.`,
      400,
      { errors: [] },
    )
  }
}
