import { checkDateOfBirth } from './age'
import { isVietnamesePhone, normalisePhone, PHONE_MESSAGE } from './phone'

/**
 * The class-list sheet: one header row, then one student per row. Every row is checked before
 * anything is written; each problem names its row (as numbered in the spreadsheet) and column.
 */
export const IMPORT_COLUMNS = [
  { key: 'studentCode', header: 'Mã định danh học sinh', required: true },
  { key: 'fullName', header: 'Họ và tên', required: true },
  { key: 'dateOfBirth', header: 'Ngày sinh (dd/mm/yyyy)', required: true },
  { key: 'gender', header: 'Giới tính (Nam/Nữ)', required: true },
  { key: 'ethnicity', header: 'Dân tộc', required: false },
  { key: 'permanentAddress', header: 'Địa chỉ thường trú', required: false },
  { key: 'contactPhone', header: 'Điện thoại liên hệ', required: false },
  { key: 'guardianName', header: 'Họ tên cha/mẹ/người giám hộ', required: true },
  { key: 'guardianRelationship', header: 'Quan hệ', required: false },
  { key: 'guardianPhone', header: 'Điện thoại cha/mẹ', required: false },
] as const

export type ImportKey = (typeof IMPORT_COLUMNS)[number]['key']
export type ImportError = { row: number; column: string; message: string }
export type ImportedStudent = {
  studentCode: string
  fullName: string
  dateOfBirth: string
  gender: 'male' | 'female'
  ethnicity?: string
  permanentAddress?: string
  contactPhone?: string
  guardians: Array<{ name: string; relationship?: string; phone?: string }>
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object' && 'text' in (value as object)) return String((value as { text: unknown }).text).trim()
  return String(value).trim()
}

/** A date cell (Excel date) or text `dd/mm/yyyy` or `yyyy-mm-dd`, as `yyyy-mm-dd`; null when not a date. */
export const parseSheetDate = (value: unknown): string | null => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  const s = text(value)
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)
  const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : isoDate
      ? [isoDate[1], isoDate[2], isoDate[3]]
      : null
  if (!parts) return null
  const [y, mo, d] = parts.map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

const GENDERS: Record<string, 'male' | 'female'> = { nam: 'male', nữ: 'female', nu: 'female' }

/** Missing required columns, by header. */
export const missingColumns = (headers: string[]): string[] => {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()))
  return IMPORT_COLUMNS.filter((c) => c.required && !present.has(c.header.toLowerCase())).map((c) => c.header)
}

/**
 * Checks the rows (each a map header → cell value, with its spreadsheet row number) and returns
 * the students to create, or every problem found. `existingCodes` are codes already in the school.
 */
export const validateImportRows = (
  rows: Array<{ row: number; cells: Record<string, unknown> }>,
  existingCodes: Set<string>,
  today: Date,
): { students: ImportedStudent[]; errors: ImportError[] } => {
  const errors: ImportError[] = []
  const students: ImportedStudent[] = []
  const seen = new Map<string, number>()
  const header = (key: ImportKey) => IMPORT_COLUMNS.find((c) => c.key === key)!.header
  for (const { row, cells } of rows) {
    const get = (key: ImportKey) => {
      const h = header(key).toLowerCase()
      const found = Object.keys(cells).find((k) => k.trim().toLowerCase() === h)
      return found === undefined ? undefined : cells[found]
    }
    const fail = (key: ImportKey, message: string) => errors.push({ row, column: header(key), message })
    const before = errors.length
    for (const column of IMPORT_COLUMNS)
      if (column.required && text(get(column.key)) === '') fail(column.key, 'Chưa nhập.')
    const code = text(get('studentCode'))
    if (code && !/^\d{10,12}$/.test(code)) fail('studentCode', 'Mã định danh phải gồm 10–12 chữ số.')
    if (code && existingCodes.has(code)) fail('studentCode', 'Mã định danh đã có trong hệ thống.')
    if (code && seen.has(code)) fail('studentCode', `Trùng mã với dòng ${seen.get(code)}.`)
    if (code) seen.set(code, row)
    const rawDob = get('dateOfBirth')
    const dob = parseSheetDate(rawDob)
    if (text(rawDob) !== '' && !dob) fail('dateOfBirth', 'Ngày sinh không hợp lệ (dd/mm/yyyy).')
    if (dob) {
      const { error } = checkDateOfBirth(dob, today)
      if (error) fail('dateOfBirth', error)
    }
    const genderText = text(get('gender')).toLowerCase()
    const gender = GENDERS[genderText]
    if (genderText && !gender) fail('gender', 'Giới tính phải là "Nam" hoặc "Nữ".')
    for (const key of ['contactPhone', 'guardianPhone'] as const) {
      const phone = text(get(key))
      if (phone && !isVietnamesePhone(phone)) fail(key, PHONE_MESSAGE)
    }
    if (errors.length > before) continue
    const optional = (key: ImportKey) => text(get(key)) || undefined
    const contactPhone = optional('contactPhone')
    const guardianPhone = optional('guardianPhone')
    students.push({
      studentCode: code,
      fullName: text(get('fullName')),
      dateOfBirth: dob!,
      gender: gender!,
      ethnicity: optional('ethnicity'),
      permanentAddress: optional('permanentAddress'),
      contactPhone: contactPhone ? normalisePhone(contactPhone) : undefined,
      guardians: [
        {
          name: text(get('guardianName')),
          relationship: optional('guardianRelationship'),
          phone: guardianPhone ? normalisePhone(guardianPhone) : undefined,
        },
      ],
    })
  }
  return { students, errors }
}
