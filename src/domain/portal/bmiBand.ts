/**
 * BMI band of a child aged 10–16 by WHO 2007 BMI-for-age: thinness below −2 SD, overweight above
 * +1 SD, obesity above +2 SD. The cut-offs per whole year of age are rounded from the WHO tables
 * (verify against the published tables before relying on a borderline case).
 */
export type BmiBand = 'thin' | 'normal' | 'overweight' | 'obese'

type Cutoffs = { minus2: number; plus1: number; plus2: number }

const BOYS: Record<number, Cutoffs> = {
  10: { minus2: 13.7, plus1: 19.4, plus2: 22.6 },
  11: { minus2: 14.1, plus1: 20.2, plus2: 23.7 },
  12: { minus2: 14.5, plus1: 21.0, plus2: 24.9 },
  13: { minus2: 14.9, plus1: 21.8, plus2: 26.2 },
  14: { minus2: 15.5, plus1: 22.6, plus2: 27.3 },
  15: { minus2: 16.0, plus1: 23.4, plus2: 28.4 },
  16: { minus2: 16.5, plus1: 24.2, plus2: 29.1 },
}

const GIRLS: Record<number, Cutoffs> = {
  10: { minus2: 13.5, plus1: 19.9, plus2: 23.5 },
  11: { minus2: 13.9, plus1: 20.8, plus2: 24.8 },
  12: { minus2: 14.4, plus1: 21.7, plus2: 26.1 },
  13: { minus2: 14.9, plus1: 22.6, plus2: 27.3 },
  14: { minus2: 15.4, plus1: 23.3, plus2: 28.3 },
  15: { minus2: 15.9, plus1: 23.9, plus2: 29.1 },
  16: { minus2: 16.2, plus1: 24.3, plus2: 29.6 },
}

export const BMI_BAND_LABELS: Record<BmiBand, string> = {
  thin: 'Gầy',
  normal: 'Bình thường',
  overweight: 'Thừa cân',
  obese: 'Béo phì',
}

/** Whole years between birth and the check-up. */
export const ageInYears = (dateOfBirth: string | Date, on: string | Date): number => {
  const birth = new Date(dateOfBirth)
  const day = new Date(on)
  let age = day.getUTCFullYear() - birth.getUTCFullYear()
  const before =
    day.getUTCMonth() < birth.getUTCMonth() ||
    (day.getUTCMonth() === birth.getUTCMonth() && day.getUTCDate() < birth.getUTCDate())
  if (before) age -= 1
  return age
}

/** The band, or null when the BMI, the age (outside 10–16) or the sex is unknown. */
export const bmiBand = (
  bmi: number | null | undefined,
  age: number,
  gender: string | null | undefined,
): BmiBand | null => {
  if (typeof bmi !== 'number' || !Number.isFinite(bmi)) return null
  const table = gender === 'male' ? BOYS : gender === 'female' ? GIRLS : null
  const cut = table?.[Math.min(16, Math.max(10, age))]
  if (!cut || age < 9 || age > 17) return null
  if (bmi < cut.minus2) return 'thin'
  if (bmi > cut.plus2) return 'obese'
  if (bmi > cut.plus1) return 'overweight'
  return 'normal'
}
