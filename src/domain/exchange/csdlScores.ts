import { type Column, ddmmyyyy, vnDecimal } from './layout'

/**
 * The score sheet of one class × subject × term in the layout the sector's database (CSDL ngành)
 * imports. The only place that knows it: follow a change of the Ministry's template here.
 */
export type ScoreRow = {
  nationalStudentId: string | null
  studentCode: string
  fullName: string
  dateOfBirth: string | null
  regular: Array<string | null>
  midterm: string | null
  final: string | null
  average: string | null
  comment: string | null
}

export const csdlScoreLayout = (regularCount: number): Column<ScoreRow>[] => [
  { header: 'STT', value: (_, i) => i + 1 },
  { header: 'Mã học sinh', value: (r) => r.nationalStudentId ?? r.studentCode },
  { header: 'Họ và tên', value: (r) => r.fullName },
  { header: 'Ngày sinh', value: (r) => ddmmyyyy(r.dateOfBirth) },
  ...Array.from({ length: regularCount }, (_, n) => ({
    header: `ĐĐGtx${n + 1}`,
    value: (r: ScoreRow) => vnDecimal(r.regular[n] ?? null),
  })),
  { header: 'ĐĐGgk', value: (r) => vnDecimal(r.midterm) },
  { header: 'ĐĐGck', value: (r) => vnDecimal(r.final) },
  { header: 'ĐTBmhk', value: (r) => vnDecimal(r.average) },
  { header: 'Nhận xét', value: (r) => r.comment },
]
