import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  commentTermResult,
  commentYearResult,
  divideHalfUp,
  formatTenths,
  gradeAverage,
  missingCells,
  normalizeGradeValues,
  parseComment,
  parseScore,
  roundDecimalToTenths,
  termAverage,
  yearAverage,
} from '@/domain/grading'

describe('half-up rounding to tenths, decimal-exact', () => {
  it.each([
    ['8.15', 82],
    ['8.25', 83],
    ['8.35', 84],
    ['8.249', 82],
    ['8.05', 81],
    ['0.05', 1],
    ['0.04', 0],
    ['9.95', 100],
    ['7', 70],
    ['7.5', 75],
  ])('%s → %i tenths', (text, tenths) => {
    expect(roundDecimalToTenths(text)).toBe(tenths)
  })

  it('divideHalfUp rounds exact halves up', () => {
    expect(divideHalfUp(5, 2)).toBe(3)
    expect(divideHalfUp(7, 2)).toBe(4)
    expect(divideHalfUp(4, 3)).toBe(1)
    expect(divideHalfUp(5, 3)).toBe(2)
    expect(divideHalfUp(0, 9)).toBe(0)
  })

  it('formats tenths as the grade book writes them', () => {
    expect(formatTenths(75)).toBe('7.5')
    expect(formatTenths(80)).toBe('8')
    expect(formatTenths(100)).toBe('10')
    expect(formatTenths(3)).toBe('0.3')
  })
})

describe('parseScore', () => {
  it.each([
    ['7', 70],
    ['7.5', 75],
    ['7,5', 75],
    [' 10 ', 100],
    ['10.0', 100],
    ['0', 0],
    [8.5, 85],
    [0, 0],
  ])('accepts %j', (input, tenths) => {
    expect(parseScore(input)).toEqual({ ok: true, value: tenths })
  })

  it.each(['7.25', '11', '10.1', '-1', 'abc', '', '7.', '.5', '1e1', 'NaN', '7 5'])('refuses %j', (input) => {
    const result = parseScore(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/Điểm/)
  })

  it.each([-1, 11, 7.25, Number.NaN, Infinity, null, undefined, {}])('refuses the value %j', (input) => {
    expect(parseScore(input).ok).toBe(false)
  })
})

describe('parseComment', () => {
  it.each(['D', 'd', 'Đ', 'Đạt', 'đạt'])('%s → D', (input) =>
    expect(parseComment(input)).toEqual({ ok: true, value: 'D' }),
  )
  it.each(['CD', 'cđ', 'Chưa đạt'])('%s → CD', (input) =>
    expect(parseComment(input)).toEqual({ ok: true, value: 'CD' }),
  )
  it.each(['8', 'X', '', null])('refuses %j', (input) => expect(parseComment(input).ok).toBe(false))
})

describe('term average: (Σ tx + 2 gk + 3 ck) / (n + 5)', () => {
  it('four regular assessments', () => {
    // (8 + 7 + 9 + 6 + 2×7.5 + 3×8) / 9 = 69 / 9 = 7.666… → 7.7
    expect(termAverage([80, 70, 90, 60], 75, 80, 4)).toBe(77)
  })
  it('two regular assessments', () => {
    // (6 + 7 + 2×5 + 3×6) / 7 = 41/7 = 5.857 → 5.9
    expect(termAverage([60, 70], 50, 60, 2)).toBe(59)
  })
  it('three regular assessments, exact half rounds up', () => {
    // (5 + 5 + 5.5 + 2×5 + 3×5) / 8 = 40.5/8 = 5.0625 → 5.1
    expect(termAverage([50, 50, 55], 50, 50, 3)).toBe(51)
    // (8.5×4 + 2×8 + 3×8.5)/9 = (34 + 16 + 25.5)/9 = 75.5/9 = 8.388… → 8.4
    expect(termAverage([85, 85, 85, 85], 80, 85, 4)).toBe(84)
  })
  it('a result at an exact .x5 rounds up (8.25 → 8.3)', () => {
    // (8 + 8 + 8 + 2×9 + 3×8) / 8 = 66 / 8 = 8.25 exactly → 8.3
    expect(termAverage([80, 80, 80], 90, 80, 3)).toBe(83)
    // (8 + 8.5 + 2×8 + 3×8.1) / 7 = 56.8 / 7 = 8.114… → 8.1
    expect(termAverage([80, 85], 80, 81, 2)).toBe(81)
  })
  it('null while an assessment is missing; 0 with missingAsZero', () => {
    expect(termAverage([80, 70, 90], 75, 80, 4)).toBeNull()
    expect(termAverage([80, 70, 90, 60], null, 80, 4)).toBeNull()
    expect(termAverage([80, 70, 90], 75, 80, 4, { missingAsZero: true })).toBe(
      divideHalfUp(80 + 70 + 90 + 150 + 240, 9),
    )
  })
  it('all tens give ten, all zeros give zero', () => {
    expect(termAverage([100, 100, 100, 100], 100, 100, 4)).toBe(100)
    expect(termAverage([0, 0], 0, 0, 2)).toBe(0)
  })
})

describe('year average: (I + 2 × II) / 3 from rounded term averages', () => {
  it.each([
    [70, 80, 77], // 23/3 = 7.666 → 7.7
    [65, 50, 55],
    [81, 82, 82], // 24.5/3 = 8.1666 → 8.2
    [50, 51, 51], // 15.2/3 = 5.0666 → 5.1
    [100, 100, 100],
  ])('I %i, II %i → %i', (termI, termII, expected) => expect(yearAverage(termI, termII)).toBe(expected))
  it('null while a term is missing', () => {
    expect(yearAverage(null, 80)).toBeNull()
    expect(yearAverage(80, undefined)).toBeNull()
  })
})

describe('comment-only subjects', () => {
  it('Đạt when every required assessment is present and Đạt', () => {
    expect(commentTermResult(['D', 'D'], 'D', 'D', 2)).toBe('D')
  })
  it('Chưa đạt when one is Chưa đạt or missing', () => {
    expect(commentTermResult(['D', 'CD'], 'D', 'D', 2)).toBe('CD')
    expect(commentTermResult(['D'], 'D', 'D', 2)).toBe('CD')
    expect(commentTermResult(['D', 'D'], null, 'D', 2)).toBe('CD')
    expect(commentTermResult(['D', 'D'], 'D', 'CD', 2)).toBe('CD')
  })
  it('the year result is the term II result', () => {
    expect(commentYearResult('CD', 'D')).toBe('D')
    expect(commentYearResult('D', 'CD')).toBe('CD')
    expect(commentYearResult('D', null)).toBe('CD')
  })
})

describe('normalizeGradeValues', () => {
  it('normalises scores and computes nothing it should not', () => {
    const { values, errors } = normalizeGradeValues(
      { regular: ['8', 7.5, '9,0', ''], midterm: '7.5', final: 8 },
      'score',
      4,
    )
    expect(errors).toEqual([])
    expect(values).toEqual({ regular: ['8', '7.5', '9'], midterm: '7.5', final: '8' })
  })
  it('names each bad cell', () => {
    const { errors } = normalizeGradeValues(
      { regular: ['11', '-1', '7.25', 'abc'], midterm: 'D', final: '8' },
      'score',
      4,
    )
    expect(errors.map((e) => e.path)).toEqual(['regular.0', 'regular.1', 'regular.2', 'regular.3', 'midterm'])
  })
  it('refuses more regular assessments than required', () => {
    const { errors } = normalizeGradeValues({ regular: ['8', '8', '8', '8', '8'] }, 'score', 4)
    expect(errors[0]).toMatchObject({ path: 'regular' })
    expect(normalizeGradeValues({ regular: ['8', '8', '8'] }, 'score', 2).errors[0]?.path).toBe('regular')
  })
  it('comment subjects take Đ/CĐ only', () => {
    expect(normalizeGradeValues({ regular: ['Đ', 'cd'], midterm: 'D', final: 'Đạt' }, 'comment', 2)).toEqual({
      values: { regular: ['D', 'CD'], midterm: 'D', final: 'D' },
      errors: [],
    })
    expect(normalizeGradeValues({ regular: ['8'] }, 'comment', 2).errors[0]?.path).toBe('regular.0')
  })
  it('refuses a regular value that is not a list', () => {
    expect(normalizeGradeValues({ regular: '8' }, 'score', 2).errors[0]?.path).toBe('regular')
  })
  it('gradeAverage and missingCells', () => {
    expect(gradeAverage({ regular: ['8', '7', '9', '6'], midterm: '7.5', final: '8' }, 'score', 4)).toBe('7.7')
    expect(gradeAverage({ regular: ['8'], midterm: '7.5', final: '8' }, 'score', 4)).toBeNull()
    expect(gradeAverage({ regular: ['D', 'D'], midterm: 'D', final: 'D' }, 'comment', 2)).toBe('D')
    expect(gradeAverage({ regular: ['D', 'CD'], midterm: 'D', final: 'D' }, 'comment', 2)).toBe('CD')
    expect(gradeAverage({ regular: ['D'], midterm: 'D', final: 'D' }, 'comment', 2)).toBeNull()
    expect(missingCells({ regular: ['8', null], midterm: null, final: '8' }, 3)).toEqual([
      'regular.1',
      'regular.2',
      'midterm',
    ])
  })
})

const tenths = fc.integer({ min: 0, max: 100 })

describe('properties', () => {
  const sheet = fc.integer({ min: 2, max: 4 }).chain((n) =>
    fc.record({
      regular: fc.array(tenths, { minLength: n, maxLength: n }),
      midterm: tenths,
      final: tenths,
      n: fc.constant(n),
    }),
  )

  it('a term average lies within the min and max of its inputs', () => {
    fc.assert(
      fc.property(sheet, ({ regular, midterm, final, n }) => {
        const avg = termAverage(regular, midterm, final, n)!
        const all = [...regular, midterm, final]
        return avg >= Math.min(...all) && avg <= Math.max(...all)
      }),
    )
  })

  it('raising any one assessment never lowers the term average', () => {
    fc.assert(
      fc.property(sheet, fc.nat(), fc.nat({ max: 100 }), ({ regular, midterm, final, n }, which, bump) => {
        const before = termAverage(regular, midterm, final, n)!
        const slot = which % (n + 2)
        const raise = (v: number) => Math.min(100, v + bump)
        const after =
          slot < n
            ? termAverage(
                regular.map((v, i) => (i === slot ? raise(v) : v)),
                midterm,
                final,
                n,
              )!
            : slot === n
              ? termAverage(regular, raise(midterm), final, n)!
              : termAverage(regular, midterm, raise(final), n)!
        return after >= before
      }),
    )
  })

  it('equal inputs give that value; year averages stay between the two terms', () => {
    fc.assert(
      fc.property(tenths, fc.integer({ min: 2, max: 4 }), (v, n) => termAverage(Array(n).fill(v), v, v, n) === v),
    )
    fc.assert(
      fc.property(tenths, tenths, (a, b) => {
        const y = yearAverage(a, b)!
        return y >= Math.min(a, b) && y <= Math.max(a, b)
      }),
    )
  })

  it('year average is monotone in each term', () => {
    fc.assert(
      fc.property(
        tenths,
        tenths,
        tenths,
        (a, b, c) => yearAverage(Math.max(a, c), b)! >= yearAverage(Math.min(a, c), b)!,
      ),
    )
  })

  it('parseScore ∘ formatTenths is the identity on 0..100', () => {
    fc.assert(
      fc.property(tenths, (v) => {
        const parsed = parseScore(formatTenths(v))
        return parsed.ok && parsed.value === v
      }),
    )
  })

  it('rounding a two-decimal text agrees with exact integer rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (hundredths) => {
        const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`
        return roundDecimalToTenths(text) === divideHalfUp(hundredths, 10)
      }),
    )
  })
})
