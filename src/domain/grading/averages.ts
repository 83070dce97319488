import { divideHalfUp, type Tenths } from './scores'

/**
 * Term average ĐTBmhk = (Σ ĐĐGtx + 2 × ĐĐGgk + 3 × ĐĐGck) / (number of ĐĐGtx + 5), rounded half up
 * to one decimal. `null` while an assessment is missing, unless `missingAsZero` (a missing
 * assessment without make-up counts as 0: configurable, see grading.md).
 */
export const termAverage = (
  regular: ReadonlyArray<Tenths | null | undefined>,
  midterm: Tenths | null | undefined,
  final: Tenths | null | undefined,
  requiredRegular: number,
  options: { missingAsZero?: boolean } = {},
): Tenths | null => {
  const regularValues = Array.from({ length: requiredRegular }, (_, i) => regular[i])
  const all = [...regularValues, midterm, final]
  if (!options.missingAsZero && all.some((v) => v === null || v === undefined)) return null
  const v = (x: Tenths | null | undefined) => x ?? 0
  const sum = regularValues.reduce<number>((acc, x) => acc + v(x), 0) + 2 * v(midterm) + 3 * v(final)
  return divideHalfUp(sum, requiredRegular + 5)
}

/** Year average ĐTBmcn = (ĐTBmhk I + 2 × ĐTBmhk II) / 3, from the rounded term averages. */
export const yearAverage = (termI: Tenths | null | undefined, termII: Tenths | null | undefined): Tenths | null => {
  if (termI === null || termI === undefined || termII === null || termII === undefined) return null
  return divideHalfUp(termI + 2 * termII, 3)
}
