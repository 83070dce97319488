import { describe, expect, it } from 'vitest'

import { canMoveEvaluation, type EvaluationActor, writableFields } from '@/domain/evaluation/workflow'
import { type CriterionRatings, missingCriteria, overallRating, type Rating } from '@/domain/evaluation/standards'

/** All 15 criteria rated `base`, then the listed criteria changed. */
const ratings = (base: Rating, overrides: Record<number, Rating> = {}): CriterionRatings => {
  const out: CriterionRatings = {}
  for (let c = 1; c <= 15; c++) out[c] = overrides[c] ?? base
  return out
}
const each = (criteria: number[], rating: Rating) => Object.fromEntries(criteria.map((c) => [c, rating]))

describe('overallRating (Thông tư 20/2018)', () => {
  it.each([
    ['all Tốt', ratings('tot'), 'tot'],
    ['all Khá', ratings('kha'), 'kha'],
    ['all Đạt', ratings('dat'), 'dat'],
    ['all Chưa đạt', ratings('chua-dat'), 'chua-dat'],
    // Tốt needs 10 of 15 Tốt (2/3), standard 2 (criteria 3–7) all Tốt, the rest ≥ Khá.
    ['exactly 10 Tốt incl. standard 2, 5 Khá', ratings('tot', each([1, 2, 8, 9, 10], 'kha')), 'tot'],
    ['9 Tốt (below 2/3), 6 Khá', ratings('tot', each([1, 2, 8, 9, 10, 11], 'kha')), 'kha'],
    ['14 Tốt but criterion 3 (standard 2) Khá', ratings('tot', { 3: 'kha' }), 'kha'],
    ['14 Tốt but criterion 7 (standard 2) Khá', ratings('tot', { 7: 'kha' }), 'kha'],
    ['14 Tốt and one Đạt', ratings('tot', { 15: 'dat' }), 'kha'],
    ['14 Tốt and one Chưa đạt', ratings('tot', { 1: 'chua-dat' }), 'chua-dat'],
    // Khá needs 10 of 15 ≥ Khá, standard 2 all ≥ Khá, the rest ≥ Đạt.
    ['exactly 10 Khá incl. standard 2, 5 Đạt', ratings('kha', each([1, 2, 8, 9, 10], 'dat')), 'kha'],
    ['9 ≥ Khá, 6 Đạt', ratings('kha', each([1, 2, 8, 9, 10, 11], 'dat')), 'dat'],
    ['all Tốt except criterion 5 (standard 2) Đạt', ratings('tot', { 5: 'dat' }), 'dat'],
    ['all Khá except criterion 14 Chưa đạt', ratings('kha', { 14: 'chua-dat' }), 'chua-dat'],
    ['mixed: standard 2 Tốt, others Đạt', ratings('dat', each([3, 4, 5, 6, 7], 'tot')), 'dat'],
    ['standard 2 Tốt, 5 Tốt more, 5 Khá', ratings('kha', each([3, 4, 5, 6, 7, 1, 2, 8, 9, 10], 'tot')), 'tot'],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(overallRating(input)).toBe(expected)
  })

  it('refuses an evaluation with a criterion not rated, naming it', () => {
    const incomplete = ratings('tot')
    delete incomplete[9]
    expect(missingCriteria(incomplete)).toEqual([9])
    expect(() => overallRating(incomplete)).toThrow(/9/)
  })

  it('treats an unknown rating as missing', () => {
    expect(missingCriteria({ ...ratings('kha'), 4: 'great' as Rating })).toEqual([4])
  })
})

describe('evaluation workflow', () => {
  const actor = (over: Partial<EvaluationActor>): EvaluationActor => ({
    isSelf: false,
    isReviewingHead: false,
    isPrincipal: false,
    isHrOfficer: false,
    ...over,
  })
  it.each([
    ['self-assessment', 'department-review', { isSelf: true }, true],
    ['self-assessment', 'department-review', { isReviewingHead: true }, false],
    ['self-assessment', 'finalised', { isSelf: true, isPrincipal: true }, false],
    ['department-review', 'principal-review', { isReviewingHead: true }, true],
    ['department-review', 'principal-review', { isSelf: true }, false],
    ['department-review', 'self-assessment', { isReviewingHead: true }, true],
    ['principal-review', 'finalised', { isPrincipal: true }, true],
    ['principal-review', 'finalised', { isHrOfficer: true }, false],
    ['finalised', 'self-assessment', { isPrincipal: true, isHrOfficer: true }, false],
  ] as const)('%s → %s by %o: %s', (from, to, who, expected) => {
    expect(canMoveEvaluation(from, to, actor(who))).toBe(expected)
  })

  it('gives each stage its writers', () => {
    expect(writableFields('self-assessment', actor({ isSelf: true }))).toEqual(['ratings', 'selfComment'])
    expect(writableFields('department-review', actor({ isSelf: true }))).toEqual([])
    expect(writableFields('principal-review', actor({ isPrincipal: true }))).toEqual([
      'principalComment',
      'classification',
    ])
    expect(writableFields('finalised', actor({ isPrincipal: true, isHrOfficer: true }))).toEqual([])
  })
})
