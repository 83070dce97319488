/**
 * The columns of a grade sheet as a workbook (export and import share them): student code, name,
 * TX1…TXn, GK, CK, comment. Pure: what a column is called and what a cell of the file means.
 */
export type SheetColumn =
  | { key: 'studentCode' | 'fullName' | 'midterm' | 'final' | 'comment'; header: string }
  | { key: 'regular'; index: number; header: string }

export const sheetColumns = (requiredRegular: number): SheetColumn[] => [
  { key: 'studentCode', header: 'Mã học sinh' },
  { key: 'fullName', header: 'Họ và tên' },
  ...Array.from({ length: requiredRegular }, (_, index) => ({
    key: 'regular' as const,
    index,
    header: `TX${index + 1}`,
  })),
  { key: 'midterm', header: 'GK' },
  { key: 'final', header: 'CK' },
  { key: 'comment', header: 'Nhận xét' },
]

/** The column header a grade cell's error path names (`regular.2` → TX3, `final` → CK). */
export const columnOfPath = (path: string): string => {
  const [field, index] = path.split('.')
  if (field === 'regular') return index === undefined ? 'TX' : `TX${Number(index) + 1}`
  return { midterm: 'GK', final: 'CK', comment: 'Nhận xét', yearComment: 'Nhận xét' }[field ?? ''] ?? 'Mã học sinh'
}

/**
 * What a spreadsheet cell holds, as the text a teacher would have typed, or why it cannot be a
 * score: a formula or a date is refused (the file must carry values), a number is written back as
 * its shortest decimal (7.5, not 7.499999).
 */
export const cellText = (value: unknown): { ok: true; text: string | null } | { ok: false; message: string } => {
  if (value === null || value === undefined) return { ok: true, text: null }
  if (typeof value === 'number') return { ok: true, text: String(value) }
  if (typeof value === 'string') return { ok: true, text: value.trim() === '' ? null : value.trim() }
  if (value instanceof Date) return { ok: false, message: 'Ô chứa ngày tháng, không phải điểm.' }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('formula' in record || 'sharedFormula' in record)
      return { ok: false, message: 'Ô chứa công thức: hãy nhập giá trị.' }
    if (Array.isArray(record.richText))
      return cellText((record.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join(''))
    if ('error' in record) return { ok: false, message: 'Ô chứa lỗi bảng tính.' }
    if ('text' in record) return cellText(record.text)
  }
  return { ok: false, message: 'Giá trị của ô không đọc được.' }
}
