import type { PayloadRequest } from 'payload'

import { BMI_BANDS } from '@/domain/health/bmiForAge'
import { addCounts, type Share, shares } from '@/domain/reports/tally'

import { type HealthCounts, loadHealthCounts } from './healthData'
import type { Period } from './loadPeriod'

const BAND_KEYS = [...BMI_BANDS, 'unknown'] as const
const REFRACTION_KEYS = ['no-refraction', 'myopia', 'hyperopia', 'astigmatism'] as const

export type HealthRow = {
  grade: number | null
  sex: 'male' | 'female' | null
  students: number
  checked: number
  bands: Share[]
  reducedEyesight: Share[]
  refraction: Share[]
}

export type HealthReport = { schoolYear: { id: number; name: string }; rows: HealthRow[] }

const rowOf = (grade: number | null, sex: HealthRow['sex'], parts: HealthCounts[]): HealthRow => {
  const checked = parts.reduce((n, p) => n + p.checked, 0)
  const reduced = parts.reduce((n, p) => n + p.reducedEyesight, 0)
  return {
    grade,
    sex,
    students: parts.reduce((n, p) => n + p.students, 0),
    checked,
    bands: shares(BAND_KEYS, addCounts(...parts.map((p) => p.bands))),
    reducedEyesight: shares(['reduced', 'normal'] as const, { reduced, normal: checked - reduced }),
    refraction: shares(REFRACTION_KEYS, addCounts(...parts.map((p) => p.refraction))),
  }
}

/** Health figures per grade and sex, per grade, and for the school, from the database's counts. */
export const healthReport = async (req: PayloadRequest, period: Period): Promise<HealthReport> => {
  const counts = await loadHealthCounts(req, period.year.id)
  const grades = [...new Set(counts.map((c) => c.grade))].sort((a, b) => a - b)
  return {
    schoolYear: { id: period.year.id, name: period.year.name },
    rows: [
      ...grades.flatMap((g) => [
        ...(['male', 'female'] as const).map((sex) =>
          rowOf(
            g,
            sex,
            counts.filter((c) => c.grade === g && c.sex === sex),
          ),
        ),
        rowOf(
          g,
          null,
          counts.filter((c) => c.grade === g),
        ),
      ]),
      rowOf(null, null, counts),
    ],
  }
}
