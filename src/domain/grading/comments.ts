import type { ParseResult } from './scores'

/** Comment-only subjects: Đạt (`D`) or Chưa đạt (`CD`). */
export type CommentResult = 'D' | 'CD'

/** Accepts `D`/`CD` and their Vietnamese spellings (Đ, Đạt, CĐ, Chưa đạt), any case. */
export const parseComment = (input: unknown): ParseResult<CommentResult> => {
  const text = typeof input === 'string' ? input.trim().toUpperCase().normalize('NFC') : ''
  if (['D', 'Đ', 'ĐẠT', 'DAT'].includes(text)) return { ok: true, value: 'D' }
  if (['CD', 'CĐ', 'CHƯA ĐẠT', 'CHUA DAT'].includes(text)) return { ok: true, value: 'CD' }
  return { ok: false, message: 'Môn đánh giá bằng nhận xét chỉ nhận Đ (Đạt) hoặc CĐ (Chưa đạt).' }
}

/**
 * Term result of a comment-only subject: Đạt when every required assessment (regular ones,
 * mid-term, end-of-term) is present and Đạt; a missing one counts as Chưa đạt.
 */
export const commentTermResult = (
  regular: ReadonlyArray<CommentResult | null | undefined>,
  midterm: CommentResult | null | undefined,
  final: CommentResult | null | undefined,
  requiredRegular: number,
): CommentResult => {
  const required = [...Array.from({ length: requiredRegular }, (_, i) => regular[i]), midterm, final]
  return required.every((value) => value === 'D') ? 'D' : 'CD'
}

/** The year result of a comment-only subject is its term II result. */
export const commentYearResult = (
  _termI: CommentResult | null | undefined,
  termII: CommentResult | null | undefined,
): CommentResult => (termII === 'D' ? 'D' : 'CD')
