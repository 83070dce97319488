/**
 * The text of a periodic results message to one student's guardians: pure, no database.
 * It holds only that student's own results (no class rank, no other student), as the parents'
 * right to know covers their own child only.
 */
import { schoolMonths } from '../grading/completeness'
import { LEVEL_LABELS, type Level } from '../grading/levels'
import { parseScore, type Tenths } from '../grading/scores'

/** 82 → "8,2", 80 → "8,0": one decimal with the Vietnamese decimal comma, as report cards write it. */
export const formatTenthsVi = (value: Tenths): string => `${Math.floor(value / 10)},${value % 10}`

export type SubjectResult = {
  name: string
  kind: 'score' | 'comment'
  /** The stored term average: "8.2" for a scored subject, `D`/`CD` for a comment subject; null while incomplete. */
  average: string | null
}

export type ResultsSummary = {
  studentName: string
  className: string
  /** "học kỳ I năm học 2026-2027" or "tháng 10/2026". */
  periodLabel: string
  subjects: SubjectResult[]
  /** Sessions missed in the period; null when nothing was entered. */
  attendance: { excused: number; unexcused: number } | null
  /** Training result of the term; null when not (yet) entered, or for a monthly message. */
  conduct: { level: Level; comment?: string | null } | null
  signature: string
}

const subjectLine = (subject: SubjectResult): string => {
  if (subject.average === null || subject.average === '') return `- ${subject.name}: chưa đủ điểm`
  if (subject.kind === 'comment') return `- ${subject.name}: ${subject.average === 'D' ? 'Đạt' : 'Chưa đạt'}`
  const parsed = parseScore(subject.average)
  return `- ${subject.name}: ${parsed.ok ? formatTenthsVi(parsed.value) : 'chưa đủ điểm'}`
}

/** Title and body of one student's results message. */
export const composeResultsMessage = (summary: ResultsSummary): { title: string; body: string } => {
  const lines = [
    'Kính gửi quý phụ huynh,',
    '',
    `Nhà trường xin thông báo kết quả học tập, rèn luyện ${summary.periodLabel} của em ${summary.studentName}, lớp ${summary.className}.`,
    '',
    'Điểm trung bình môn và kết quả môn đánh giá bằng nhận xét:',
    ...(summary.subjects.length > 0 ? summary.subjects.map(subjectLine) : ['- Chưa có điểm.']),
    '',
    summary.attendance === null
      ? 'Chuyên cần: chưa có số liệu.'
      : `Chuyên cần: nghỉ có phép ${summary.attendance.excused} buổi, nghỉ không phép ${summary.attendance.unexcused} buổi.`,
  ]
  if (summary.conduct) {
    const comment = summary.conduct.comment?.trim()
    lines.push(`Kết quả rèn luyện: ${LEVEL_LABELS[summary.conduct.level]}${comment ? `. Nhận xét: ${comment}` : '.'}`)
  }
  lines.push('', 'Trân trọng,', summary.signature)
  return {
    title: `Kết quả học tập ${summary.periodLabel} – ${summary.studentName} (${summary.className})`,
    body: lines.join('\n'),
  }
}

/** Sums a student's monthly attendance rows; null when there is none. */
export const sumAttendance = (
  rows: Array<{ excused?: number | null; unexcused?: number | null }>,
): ResultsSummary['attendance'] =>
  rows.length === 0
    ? null
    : rows.reduce<{ excused: number; unexcused: number }>(
        (sum, row) => ({
          excused: sum.excused + Number(row.excused ?? 0),
          unexcused: sum.unexcused + Number(row.unexcused ?? 0),
        }),
        { excused: 0, unexcused: 0 },
      )

/**
 * Attendance months (`YYYY-MM`) of a term: its own dates when set; otherwise term I runs from the
 * year's first month to December, term II from January to the year's last month (attendance is
 * kept per month, so a month belongs to one term only).
 */
export const termMonths = (
  term: { term: 'I' | 'II'; startDate?: string | null; endDate?: string | null },
  year: { startDate: string; endDate: string },
): string[] => {
  if (term.startDate && term.endDate) return schoolMonths(term.startDate.slice(0, 10), term.endDate.slice(0, 10))
  const firstYear = year.startDate.slice(0, 4)
  const lastYear = year.endDate.slice(0, 4)
  return term.term === 'I'
    ? schoolMonths(year.startDate.slice(0, 10), `${firstYear}-12-01`)
    : schoolMonths(`${lastYear}-01-01`, year.endDate.slice(0, 10))
}

/** "2026-10" → "tháng 10/2026". */
export const monthLabel = (month: string): string => `tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`
