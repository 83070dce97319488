/**
 * Points of a small line chart: each series scaled to its own range inside a width × height box,
 * so height (cm), weight (kg) and BMI share one picture. Pure; the admin view draws the result.
 */
export type Measure = { checkDate: string; heightCm?: number | null; weightKg?: number | null; bmi?: number | null }
export type SeriesKey = 'heightCm' | 'weightKg' | 'bmi'

export const chartPoints = (
  history: Measure[],
  key: SeriesKey,
  width: number,
  height: number,
  pad = 8,
): Array<{ x: number; y: number; value: number }> => {
  const present = history.filter((m) => typeof m[key] === 'number') as Array<Measure & Record<SeriesKey, number>>
  if (present.length === 0) return []
  const values = present.map((m) => m[key])
  const min = Math.min(...values)
  const max = Math.max(...values)
  const span = max - min || 1
  const step = present.length > 1 ? (width - 2 * pad) / (present.length - 1) : 0
  return present.map((m, i) => ({
    x: Math.round((pad + i * step) * 10) / 10,
    y: Math.round((height - pad - ((m[key] - min) / span) * (height - 2 * pad)) * 10) / 10,
    value: m[key],
  }))
}
