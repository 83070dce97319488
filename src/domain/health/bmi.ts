/**
 * Body-mass index, kg / m², rounded to one decimal. Null when either measure is missing or not
 * positive, so a record without measurements has no BMI rather than a wrong one.
 */
export const bodyMassIndex = (
  heightCm: number | null | undefined,
  weightKg: number | null | undefined,
): number | null => {
  if (typeof heightCm !== 'number' || typeof weightKg !== 'number') return null
  if (!Number.isFinite(heightCm) || !Number.isFinite(weightKg) || heightCm <= 0 || weightKg <= 0) return null
  const metres = heightCm / 100
  return Math.round((weightKg / (metres * metres)) * 10) / 10
}
