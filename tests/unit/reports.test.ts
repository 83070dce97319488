import { describe, expect, it } from 'vitest'

import { bmiBand, completedYears, eyesightTenths, hasReducedEyesight } from '@/domain/health/bmiForAge'
import { buildResultsScopes, type ClassCounts } from '@/domain/reports/results'
import { addCounts, formatPercent, percentTenths, shares } from '@/domain/reports/tally'

describe('shares in tenths of a percent', () => {
  it('rounds half up with integers and sums to the whole when exact', () => {
    expect(percentTenths(1, 8)).toBe(125)
    expect(percentTenths(1, 3)).toBe(333)
    expect(percentTenths(2, 3)).toBe(667)
    expect(percentTenths(0, 0)).toBe(0)
    expect(formatPercent(125)).toBe('12,5')
  })
  it('lists every key in order, zero when absent', () => {
    expect(shares(['a', 'b', 'c'] as const, { a: 1, c: 3 })).toEqual([
      { key: 'a', count: 1, percentTenths: 250 },
      { key: 'b', count: 0, percentTenths: 0 },
      { key: 'c', count: 3, percentTenths: 750 },
    ])
    expect(addCounts<'a' | 'b'>({ a: 1 }, { a: 2, b: 1 })).toEqual({ a: 3, b: 1 })
  })
})

describe('BMI-for-age bands', () => {
  it('bands by the cut-offs of the sex and completed years', () => {
    expect(bmiBand(13.0, 'male', 12)).toBe('thinness')
    expect(bmiBand(18.0, 'male', 12)).toBe('normal')
    expect(bmiBand(21.0, 'male', 12)).toBe('overweight')
    expect(bmiBand(24.0, 'male', 12)).toBe('obesity')
    expect(bmiBand(20.0, 'female', 12)).toBe('normal')
    expect(bmiBand(20.0, 'female', 30)).toBeNull()
    expect(bmiBand(null, 'female', 12)).toBeNull()
  })
  it('counts completed years to the day', () => {
    expect(completedYears('2013-09-15', '2026-09-14')).toBe(12)
    expect(completedYears('2013-09-15', '2026-09-15')).toBe(13)
  })
  it('reads eyesight written n/10', () => {
    expect(eyesightTenths('7/10')).toBe(7)
    expect(eyesightTenths('mờ')).toBeNull()
    expect(hasReducedEyesight('10/10', '8/10')).toBe(true)
    expect(hasReducedEyesight('10/10', null)).toBe(false)
  })
})

describe('report scopes', () => {
  const klass = (classId: number, grade: number, students: number, sum: number, count: number): ClassCounts => ({
    classId,
    className: `${grade}A${classId}`,
    grade,
    students,
    learning: { tot: 1, incomplete: students - 1 },
    training: { kha: students },
    subjects: [{ subjectId: 7, sum, count, d: 0, cd: 0 }],
    absences: { excused: 3, unexcused: 1 },
  })

  it('adds classes into grades and the school, and averages over all students, not class means', () => {
    const scopes = buildResultsScopes([klass(1, 6, 2, 150, 2), klass(2, 6, 1, 90, 1), klass(3, 7, 4, 280, 4)], [7])
    expect(scopes.map((s) => s.id)).toEqual(['class-1', 'class-2', 'class-3', 'grade-6', 'grade-7', 'school'])
    const grade6 = scopes.find((s) => s.id === 'grade-6')!
    expect(grade6.students).toBe(3)
    expect(grade6.subjects[0]!.average).toBe('8') // (150 + 90) / 3 = 80 tenths, not (7.5 + 9) / 2
    expect(grade6.absences).toEqual({ excused: 6, unexcused: 2, total: 8, perStudentTenths: 27 })
    const school = scopes.at(-1)!
    expect(school.learning.find((s) => s.key === 'tot')!.count).toBe(3)
    expect(school.outcomes).toBeUndefined()
  })
})
