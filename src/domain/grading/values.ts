import { termAverage } from './averages'
import { commentTermResult, type CommentResult, parseComment } from './comments'
import { formatTenths, parseScore, type Tenths } from './scores'

export type AssessmentKind = 'score' | 'comment'

/** One grade cell as stored: a score in canonical text ("7.5", "8"), `D`/`CD`, or empty. */
export type CellValue = string | null

export type GradeValues = { regular: CellValue[]; midterm: CellValue; final: CellValue }

export type CellError = { path: string; message: string }

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

/** Reads one cell: blank → null; else a valid score or comment in canonical form. */
export const normalizeCell = (
  input: unknown,
  kind: AssessmentKind,
): { ok: true; value: CellValue } | { ok: false; message: string } => {
  if (isBlank(input)) return { ok: true, value: null }
  if (kind === 'comment') {
    const parsed = parseComment(input)
    return parsed.ok ? parsed : { ok: false, message: parsed.message }
  }
  if (typeof input === 'string' && parseComment(input).ok) {
    return { ok: false, message: 'Môn đánh giá bằng điểm số không nhận Đ/CĐ: nhập điểm từ 0 đến 10.' }
  }
  const parsed = parseScore(input)
  return parsed.ok ? { ok: true, value: formatTenths(parsed.value) } : parsed
}

/**
 * Validates and normalises a grade's values for its subject: every cell a score 0–10 with at most
 * one decimal (scored subjects) or Đ/CĐ (comment subjects), and no more regular assessments than
 * the subject requires for the class's grade. Errors name the cell (`regular.2`, `midterm`).
 */
export const normalizeGradeValues = (
  input: { regular?: unknown; midterm?: unknown; final?: unknown },
  kind: AssessmentKind,
  requiredRegular: number,
): { values: GradeValues; errors: CellError[] } => {
  const errors: CellError[] = []
  const regularInput = input.regular ?? []
  let regular: CellValue[] = []
  if (!Array.isArray(regularInput)) {
    errors.push({ path: 'regular', message: 'Điểm thường xuyên phải là một danh sách.' })
  } else {
    // Trailing blanks are not assessments: drop them before counting.
    const trimmed = [...regularInput]
    while (trimmed.length > 0 && isBlank(trimmed[trimmed.length - 1])) trimmed.pop()
    if (trimmed.length > requiredRegular) {
      errors.push({
        path: 'regular',
        message: `Môn này chỉ có ${requiredRegular} lần đánh giá thường xuyên mỗi học kỳ.`,
      })
    }
    regular = trimmed.map((cell, i) => {
      const result = normalizeCell(cell, kind)
      if (!result.ok) errors.push({ path: `regular.${i}`, message: `ĐĐGtx ${i + 1}: ${result.message}` })
      return result.ok ? result.value : null
    })
  }
  const single = (name: 'midterm' | 'final', title: string): CellValue => {
    const result = normalizeCell(input[name], kind)
    if (!result.ok) errors.push({ path: name, message: `${title}: ${result.message}` })
    return result.ok ? result.value : null
  }
  const midterm = single('midterm', 'Giữa kỳ')
  const final = single('final', 'Cuối kỳ')
  return { values: { regular, midterm, final }, errors }
}

const tenthsOf = (cell: CellValue): Tenths | null => {
  if (cell === null) return null
  const parsed = parseScore(cell)
  return parsed.ok ? parsed.value : null
}

const commentOf = (cell: CellValue): CommentResult | null => (cell === 'D' || cell === 'CD' ? cell : null)

/**
 * The stored term average of validated values: the score average as text ("8.3") for a scored
 * subject, the term result (`D`/`CD`) for a comment subject; null while cells are missing.
 */
export const gradeAverage = (
  values: GradeValues,
  kind: AssessmentKind,
  requiredRegular: number,
  options: { missingAsZero?: boolean } = {},
): CellValue => {
  if (kind === 'comment') {
    const cells = [
      ...Array.from({ length: requiredRegular }, (_, i) => values.regular[i] ?? null),
      values.midterm,
      values.final,
    ]
    if (!options.missingAsZero && cells.some((c) => c === null)) return null
    return commentTermResult(
      values.regular.map(commentOf),
      commentOf(values.midterm),
      commentOf(values.final),
      requiredRegular,
    )
  }
  const average = termAverage(
    values.regular.map(tenthsOf),
    tenthsOf(values.midterm),
    tenthsOf(values.final),
    requiredRegular,
    options,
  )
  return average === null ? null : formatTenths(average)
}

/** Cells required for a grade that are still empty (for completeness checks). */
export const missingCells = (values: GradeValues, requiredRegular: number): string[] => [
  ...Array.from({ length: requiredRegular }, (_, i) => i)
    .filter((i) => (values.regular[i] ?? null) === null)
    .map((i) => `regular.${i}`),
  ...(values.midterm === null ? ['midterm'] : []),
  ...(values.final === null ? ['final'] : []),
]
