import { LEVEL_LABELS, type Level } from '../grading/levels'
import { type Column, ddmmyyyy } from './layout'

/** A class's year results in the layout the sector's database imports (kết quả cuối năm). */
export type YearResultRow = {
  nationalStudentId: string | null
  studentCode: string
  fullName: string
  dateOfBirth: string | null
  learning: Level | null
  trainingTermI: Level | null
  trainingTermII: Level | null
  training: Level | null
  absentSessions: number | null
  title: string | null
  outcome: string | null
}

const level = (value: Level | null) => (value ? LEVEL_LABELS[value] : null)

export const CSDL_OUTCOME_LABELS: Record<string, string> = {
  promoted: 'Được lên lớp',
  completed: 'Hoàn thành chương trình THCS',
  'summer-reassessment': 'Kiểm tra lại',
  'summer-training': 'Rèn luyện trong hè',
  'kept-back': 'Không được lên lớp',
  'absences-over-limit': 'Không được lên lớp (nghỉ quá số buổi)',
}

export const CSDL_YEAR_RESULT_LAYOUT: Column<YearResultRow>[] = [
  { header: 'STT', value: (_, i) => i + 1 },
  { header: 'Mã học sinh', value: (r) => r.nationalStudentId ?? r.studentCode },
  { header: 'Họ và tên', value: (r) => r.fullName },
  { header: 'Ngày sinh', value: (r) => ddmmyyyy(r.dateOfBirth) },
  { header: 'KQHT CN', value: (r) => level(r.learning) },
  { header: 'KQRL HKI', value: (r) => level(r.trainingTermI) },
  { header: 'KQRL HKII', value: (r) => level(r.trainingTermII) },
  { header: 'KQRL CN', value: (r) => level(r.training) },
  { header: 'Số buổi nghỉ', value: (r) => r.absentSessions },
  { header: 'Danh hiệu', value: (r) => r.title },
  { header: 'Kết quả', value: (r) => (r.outcome ? (CSDL_OUTCOME_LABELS[r.outcome] ?? r.outcome) : null) },
]
