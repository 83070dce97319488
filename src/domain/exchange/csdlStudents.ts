import { parseSheetDate } from '../students/import'
import { isVietnamesePhone, normalisePhone, PHONE_MESSAGE } from '../students/phone'

/**
 * The student list as the sector's database (CSDL ngành) exports it, one student per row under a
 * header row. This module is the only place that knows the layout: when the Ministry changes its
 * template, change the headers here (several spellings may be listed for one column).
 */
export const CSDL_STUDENT_COLUMNS = [
  { key: 'nationalStudentId', headers: ['Mã học sinh', 'Mã định danh học sinh', 'Mã HS'], required: true },
  { key: 'fullName', headers: ['Họ và tên', 'Họ tên học sinh', 'Họ tên'], required: true },
  { key: 'dateOfBirth', headers: ['Ngày sinh'], required: true },
  { key: 'gender', headers: ['Giới tính'], required: true },
  { key: 'ethnicity', headers: ['Dân tộc'], required: false },
  { key: 'placeOfBirth', headers: ['Nơi sinh'], required: false },
  { key: 'permanentAddress', headers: ['Địa chỉ thường trú', 'Hộ khẩu thường trú', 'Địa chỉ'], required: false },
  { key: 'fatherName', headers: ['Họ tên cha'], required: false },
  { key: 'fatherPhone', headers: ['Điện thoại cha', 'Số điện thoại cha', 'SĐT cha'], required: false },
  { key: 'motherName', headers: ['Họ tên mẹ'], required: false },
  { key: 'motherPhone', headers: ['Điện thoại mẹ', 'Số điện thoại mẹ', 'SĐT mẹ'], required: false },
  { key: 'guardianName', headers: ['Họ tên người giám hộ'], required: false },
  { key: 'guardianPhone', headers: ['Điện thoại người giám hộ', 'SĐT người giám hộ'], required: false },
] as const

export type CsdlStudentKey = (typeof CSDL_STUDENT_COLUMNS)[number]['key']
export type CsdlRowError = { row: number; column: string; message: string }

export type CsdlStudent = {
  nationalStudentId: string
  fullName: string
  dateOfBirth: string
  gender: 'male' | 'female'
  ethnicity?: string
  placeOfBirth?: string
  permanentAddress?: string
  guardians: Array<{ name: string; relationship: string; phone?: string }>
}

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase()

/** Column number of each key in a header row (1-based, as exceljs numbers them); missing required headers. */
export const mapCsdlHeaders = (
  headers: string[],
): { columns: Partial<Record<CsdlStudentKey, number>>; missing: string[] } => {
  const columns: Partial<Record<CsdlStudentKey, number>> = {}
  headers.forEach((header, index) => {
    const column = CSDL_STUDENT_COLUMNS.find((c) => c.headers.some((h) => norm(h) === norm(header ?? '')))
    if (column && columns[column.key] === undefined) columns[column.key] = index
  })
  const missing = CSDL_STUDENT_COLUMNS.filter((c) => c.required && columns[c.key] === undefined).map(
    (c) => c.headers[0],
  )
  return { columns, missing }
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object' && 'text' in (value as object)) return String((value as { text: unknown }).text).trim()
  if (typeof value === 'object' && 'result' in (value as object)) return ''
  return String(value).trim()
}

const GENDERS: Record<string, 'male' | 'female'> = { nam: 'male', nữ: 'female', nu: 'female' }
const header = (key: CsdlStudentKey) => CSDL_STUDENT_COLUMNS.find((c) => c.key === key)!.headers[0]

/** Reads one row (cells by key) into a student, or the problems of each cell. */
export const parseCsdlStudent = (
  row: number,
  cells: Partial<Record<CsdlStudentKey, unknown>>,
): { student: CsdlStudent; errors: [] } | { student: null; errors: CsdlRowError[] } => {
  const errors: CsdlRowError[] = []
  const fail = (key: CsdlStudentKey, message: string) => errors.push({ row, column: header(key), message })
  for (const column of CSDL_STUDENT_COLUMNS)
    if (column.required && text(cells[column.key]) === '') fail(column.key, 'Chưa có giá trị.')
  const id = text(cells.nationalStudentId)
  if (id && !/^\d{10,12}$/.test(id)) fail('nationalStudentId', 'Mã học sinh phải gồm 10–12 chữ số.')
  const dob = parseSheetDate(cells.dateOfBirth)
  if (text(cells.dateOfBirth) && !dob) fail('dateOfBirth', 'Ngày sinh không hợp lệ (dd/mm/yyyy).')
  const gender = GENDERS[text(cells.gender).toLowerCase()]
  if (text(cells.gender) && !gender) fail('gender', 'Giới tính phải là "Nam" hoặc "Nữ".')
  const guardians: CsdlStudent['guardians'] = []
  for (const [nameKey, phoneKey, relationship] of [
    ['fatherName', 'fatherPhone', 'Cha'],
    ['motherName', 'motherPhone', 'Mẹ'],
    ['guardianName', 'guardianPhone', 'Người giám hộ'],
  ] as const) {
    const phone = text(cells[phoneKey])
    if (phone && !isVietnamesePhone(phone)) fail(phoneKey, PHONE_MESSAGE)
    const name = text(cells[nameKey])
    if (name) guardians.push({ name, relationship, ...(phone ? { phone: normalisePhone(phone) } : {}) })
  }
  if (errors.length > 0) return { student: null, errors }
  const optional = (key: CsdlStudentKey) => text(cells[key]) || undefined
  return {
    student: {
      nationalStudentId: id,
      fullName: text(cells.fullName),
      dateOfBirth: dob!,
      gender: gender!,
      ethnicity: optional('ethnicity'),
      placeOfBirth: optional('placeOfBirth'),
      permanentAddress: optional('permanentAddress'),
      guardians,
    },
    errors: [],
  }
}

export type ExistingStudent = { id: number | string; nationalStudentId: string; fullName: string; dateOfBirth: string }
export type CsdlChange = { field: string; from: unknown; to: unknown }
export type CsdlPlan = {
  creates: Array<{ row: number; student: CsdlStudent }>
  updates: Array<{ row: number; id: number | string; student: CsdlStudent; changes: CsdlChange[] }>
  unchanged: Array<{ row: number; id: number | string }>
  conflicts: CsdlRowError[]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * What an import would do: a student is matched by their CSDL id only, never by name; a known id
 * with another date of birth, or two rows with one id, is a conflict to settle by hand, and an
 * import with any conflict writes nothing. Blank cells leave the stored values as they are. `current` gives the stored values compared for updates.
 */
export const planCsdlImport = (
  rows: Array<{ row: number; student: CsdlStudent }>,
  existing: Map<string, ExistingStudent & { values: Partial<CsdlStudent> }>,
): CsdlPlan => {
  const plan: CsdlPlan = { creates: [], updates: [], unchanged: [], conflicts: [] }
  const firstRow = new Map<string, number>()
  for (const { row, student } of rows) {
    const id = student.nationalStudentId
    const earlier = firstRow.get(id)
    if (earlier !== undefined) {
      plan.conflicts.push({
        row,
        column: header('nationalStudentId'),
        message: `Trùng mã học sinh ${id} với dòng ${earlier}.`,
      })
      continue
    }
    firstRow.set(id, row)
    const known = existing.get(id)
    if (!known) {
      plan.creates.push({ row, student })
      continue
    }
    if (known.dateOfBirth.slice(0, 10) !== student.dateOfBirth) {
      plan.conflicts.push({
        row,
        column: header('dateOfBirth'),
        message: `Mã học sinh ${id} đã có (${known.fullName}) với ngày sinh khác (${known.dateOfBirth.slice(0, 10)}).`,
      })
      continue
    }
    const changes = (Object.keys(student) as Array<keyof CsdlStudent>)
      .filter((field) => field !== 'dateOfBirth')
      // A blank cell says nothing: what the school already holds stays.
      .filter(
        (field) => student[field] !== undefined && !(Array.isArray(student[field]) && student[field].length === 0),
      )
      .filter((field) => !same(known.values[field], student[field]))
      .map((field) => ({ field, from: known.values[field] ?? null, to: student[field] ?? null }))
    if (changes.length === 0) plan.unchanged.push({ row, id: known.id })
    else plan.updates.push({ row, id: known.id, student, changes })
  }
  return plan
}
