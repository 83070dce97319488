import { type AssessmentKind, type CellError, type CellValue, gradeAverage, normalizeGradeValues } from './values'

/**
 * The rules of one grade write, shared by every path that writes grades: the single-document
 * hooks (REST, GraphQL, admin, Local API) and the set-based sheet save (sheet, Excel import).
 * Pure: the callers read the facts (subject, class, term, locks, enrolment) and act on the answer.
 */

export const COMMENT_MAX_LENGTH = 500

export const GRADE_MESSAGES = {
  locked: 'Sổ điểm đã khoá: không thể sửa điểm này. Hãy gửi yêu cầu điều chỉnh điểm.',
  moved: 'Không thể chuyển điểm sang học sinh, môn, lớp hoặc học kỳ khác.',
  noFacts: 'Không tìm thấy môn học, lớp hoặc học kỳ.',
  termYear: 'Học kỳ không thuộc năm học của lớp.',
  notEnrolled: 'Học sinh không thuộc lớp này.',
  notTaught: (subject: string, grade: number) => `Môn ${subject} không dạy ở khối ${grade}.`,
  commentTooLong: (title: string) => `${title}: nhận xét dài tối đa ${COMMENT_MAX_LENGTH} ký tự.`,
  commentNotText: (title: string) => `${title}: nhận xét phải là văn bản.`,
} as const

/** What a grade write needs to know about its subject, class and term. */
export type GradeWriteFacts = {
  kind: AssessmentKind
  requiredRegular: number
  classGrade: number
  classYear: number | string | null
  termYear: number | string | null
  termStatus: string | null | undefined
  subjectName: string
}

/** Every value a teacher writes in a grade. */
export type GradeCellValues = {
  regular: CellValue[]
  midterm: CellValue
  final: CellValue
  comment: string | null
  yearComment: string | null
}

export const GRADE_CELL_FIELDS = ['regular', 'midterm', 'final', 'comment', 'yearComment'] as const

/** Errors of the subject, class and term themselves (every grade of a sheet shares them). */
export const gradeFactsErrors = (facts: GradeWriteFacts | null): CellError[] => {
  if (!facts) return [{ path: 'subject', message: GRADE_MESSAGES.noFacts }]
  if (String(facts.classYear) !== String(facts.termYear)) return [{ path: 'term', message: GRADE_MESSAGES.termYear }]
  if (facts.requiredRegular <= 0)
    return [{ path: 'subject', message: GRADE_MESSAGES.notTaught(facts.subjectName, facts.classGrade) }]
  return []
}

const normalizeComment = (input: unknown, path: string, title: string, errors: CellError[]): string | null => {
  if (input === null || input === undefined) return null
  if (typeof input !== 'string') {
    errors.push({ path, message: GRADE_MESSAGES.commentNotText(title) })
    return null
  }
  const text = input.trim()
  if (text.length > COMMENT_MAX_LENGTH) errors.push({ path, message: GRADE_MESSAGES.commentTooLong(title) })
  return text === '' ? null : text
}

/**
 * Validates and normalises every cell of a grade: scores or Đ/CĐ (`normalizeGradeValues`), the
 * teacher's comments (text, at most 500 characters, blank = none). Errors name the cell.
 */
export const normalizeGradeCells = (
  input: Partial<Record<(typeof GRADE_CELL_FIELDS)[number], unknown>>,
  kind: AssessmentKind,
  requiredRegular: number,
): { cells: GradeCellValues; errors: CellError[] } => {
  const { values, errors } = normalizeGradeValues(input, kind, requiredRegular)
  const comment = normalizeComment(input.comment, 'comment', 'Nhận xét học kỳ', errors)
  const yearComment = normalizeComment(input.yearComment, 'yearComment', 'Nhận xét cả năm', errors)
  return { cells: { ...values, comment, yearComment }, errors }
}

/** The stored average of validated cells. */
export const cellsAverage = (cells: GradeCellValues, facts: GradeWriteFacts): CellValue =>
  gradeAverage(cells, facts.kind, facts.requiredRegular)

/** Whether a grade may not be written directly: the term is not open, the grade or a lock scope is locked. */
export const isGradeLocked = (state: {
  storedLocked: boolean
  termStatus: string | null | undefined
  lockCovered: boolean
}): boolean => state.storedLocked || state.termStatus !== 'open' || state.lockCovered

const isBlankCell = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Whether normalised cells differ from the stored grade's (an unchanged row is neither written nor
 * audited). Without a stored grade, empty cells are no change: a blank row of a sheet or of an
 * imported workbook makes no empty grade.
 */
export const cellsChanged = (
  cells: GradeCellValues,
  stored: Partial<Record<string, unknown>> | null | undefined,
): boolean => {
  const others = GRADE_CELL_FIELDS.filter((f) => f !== 'regular')
  if (!stored) return [...(cells.regular ?? []), ...others.map((f) => cells[f])].some((v) => !isBlankCell(v))
  return (
    same(cells.regular, Array.isArray(stored.regular) ? stored.regular : []) === false ||
    others.some((f) => !same(cells[f], stored[f]))
  )
}
