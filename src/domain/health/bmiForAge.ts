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

/** Cut-offs (kg/m²) by sex and completed years of age. */
export const BMI_FOR_AGE_CUTOFFS: Record<Sex, Record<number, Cutoffs>> = {
  male: {
    10: { minus2: 13.7, plus1: 18.5, plus2: 21.4 },
    11: { minus2: 14.1, plus1: 19.2, plus2: 22.5 },
    12: { minus2: 14.5, plus1: 19.9, plus2: 23.6 },
    13: { minus2: 14.9, plus1: 20.8, plus2: 24.8 },
    14: { minus2: 15.5, plus1: 21.8, plus2: 25.9 },
    15: { minus2: 16.0, plus1: 22.7, plus2: 27.0 },
    16: { minus2: 16.5, plus1: 23.5, plus2: 27.9 },
  },
  female: {
    10: { minus2: 13.5, plus1: 19.0, plus2: 22.6 },
    11: { minus2: 13.9, plus1: 19.9, plus2: 23.7 },
    12: { minus2: 14.4, plus1: 20.8, plus2: 25.0 },
    13: { minus2: 14.9, plus1: 21.8, plus2: 26.2 },
    14: { minus2: 15.4, plus1: 22.7, plus2: 27.3 },
    15: { minus2: 15.9, plus1: 23.5, plus2: 28.2 },
    16: { minus2: 16.2, plus1: 24.1, plus2: 28.9 },
  },
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
