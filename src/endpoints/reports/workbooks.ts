import { formatPercent, type Share } from '@/domain/reports/tally'
import { reportLabel } from '@/domain/reports/labels'
import { SCHOOL } from '@/school'
import type { TableSheet } from '@/lib/xlsx/tableWorkbook'

import type { HealthReport } from './healthReport'
import type { ResultsReport } from './resultsReport'

/** "count" and "%" columns for each key of a distribution. */
const shareHeaders = (list: Share[]) => list.flatMap((s) => [`${reportLabel(s.key)} (SL)`, `${reportLabel(s.key)} (%)`])
const shareCells = (list: Share[]) => list.flatMap((s) => [s.count, formatPercent(s.percentTenths)])

export const reportHeading = (title: string) => [
  'UBND QUẬN 6 — PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
  SCHOOL.name.toUpperCase(),
  title,
]

/** The results report as the district's tables: learning, training, year outcomes, subjects, attendance. */
export const resultsSheets = (report: ResultsReport): TableSheet[] => {
  const period = report.term
    ? `${report.term.name}, năm học ${report.schoolYear.name}`
    : `năm học ${report.schoolYear.name}`
  const scopes = report.scopes
  const sheets: TableSheet[] = []
  const full = scopes.filter((s): s is Extract<(typeof scopes)[number], { learning: Share[] }> => 'learning' in s)
  const distribution = (name: string, title: string, pick: (s: (typeof full)[number]) => Share[] | undefined) => {
    const first = full.map(pick).find(Boolean)
    if (!first) return
    sheets.push({
      name,
      title: `${title} — ${period}`,
      headers: ['Lớp / khối', 'Sĩ số', ...shareHeaders(first)],
      rows: full.map((s) => [s.name, s.students, ...shareCells(pick(s) ?? [])]),
    })
  }
  distribution('Học tập', 'THỐNG KÊ KẾT QUẢ HỌC TẬP', (s) => s.learning)
  distribution('Rèn luyện', 'THỐNG KÊ KẾT QUẢ RÈN LUYỆN', (s) => s.training)
  distribution('Lên lớp', 'THỐNG KÊ KẾT QUẢ CUỐI NĂM (LÊN LỚP, Ở LẠI)', (s) => s.outcomes)
  distribution('Danh hiệu', 'THỐNG KÊ DANH HIỆU HỌC SINH', (s) => s.titles)
  sheets.push({
    name: 'Điểm TB môn',
    title: `ĐIỂM TRUNG BÌNH MÔN HỌC — ${period}`,
    headers: ['Lớp / khối', 'Sĩ số', ...report.subjects.map((s) => s.name)],
    rows: scopes.map((scope) => [
      scope.name,
      scope.students,
      ...report.subjects.map((subject) => {
        const figure = scope.subjects.find((f) => f.subjectId === subject.id)
        if (!figure) return null
        return figure.average !== null ? figure.average.replace('.', ',') : `Đ: ${figure.d}, CĐ: ${figure.cd}`
      }),
    ]),
  })
  if (full.length > 0)
    sheets.push({
      name: 'Chuyên cần',
      title: `THỐNG KÊ NGHỈ HỌC — ${period}`,
      headers: ['Lớp / khối', 'Sĩ số', 'Nghỉ có phép', 'Nghỉ không phép', 'Tổng', 'Bình quân / học sinh'],
      rows: full.map((s) => [
        s.name,
        s.students,
        s.absences.excused,
        s.absences.unexcused,
        s.absences.total,
        formatPercent(s.absences.perStudentTenths).replace(/,0$/, ''),
      ]),
    })
  return sheets
}

const rowName = (r: HealthReport['rows'][number]) =>
  r.grade === null ? 'Toàn trường' : r.sex ? `Khối ${r.grade} — ${reportLabel(r.sex)}` : `Khối ${r.grade}`

/** The health report as the district's tables: BMI bands, eyesight, refraction by grade and sex. */
export const healthSheets = (report: HealthReport): TableSheet[] => {
  const first = report.rows[0]
  if (!first) return []
  const period = `năm học ${report.schoolYear.name}`
  const table = (name: string, title: string, pick: (r: HealthReport['rows'][number]) => Share[]) => ({
    name,
    title: `${title} — ${period}`,
    headers: ['Khối / giới', 'Sĩ số', 'Đã khám', ...shareHeaders(pick(first))],
    rows: report.rows.map((r) => [rowName(r), r.students, r.checked, ...shareCells(pick(r))]),
  })
  return [
    table('BMI', 'TÌNH TRẠNG DINH DƯỠNG THEO BMI', (r) => r.bands),
    table('Thị lực', 'THỊ LỰC GIẢM (DƯỚI 10/10 KHÔNG KÍNH)', (r) => r.reducedEyesight),
    table('Tật khúc xạ', 'TẬT KHÚC XẠ', (r) => r.refraction),
  ]
}
