/**
 * What the official books print (Thông tư 22, học bạ and sổ theo dõi và đánh giá học sinh), as
 * text: the cells in Vietnamese form (8,3; Đ/CĐ), levels, outcomes and titles by their names. Pure.
 */
import { columns } from './columns'

export const LEVEL_NAMES: Record<string, string> = { tot: 'Tốt', kha: 'Khá', dat: 'Đạt', 'chua-dat': 'Chưa đạt' }

export const OUTCOME_NAMES: Record<string, string> = {
  promoted: 'Được lên lớp',
  completed: 'Hoàn thành chương trình THCS',
  'summer-training': 'Rèn luyện trong hè',
  'summer-reassessment': 'Kiểm tra, đánh giá lại trong hè',
  'kept-back': 'Không được lên lớp (ở lại lớp)',
  'absences-over-limit': 'Không được lên lớp (nghỉ quá 45 buổi)',
}

export const TITLE_NAMES: Record<string, string> = { 'xuat-sac': 'Học sinh Xuất sắc', gioi: 'Học sinh Giỏi' }

/** A stored cell as printed: `8.3` → `8,3`, `D` → `Đ`, `CD` → `CĐ`, nothing → empty. */
export const printCell = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return ''
  if (value === 'D') return 'Đ'
  if (value === 'CD') return 'CĐ'
  return String(value).replace('.', ',')
}

export const printLevel = (value: unknown) => (typeof value === 'string' ? (LEVEL_NAMES[value] ?? value) : '')

export const printDate = (value: unknown): string => {
  if (!value) return ''
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date)
}

export type TranscriptSubject = {
  name: string
  termI: unknown
  termII: unknown
  year: unknown
  comment: string
  teacher: string
}

export type TranscriptInput = {
  student: { fullName: string; studentCode: string; dateOfBirth: string; gender: string; ethnicity?: string | null }
  className: string
  yearName: string
  homeroomTeacher: string
  subjects: TranscriptSubject[]
  result: {
    trainingTermI?: unknown
    trainingTermII?: unknown
    training?: unknown
    learning?: unknown
    absentSessions?: unknown
    outcome?: unknown
    title?: unknown
    summerResults?: Record<string, unknown> | null
    summerTraining?: unknown
    subjectNames: Record<string, string>
    comment?: string | null
    confirmedBy?: string | null
    confirmedAt?: unknown
  } | null
}

/** The học bạ's sections for one student and year. */
export const transcriptSections = (t: TranscriptInput) => {
  const r = t.result
  const summer = Object.entries(r?.summerResults ?? {})
    .map(([code, v]) => `${r?.subjectNames[code] ?? code}: ${printCell(v)}`)
    .join('; ')
  const outcome = typeof r?.outcome === 'string' ? OUTCOME_NAMES[r.outcome] : ''
  return [
    {
      heading: 'Thông tin học sinh',
      lines: [
        ['Họ và tên', t.student.fullName],
        ['Mã học sinh', t.student.studentCode],
        ['Ngày sinh', printDate(t.student.dateOfBirth)],
        ['Giới tính', t.student.gender === 'female' ? 'Nữ' : 'Nam'],
        ['Dân tộc', t.student.ethnicity ?? ''],
        ['Lớp', t.className],
        ['Năm học', t.yearName],
        ['Giáo viên chủ nhiệm', t.homeroomTeacher],
      ] as Array<[string, string]>,
    },
    {
      heading: 'Kết quả học tập các môn',
      table: {
        columns: columns(
          ['Môn học', 20],
          ['HK I', 8],
          ['HK II', 8],
          ['Cả năm', 8],
          ['Nhận xét của giáo viên môn học', 36],
          ['Giáo viên', 20],
        ),
        rows: t.subjects.map((s) => [
          s.name,
          printCell(s.termI),
          printCell(s.termII),
          printCell(s.year),
          s.comment,
          s.teacher,
        ]),
      },
    },
    {
      heading: 'Kết quả rèn luyện và học tập',
      lines: [
        ['Rèn luyện học kỳ I', printLevel(r?.trainingTermI)],
        ['Rèn luyện học kỳ II', printLevel(r?.trainingTermII)],
        ['Rèn luyện cả năm', printLevel(r?.training)],
        ['Học tập cả năm', printLevel(r?.learning)],
        ['Số buổi nghỉ', r?.absentSessions === undefined || r?.absentSessions === null ? '' : String(r.absentSessions)],
        ['Kết quả kiểm tra lại trong hè', summer || 'Không'],
        ['Rèn luyện trong hè', printLevel(r?.summerTraining) || 'Không'],
        ['Kết quả cuối năm', outcome ?? ''],
        ['Danh hiệu', typeof r?.title === 'string' ? (TITLE_NAMES[r.title] ?? '') : ''],
        ...(r?.outcome === 'completed'
          ? ([['Xác nhận', 'Hoàn thành chương trình THCS']] as Array<[string, string]>)
          : []),
      ] as Array<[string, string]>,
    },
    {
      heading: 'Nhận xét của giáo viên chủ nhiệm',
      lines: [['Nhận xét', r?.comment ?? '']] as Array<[string, string]>,
    },
    {
      heading: 'Xác nhận của Hiệu trưởng',
      lines: [
        ['Hiệu trưởng', r?.confirmedBy ?? 'Chưa xác nhận'],
        ['Ngày xác nhận', printDate(r?.confirmedAt)],
      ] as Array<[string, string]>,
    },
  ]
}

export type GradebookSubject = {
  name: string
  teacher: string
  rows: Array<{
    student: string
    regular: unknown[]
    midterm: unknown
    final: unknown
    average: unknown
    comment: string
  }>
}

/** The sổ theo dõi's sections for one class and term: per subject every student's cells, then the summary. */
export const gradebookSections = (subjects: GradebookSubject[], summary: { columns: string[]; rows: string[][] }) => [
  ...subjects.map((s, i) => ({
    heading: `Môn ${s.name} — giáo viên: ${s.teacher}`,
    newPage: i > 0,
    table: {
      columns: columns(
        ['STT', 5],
        ['Họ và tên', 24],
        ['Điểm đánh giá thường xuyên', 20],
        ['Giữa kỳ', 8],
        ['Cuối kỳ', 8],
        ['TB môn học kỳ', 9],
        ['Nhận xét', 26],
      ),
      rows: s.rows.map((r, j) => [
        String(j + 1),
        r.student,
        r.regular.map(printCell).join('  '),
        printCell(r.midterm),
        printCell(r.final),
        printCell(r.average),
        r.comment,
      ]),
    },
  })),
  {
    heading: 'Tổng hợp kết quả học kỳ',
    newPage: true,
    table: {
      columns: [
        { title: 'STT', width: 4 },
        { title: 'Họ và tên', width: 18 },
        ...summary.columns.map((title) => ({ title, width: 66 / Math.max(1, summary.columns.length) })),
        { title: 'Rèn luyện', width: 6 },
        { title: 'Học tập', width: 6 },
      ],
      rows: summary.rows.map((row, j) => [String(j + 1), ...row]),
    },
  },
]
