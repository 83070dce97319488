import ExcelJS from 'exceljs'
import { APIError, type Endpoint } from 'payload'

import { canReadAllStudents, type RoleHolder } from '@/access/roles'
import { createStudent } from '@/endpoints/createStudent'
import { MAX_CLASS_SIZE } from '@/domain/structure/classes'
import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'
import { IMPORT_COLUMNS, missingColumns, validateImportRows } from '@/domain/students/import'
import { inTransaction } from '@/endpoints/inTransaction'
import { readUpload } from '@/lib/xlsx/uploadedSheet'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** A class list is a few dozen rows of text; anything larger carries something else (images). */
export const MAX_IMPORT_BYTES = 1024 * 1024

/** `GET /api/students/import-template`: the empty class-list sheet with its headers. */
export const importTemplate: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    if (!canReadAllStudents(req.user as RoleHolder))
      throw new APIError('Bạn không có quyền nhập danh sách lớp.', 403, { errors: [] })
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Danh sách lớp')
    sheet.columns = IMPORT_COLUMNS.map((c) => ({
      header: c.header,
      key: c.key,
      width: Math.max(16, c.header.length + 2),
    }))
    sheet.getRow(1).font = { bold: true }
    sheet.addRow({
      studentCode: '079215000001',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '05/03/2015',
      gender: 'Nam',
      ethnicity: 'Kinh',
      guardianName: 'Nguyễn Văn Bình',
      guardianRelationship: 'Cha',
      guardianPhone: '0901234567',
    })
    const buffer = await workbook.xlsx.writeBuffer()
    return new Response(buffer as ArrayBuffer, {
      headers: { 'Content-Type': XLSX, 'Content-Disposition': 'attachment; filename="mau-danh-sach-lop.xlsx"' },
    })
  },
}

/**
 * `POST /api/students/import?class=<id>`: the gradebook administrator (or leadership) uploads a
 * class list (.xlsx, as the raw body or the `file` field of a form). Every row is checked first;
 * if any is wrong the answer lists each bad row and column and nothing is written. Otherwise the
 * students and their enrolments are created in one transaction, as the signed-in user
 * (`overrideAccess: false`), so every collection rule and the audit trail apply.
 */
export const importClassList: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!canReadAllStudents(req.user as RoleHolder))
      throw new APIError('Bạn không có quyền nhập danh sách lớp.', 403, { errors: [] })
    const classId = Number(new URL(req.url ?? 'http://x').searchParams.get('class'))
    // Reading a class the caller names, to check it exists and has room; nothing else is returned.
    const klass =
      Number.isInteger(classId) && classId > 0
        ? await req.payload.findByID({
            collection: 'classes',
            id: classId,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
            req,
          })
        : null
    if (!klass) throw new APIError('Lớp không tồn tại (tham số "class").', 400, { errors: [] })
    const upload = await readUpload(req)
    if (!upload || upload.byteLength === 0) throw new APIError('Chưa có tệp .xlsx.', 400, { errors: [] })
    if (upload.byteLength > MAX_IMPORT_BYTES)
      throw new APIError('Tệp quá lớn (tối đa 1 MB): danh sách lớp không được chứa hình ảnh.', 400, { errors: [] })

    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(upload)
    } catch {
      throw new APIError('Tệp không phải bảng tính .xlsx hợp lệ.', 400, { errors: [] })
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new APIError('Tệp không có trang tính nào.', 400, { errors: [] })
    const images = sheet.getImages()
    if (images.length > 0) {
      throw new APIError('Danh sách lớp không được chứa hình ảnh.', 400, {
        errors: images.map((image) => ({ row: image.range.tl.nativeRow + 1, column: '', message: 'Ô có hình ảnh.' })),
      })
    }
    const headers: string[] = []
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col] = String(cell.text ?? '').trim()))
    const missing = missingColumns(headers.filter(Boolean))
    if (missing.length > 0)
      throw new APIError(`Thiếu cột: ${missing.join(', ')}.`, 400, {
        errors: missing.map((column) => ({ row: 1, column, message: 'Thiếu cột.' })),
      })

    const rows: Array<{ row: number; cells: Record<string, unknown> }> = []
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return
      const cells: Record<string, unknown> = {}
      headers.forEach((header, col) => header && (cells[header] = row.getCell(col).value))
      if (Object.values(cells).some((v) => v !== null && v !== undefined && String(v).trim() !== ''))
        rows.push({ row: number, cells })
    })
    if (rows.length === 0) throw new APIError('Tệp không có dòng học sinh nào.', 400, { errors: [] })

    const codes = rows
      .map((r) =>
        String(
          Object.entries(r.cells).find(([h]) => h.toLowerCase() === IMPORT_COLUMNS[0].header.toLowerCase())?.[1] ?? '',
        ).trim(),
      )
      .filter(Boolean)
    // Uniqueness holds across students the caller may not see: only the clashing codes leave this check.
    const existing = await req.payload.find({
      collection: 'students',
      where: { studentCode: { in: codes } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
      select: { studentCode: true },
      req,
    })
    const { students, errors } = validateImportRows(rows, new Set(existing.docs.map((d) => d.studentCode)), new Date())
    const seated = await req.payload.count({
      collection: 'enrolments',
      where: {
        and: [
          { class: { equals: klass.id } },
          { isLatest: { equals: true } },
          { status: { in: [...SEAT_HOLDING_STATUSES] } },
        ],
      },
      overrideAccess: true,
      req,
    })
    const capacity = Math.min(klass.maxStudents ?? MAX_CLASS_SIZE, MAX_CLASS_SIZE)
    if (seated.totalDocs + rows.length > capacity) {
      errors.push({
        row: 0,
        column: 'class',
        message: `Lớp ${klass.name} còn ${Math.max(0, capacity - seated.totalDocs)} chỗ, tệp có ${rows.length} học sinh.`,
      })
    }
    if (errors.length > 0) throw new APIError(`Có ${errors.length} lỗi; chưa nhập học sinh nào.`, 400, { errors })

    const date = new Date().toISOString().slice(0, 10)
    try {
      const created = await inTransaction(req, async () => {
        const ids: Array<number | string> = []
        for (const student of students) {
          const doc = await createStudent(req, student, klass.id, date)
          ids.push(doc.id)
        }
        return ids
      })
      return Response.json(
        { message: `Đã nhập ${created.length} học sinh vào lớp ${klass.name}.`, created },
        { status: 201 },
      )
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Lỗi không xác định.'
      throw new APIError(`Không nhập được: ${message}`, 400, { errors: [] })
    }
  },
}
