/**
 * BMI-for-age bands of school children (WHO 2007 reference, 5–19 years), as the school health
 * reports count them: thinness below −2 SD, overweight above +1 SD, obesity above +2 SD.
 * The cut-offs are taken at whole years of age from the WHO tables (rounded to one decimal);
 * they are a setting, like grading's "(verify)" items: check them against the published tables
 * before an official return, and replace the table rather than the code.
 */
export type BmiBand = 'thinness' | 'normal' | 'overweight' | 'obesity'
export const BMI_BANDS: readonly BmiBand[] = ['thinness', 'normal', 'overweight', 'obesity']
export const BMI_BAND_LABELS: Record<BmiBand, string> = {
  thinness: 'Gầy (suy dinh dưỡng thể gầy còm)',
  normal: 'Bình thường',
  overweight: 'Thừa cân',
  obesity: 'Béo phì',
}

type Cutoffs = { minus2: number; plus1: number; plus2: number }
export type Sex = 'male' | 'female'

/** The table's rows, [age, −2 SD, +1 SD, +2 SD], keyed by age. */
const byAge = (rows: [age: number, minus2: number, plus1: number, plus2: number][]): Record<number, Cutoffs> =>
  Object.fromEntries(rows.map(([age, minus2, plus1, plus2]) => [age, { minus2, plus1, plus2 }]))

/** Cut-offs (kg/m²) by sex and completed years of age. */
export const BMI_FOR_AGE_CUTOFFS: Record<Sex, Record<number, Cutoffs>> = {
  male: byAge([
    [10, 13.7, 18.5, 21.4],
    [11, 14.1, 19.2, 22.5],
    [12, 14.5, 19.9, 23.6],
    [13, 14.9, 20.8, 24.8],
    [14, 15.5, 21.8, 25.9],
    [15, 16.0, 22.7, 27.0],
    [16, 16.5, 23.5, 27.9],
  ]),
  female: byAge([
    [10, 13.5, 19.0, 22.6],
    [11, 13.9, 19.9, 23.7],
    [12, 14.4, 20.8, 25.0],
    [13, 14.9, 21.8, 26.2],
    [14, 15.4, 22.7, 27.3],
    [15, 15.9, 23.5, 28.2],
    [16, 16.2, 24.1, 28.9],
  ]),
}

/** Completed years between a birth date and a day (both ISO dates or timestamps). */
export const completedYears = (birth: string, on: string): number => {
  const b = new Date(birth)
  const d = new Date(on)
  const years = d.getUTCFullYear() - b.getUTCFullYear()
  const before =
    d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())
  return before ? years - 1 : years
}

/** The band of a BMI for a child's sex and age; null when a measure is missing or the age is outside the table. */
export const bmiBand = (
  bmi: number | null | undefined,
  sex: string | null | undefined,
  ageYears: number,
): BmiBand | null => {
  if (typeof bmi !== 'number' || !Number.isFinite(bmi) || (sex !== 'male' && sex !== 'female')) return null
  const cut = BMI_FOR_AGE_CUTOFFS[sex][ageYears]
  if (!cut) return null
  if (bmi < cut.minus2) return 'thinness'
  if (bmi > cut.plus2) return 'obesity'
  if (bmi > cut.plus1) return 'overweight'
  return 'normal'
}

/** "8/10" → 8 (tenths of normal sight); null when not written as n/10. */
export const eyesightTenths = (value: string | null | undefined): number | null => {
  const match = /^\s*(\d{1,2})\s*\/\s*10\s*$/.exec(value ?? '')
  return match ? Number(match[1]) : null
}

/** Reduced eyesight as school health counts it: either eye below 10/10 without glasses. */
export const hasReducedEyesight = (left: string | null | undefined, right: string | null | undefined): boolean => {
  const l = eyesightTenths(left)
  const r = eyesightTenths(right)
  return (l !== null && l < 10) || (r !== null && r < 10)
}
