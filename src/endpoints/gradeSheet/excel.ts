import ExcelJS from 'exceljs'
import { APIError, type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { cellText, columnOfPath, sheetColumns } from '@/domain/grading'
import { inTransaction } from '@/endpoints/inTransaction'
import { SCHOOL } from '@/school'

import { keyOf, loadQueriedSheet, loadSheet, mayUseSheet } from './gradeSheet'
import { saveSheetRows, sheetForbidden, type SheetKey, type SheetRowInput } from './saveSheet'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** A sheet of 45 students is a few kilobytes; anything much larger carries something else. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024
const HEADER_ROW = 5
const FIRST_ROW = HEADER_ROW + 1
/** Where the workbook names its sheet (class-subject-term ids), checked on import. */
const KEY_CELL = 'H3'

const sheetId = (key: SheetKey) => `${key.class}-${key.subject}-${key.term}`

type BadCell = { row: number; column: string; student: string | null; message: string }
/** A 400 naming each bad cell, in the shape Payload gives validation errors. */
const bad = (message: string, errors: BadCell[] = []) => new APIError(message, 400, { errors })

/**
 * `GET /api/grades/sheet/export?class=&subject=&term=`: the sheet as `.xlsx`: school, class, subject
 * and term in a header, then student code, name, TX1…TXn, GK, CK, comment. Only the grade cells of
 * unlocked rows can be edited (the sheet is protected); locked rows are greyed; scores must be
 * 0–10 with one decimal (Đ/CĐ for comment subjects), checked by Excel's data validation.
 */
export const exportGradeSheet: Endpoint = {
  path: '/sheet/export',
  method: 'get',
  handler: async (req) => {
    const { key, loaded } = await loadQueriedSheet(req)
    const { sheet, subject, klass } = loaded
    // System read of the term's name for the header; the caller's access to the sheet is checked above.
    const term = await req.payload.findByID({ collection: 'terms', id: key.term, depth: 0, req, overrideAccess: true }) // system: see above
    const columns = sheetColumns(sheet.requiredRegular)
    const workbook = new ExcelJS.Workbook()
    const ws = workbook.addWorksheet('Bảng điểm')
    ws.getCell('A1').value = SCHOOL.name
    ws.getCell('A1').font = { bold: true }
    ws.getCell('A2').value = `Bảng điểm môn ${subject.name}`
    const header: Array<[string, string]> = [
      ['Lớp', String(klass.name)],
      ['Môn', String(subject.name)],
      ['Học kỳ', String(term.name)],
    ]
    header.forEach(([title, value], i) => {
      ws.getCell(3, 1 + i * 2).value = title
      ws.getCell(3, 2 + i * 2).value = value
    })
    ws.getCell('G3').value = 'Mã bảng'
    ws.getCell(KEY_CELL).value = sheetId(key)
    ws.getRow(HEADER_ROW).values = columns.map((c) => c.header)
    ws.getRow(HEADER_ROW).font = { bold: true }
    ws.columns.forEach((column, i) => (column.width = i === 1 ? 28 : i === 0 || i === columns.length - 1 ? 16 : 7))
    const validation: ExcelJS.DataValidation =
      sheet.assessment === 'comment'
        ? { type: 'list', allowBlank: true, formulae: ['"Đ,CĐ"'], showErrorMessage: true, error: 'Đ hoặc CĐ.' }
        : {
            type: 'decimal',
            operator: 'between',
            allowBlank: true,
            formulae: [0, 10],
            showErrorMessage: true,
            error: 'Điểm từ 0 đến 10, tối đa một chữ số thập phân.',
          }
    const score = (v: string | null | undefined) =>
      v === null || v === undefined ? null : sheet.assessment === 'comment' ? (v === 'D' ? 'Đ' : 'CĐ') : Number(v)
    sheet.rows.forEach((row, i) => {
      const g = row.grade
      const values = columns.map((c) =>
        c.key === 'studentCode'
          ? row.studentCode
          : c.key === 'fullName'
            ? row.fullName
            : c.key === 'regular'
              ? score((g?.regular as unknown[] | undefined)?.[c.index] as string | null)
              : c.key === 'comment'
                ? (g?.comment ?? null)
                : score(g?.[c.key]),
      )
      const excelRow = ws.getRow(FIRST_ROW + i)
      excelRow.values = values
      columns.forEach((c, col) => {
        if (c.key === 'studentCode' || c.key === 'fullName') return
        const cell = excelRow.getCell(col + 1)
        if (g?.locked) {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
          return
        }
        cell.protection = { locked: false }
        if (c.key !== 'comment') {
          cell.dataValidation =
            sheet.assessment === 'comment'
              ? validation
              : {
                  ...validation,
                  type: 'custom',
                  formulae: [
                    `AND(ISNUMBER(${cell.address}),${cell.address}>=0,${cell.address}<=10,ROUND(${cell.address},1)=${cell.address})`,
                  ],
                }
        }
      })
    })
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true })
    const buffer = await workbook.xlsx.writeBuffer()
    const name = `bang-diem-${klass.name}-${subject.code ?? subject.id}-${term.name}`.replace(/[^\w.-]+/g, '-')
    return new Response(buffer as ArrayBuffer, {
      headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${name}.xlsx"` },
    })
  },
}

const readUpload = async (req: PayloadRequest): Promise<{ data: ArrayBuffer; name: string } | null> => {
  const type = req.headers.get('content-type') ?? ''
  if (!type.startsWith('multipart/form-data') || !req.formData) return null
  const form = await req.formData()
  const file = form.get('file')
  if (!file || typeof file !== 'object') return null
  return { data: await (file as Blob).arrayBuffer(), name: (file as File).name ?? '' }
}

/**
 * `POST /api/grades/sheet/import?class=&subject=&term=[&dryRun=true]` (multipart `file`): a sheet
 * exported by the endpoint above, filled in offline. Every cell goes through the sheet's save
 * (`saveSheetRows`, the same rules, audit and transaction); locked rows are left out and listed.
 * Any bad cell (or a workbook of another sheet, a missing column, an unknown or repeated student,
 * a formula or a date, a file too large or not .xlsx): 400 naming each cell by row, column and
 * student, nothing written. `dryRun=true` answers what would change and writes nothing.
 */
export const importGradeSheet: Endpoint = {
  path: '/sheet/import',
  method: 'post',
  handler: async (req) => {
    const params = Object.fromEntries(req.searchParams ?? [])
    const key = keyOf(params)
    if (!key) throw new APIError('Cần chọn lớp, môn và học kỳ (class, subject, term).', 400)
    if (!(await mayUseSheet(req, key))) throw new APIError(sheetForbidden, 403)
    const dryRun = params.dryRun === 'true' || params.dryRun === '1'
    const upload = await readUpload(req)
    if (!upload || upload.data.byteLength === 0) throw bad('Chưa có tệp .xlsx (trường "file").')
    if (upload.data.byteLength > MAX_SHEET_BYTES) throw bad('Tệp quá lớn (tối đa 2 MB) cho một bảng điểm.')
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(upload.data)
    } catch {
      throw bad('Tệp không phải bảng tính .xlsx hợp lệ.')
    }
    const ws = workbook.worksheets[0]
    if (!ws) throw bad('Tệp không có trang tính nào.')
    if (String(ws.getCell(KEY_CELL).text).trim() !== sheetId(key))
      throw bad('Tệp là bảng điểm của lớp, môn hoặc học kỳ khác (dòng 3).', [
        { row: 3, column: 'Mã bảng', student: null, message: 'Lớp, môn hoặc học kỳ khác bảng đang nhập.' },
      ])
    const loaded = await loadSheet(req, key)
    if (!loaded) throw new APIError(sheetForbidden, 403)
    const { sheet } = loaded
    const columns = sheetColumns(sheet.requiredRegular)
    const headers = columns.map((_, i) => String(ws.getRow(HEADER_ROW).getCell(i + 1).text).trim())
    const wrong = columns.filter((c, i) => headers[i] !== c.header)
    if (wrong.length > 0)
      throw bad(
        `Thiếu hoặc sai cột: ${wrong.map((c) => c.header).join(', ')}.`,
        wrong.map((c) => ({
          row: HEADER_ROW,
          column: c.header,
          student: null,
          message: 'Thiếu cột hoặc tên cột sai.',
        })),
      )

    const byCode = new Map(sheet.rows.map((r) => [r.studentCode, r]))
    const errors: BadCell[] = []
    const seen = new Set<string>()
    const rows: Array<SheetRowInput & { line: number; code: string }> = []
    for (let line = FIRST_ROW; line <= ws.rowCount; line++) {
      const excelRow = ws.getRow(line)
      const code = String(excelRow.getCell(1).text ?? '').trim()
      const texts = columns.map((c, i) => ({ c, read: cellText(excelRow.getCell(i + 1).value) }))
      if (!code && texts.every(({ read }) => read.ok && read.text === null)) continue
      const student = byCode.get(code)
      if (!student) {
        errors.push({
          row: line,
          column: 'Mã học sinh',
          student: code || null,
          message: 'Không có học sinh này trong lớp.',
        })
        continue
      }
      if (seen.has(code)) {
        errors.push({ row: line, column: 'Mã học sinh', student: code, message: 'Học sinh có hai dòng trong tệp.' })
        continue
      }
      seen.add(code)
      const input: SheetRowInput & { line: number; code: string } = {
        student: student.student,
        line,
        code,
        regular: [],
      }
      for (const { c, read } of texts) {
        if (c.key === 'studentCode' || c.key === 'fullName') continue
        if (!read.ok) {
          errors.push({ row: line, column: c.header, student: code, message: read.message })
          continue
        }
        if (c.key === 'regular') (input.regular as Array<string | null>)[c.index] = read.text
        else input[c.key] = read.text
      }
      rows.push(input)
    }
    if (errors.length > 0) throw bad('Tệp có ô không hợp lệ; chưa ghi gì.', errors)

    return inTransaction(req, async () => {
      try {
        const result = await saveSheetRows(req, key, rows, { checkRevisions: false, onLocked: 'skip', dryRun })
        const lineOf = (index: number) => rows[index]!
        return Response.json({
          dryRun,
          changed: result.changes.length,
          changes: result.changes.map(({ index, before, after }) => ({
            row: lineOf(index).line,
            student: lineOf(index).code,
            cells: columns.flatMap((c) => {
              if (c.key === 'studentCode' || c.key === 'fullName') return []
              const field = c.key as 'midterm' | 'final' | 'comment'
              const pick = (doc: typeof before) =>
                doc ? (c.key === 'regular' ? ((doc.regular[c.index] as string | null) ?? null) : doc[field]) : null
              const [old, next] = [pick(before), pick(after)]
              return old === next ? [] : [{ column: c.header, old, new: next }]
            }),
          })),
          skipped: result.skipped.map(({ index }) => ({
            row: lineOf(index).line,
            student: lineOf(index).code,
            message: 'Điểm đã khoá: bỏ qua dòng này.',
          })),
        })
      } catch (error) {
        // Name the file's row, column and student instead of the sheet's row index.
        if (error instanceof ValidationError) {
          const cells = (error.data.errors ?? []).map((e) => {
            const [, index, ...path] = e.path.split('.')
            const row = rows[Number(index)]
            return {
              row: row?.line ?? 0,
              column: columnOfPath(path.join('.')),
              student: row?.code ?? null,
              message: e.message,
            }
          })
          throw bad('Tệp có ô không hợp lệ; chưa ghi gì.', cells)
        }
        // A 403 from the save answers its message alone, as the sheet's own refusal does.
        if (error instanceof APIError && error.status === 403) throw new APIError(error.message, 403)
        throw error
      }
    })
  },
}
