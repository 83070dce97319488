/**
 * Teacher professional standards (Thông tư 20/2018/TT-BGDĐT): 5 standards, 15 criteria, each rated
 * Chưa đạt / Đạt / Khá / Tốt, and the overall rating computed from them (Điều 9 khoản 2).
 */
export const RATINGS = ['chua-dat', 'dat', 'kha', 'tot'] as const
export type Rating = (typeof RATINGS)[number]

export const RATING_LABELS: Record<Rating, { vi: string; en: string }> = {
  'chua-dat': { vi: 'Chưa đạt', en: 'Not met' },
  dat: { vi: 'Đạt', en: 'Met' },
  kha: { vi: 'Khá', en: 'Good' },
  tot: { vi: 'Tốt', en: 'Excellent' },
}

/** Standard → its criteria, numbered as in the circular (criterion 1 to 15). */
export const STANDARDS = [
  { standard: 1, vi: 'Phẩm chất nhà giáo', criteria: [1, 2] },
  { standard: 2, vi: 'Phát triển chuyên môn, nghiệp vụ', criteria: [3, 4, 5, 6, 7] },
  { standard: 3, vi: 'Xây dựng môi trường giáo dục', criteria: [8, 9, 10] },
  { standard: 4, vi: 'Phát triển mối quan hệ giữa nhà trường, gia đình và xã hội', criteria: [11, 12, 13] },
  {
    standard: 5,
    vi: 'Sử dụng ngoại ngữ hoặc tiếng dân tộc, ứng dụng CNTT, khai thác và sử dụng thiết bị công nghệ trong dạy học, giáo dục',
    criteria: [14, 15],
  },
] as const

export const CRITERIA = STANDARDS.flatMap((s) => s.criteria.map((criterion) => ({ criterion, standard: s.standard })))

const rank = (rating: Rating) => RATINGS.indexOf(rating)

export type CriterionRatings = Partial<Record<number, Rating | null | undefined>>

/** Criteria (1–15) that have no valid rating. */
export const missingCriteria = (ratings: CriterionRatings): number[] =>
  CRITERIA.filter(({ criterion }) => {
    const rating = ratings[criterion]
    return !rating || !RATINGS.includes(rating)
  }).map(({ criterion }) => criterion)

/**
 * Overall rating: Tốt when every criterion is at least Khá, at least 2/3 are Tốt and every criterion
 * of standard 2 is Tốt; Khá when every criterion is at least Đạt, at least 2/3 at least Khá and every
 * criterion of standard 2 at least Khá; Đạt when every criterion is at least Đạt; otherwise Chưa đạt.
 * Throws when a criterion is not rated: there is no overall rating of an incomplete evaluation.
 */
export const overallRating = (ratings: CriterionRatings): Rating => {
  const missing = missingCriteria(ratings)
  if (missing.length > 0) throw new Error(`Criteria not rated: ${missing.join(', ')}`)
  const all = CRITERIA.map(({ criterion, standard }) => ({ standard, rank: rank(ratings[criterion] as Rating) }))
  const total = all.length
  const atLeast = (r: Rating) => all.filter((c) => c.rank >= rank(r)).length
  const standard2 = all.filter((c) => c.standard === 2)
  const everyAtLeast = (list: typeof all, r: Rating) => list.every((c) => c.rank >= rank(r))
  // 2/3 of the criteria, in integers: count × 3 ≥ total × 2.
  const twoThirds = (count: number) => count * 3 >= total * 2

  if (everyAtLeast(all, 'kha') && twoThirds(atLeast('tot')) && everyAtLeast(standard2, 'tot')) return 'tot'
  if (everyAtLeast(all, 'dat') && twoThirds(atLeast('kha')) && everyAtLeast(standard2, 'kha')) return 'kha'
  if (everyAtLeast(all, 'dat')) return 'dat'
  return 'chua-dat'
}

/** Yearly civil-servant classification (Nghị định 90/2020, amended by 48/2023). */
export const CLASSIFICATIONS = [
  { value: 'excellent', vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  { value: 'good', vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  { value: 'completed', vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  { value: 'not-completed', vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
] as const
