import { describe, expect, it } from 'vitest'

import { gradeOfClassName } from '@/domain/structure/classes'
import { holdsSeat } from '@/domain/structure/enrolment'
import { regularAssessmentCount } from '@/domain/structure/regular-assessments'

describe('regularAssessmentCount (Thông tư 22)', () => {
  it.each([
    [35, 'score', 2],
    [36, 'score', 3],
    [52, 'score', 3],
    [70, 'score', 3],
    [71, 'score', 4],
    [105, 'score', 4],
    [140, 'score', 4],
    [70, 'comment', 2],
    [105, 'comment', 2],
    [0, 'score', 0],
    [0, 'comment', 0],
  ] as const)('%i periods, %s → %i', (periods, assessment, expected) => {
    expect(regularAssessmentCount(periods, assessment)).toBe(expected)
  })
})

describe('gradeOfClassName', () => {
  it.each([
    ['7A1', 7],
    ['6A2', 6],
    ['9B', 9],
    ['8A12', 8],
    ['10A1', null],
    ['5A1', null],
    ['7a1', null],
    ['', null],
  ])('%s → %s', (name, grade) => {
    expect(gradeOfClassName(name)).toBe(grade)
  })
})

describe('holdsSeat', () => {
  it('only studying and transferred-in enrolments take a seat', () => {
    expect(holdsSeat('studying')).toBe(true)
    expect(holdsSeat('transferred-in')).toBe(true)
    expect(holdsSeat('transferred-out')).toBe(false)
    expect(holdsSeat('dropped-out')).toBe(false)
    expect(holdsSeat(undefined)).toBe(false)
  })
})
