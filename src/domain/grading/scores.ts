/**
 * Scores as integer tenths (7.5 → 75): decimal-exact arithmetic, never binary floats (Thông tư 22:
 * a score is an integer or has one decimal, rounded half up).
 */
export type Tenths = number

export const MAX_TENTHS = 100

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string }

const DECIMAL = /^(\d{1,3})(?:[.,](\d+))?$/

/**
 * Rounds a non-negative decimal written as text to tenths, half up, from its digits (no float):
 * "8.15" → 82, "8.25" → 83, "8.249" → 82.
 */
export const roundDecimalToTenths = (text: string): Tenths | null => {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const whole = Number(match[1])
  const digits = match[2] ?? ''
  const tenth = Number(digits[0] ?? '0')
  const roundUp = (digits[1] ?? '0') >= '5'
  return whole * 10 + tenth + (roundUp ? 1 : 0)
}

/**
 * Reads a score the way a teacher types it: "7", "7.5" or "7,5" (Vietnamese comma), or a number.
 * Refuses more than one decimal ("7.25"), values outside 0–10 and anything that is not a number.
 */
export const parseScore = (input: unknown): ParseResult<Tenths> => {
  const text =
    typeof input === 'number'
      ? Number.isFinite(input)
        ? String(input)
        : ''
      : typeof input === 'string'
        ? input.trim()
        : ''
  if (text === '') return { ok: false, message: 'Điểm phải là một số từ 0 đến 10.' }
  if (text.startsWith('-')) return { ok: false, message: 'Điểm không được âm.' }
  const match = DECIMAL.exec(text)
  if (!match) return { ok: false, message: 'Điểm phải là một số từ 0 đến 10.' }
  if ((match[2] ?? '').length > 1) return { ok: false, message: 'Điểm chỉ có tối đa một chữ số thập phân.' }
  const value = Number(match[1]) * 10 + Number(match[2] ?? '0')
  if (value > MAX_TENTHS) return { ok: false, message: 'Điểm không được lớn hơn 10.' }
  return { ok: true, value }
}

/** 75 → "7.5", 80 → "8", as the grade book writes it. */
export const formatTenths = (value: Tenths): string =>
  value % 10 === 0 ? String(value / 10) : `${Math.floor(value / 10)}.${value % 10}`

/** numerator / denominator rounded half up, for non-negative integers. */
export const divideHalfUp = (numerator: number, denominator: number): number =>
  Math.floor((2 * numerator + denominator) / (2 * denominator))
