import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  applyReassessment,
  baseLearningLevel,
  classifyLearning,
  DEFAULT_GRADING_SETTINGS,
  type Level,
  rank,
  trainingYearResult,
  describeMissing,
  missingForClass,
  schoolMonths,
  studentYearResult,
  yearOutcome,
  yearTitle,
  type YearSubjects,
} from '@/domain/grading'

const noAdjust = { ...DEFAULT_GRADING_SETTINGS, adjustment: false }
const D4 = ['D', 'D', 'D', 'D'] as const
const learning = (scored: number[], comment: ReadonlyArray<'D' | 'CD'> = D4, settings = noAdjust) =>
  classifyLearning({ scored, comment }, settings)

describe('learning result table (8 scored subjects)', () => {
  it('Tốt: all ≥ 6.5, at least 6 ≥ 8.0, all comments Đạt', () => {
    expect(learning([80, 80, 80, 80, 80, 80, 65, 65])).toBe('tot')
    expect(learning([80, 80, 80, 80, 80, 79, 65, 65])).toBe('kha') // only 5 ≥ 8.0
    expect(learning([80, 80, 80, 80, 80, 80, 80, 64])).toBe('kha') // one < 6.5
    expect(learning([90, 90, 90, 90, 90, 90, 90, 90], ['D', 'D', 'D', 'CD'])).toBe('dat') // a comment Chưa đạt
  })
  it('Khá: all ≥ 5.0, at least 6 ≥ 6.5, all comments Đạt', () => {
    expect(learning([65, 65, 65, 65, 65, 65, 50, 50])).toBe('kha')
    expect(learning([65, 65, 65, 65, 65, 64, 50, 50])).toBe('dat') // only 5 ≥ 6.5
    expect(learning([65, 65, 65, 65, 65, 65, 65, 49])).toBe('dat') // one < 5.0
  })
  it('Đạt: at most one comment Chưa đạt, at least 6 ≥ 5.0, none < 3.5', () => {
    expect(learning([50, 50, 50, 50, 50, 50, 35, 35])).toBe('dat')
    expect(learning([50, 50, 50, 50, 50, 50, 35, 35], ['D', 'D', 'D', 'CD'])).toBe('dat')
    expect(learning([50, 50, 50, 50, 50, 50, 35, 35], ['D', 'D', 'CD', 'CD'])).toBe('chua-dat') // two comments
    expect(learning([50, 50, 50, 50, 50, 49, 35, 35])).toBe('chua-dat') // only 5 ≥ 5.0
    expect(learning([50, 50, 50, 50, 50, 50, 50, 34])).toBe('chua-dat') // one < 3.5
  })
  it('Chưa đạt otherwise', () => {
    expect(learning([20, 20, 20, 20, 20, 20, 20, 20], ['CD', 'CD', 'CD', 'CD'])).toBe('chua-dat')
  })
})

describe('adjustment rule (behind a setting)', () => {
  const withAdjust = DEFAULT_GRADING_SETTINGS
  it('one subject pulling Tốt down to Đạt is raised to Khá', () => {
    // Without Ngữ văn at 4.0 the student reaches Tốt; with it (≥ 3.5, < 5.0) only Đạt.
    const scored = [90, 90, 90, 90, 90, 90, 90, 40]
    expect(baseLearningLevel({ scored, comment: D4 })).toBe('dat')
    expect(classifyLearning({ scored, comment: D4 }, withAdjust)).toBe('kha')
    expect(classifyLearning({ scored, comment: D4 }, noAdjust)).toBe('dat')
  })
  it('one subject pulling Khá down to Chưa đạt is raised to Đạt', () => {
    const scored = [70, 70, 70, 70, 70, 70, 70, 20]
    expect(baseLearningLevel({ scored, comment: D4 })).toBe('chua-dat')
    expect(classifyLearning({ scored, comment: D4 }, withAdjust)).toBe('dat')
  })
  it('a drop of a single level is not adjusted', () => {
    const scored = [90, 90, 90, 90, 90, 90, 90, 60]
    expect(classifyLearning({ scored, comment: D4 }, withAdjust)).toBe('kha')
  })
  it('a comment subject can be the one that pulls down', () => {
    const scored = [90, 90, 90, 90, 90, 90, 90, 90]
    // Tốt without the Chưa đạt comment; Đạt with it → raised to Khá.
    expect(classifyLearning({ scored, comment: ['D', 'D', 'D', 'CD'] }, withAdjust)).toBe('kha')
  })
  it('two weak subjects are not adjusted', () => {
    const scored = [90, 90, 90, 90, 90, 90, 40, 40]
    expect(classifyLearning({ scored, comment: D4 }, withAdjust)).toBe('dat')
  })
})

describe('training year result table (rows term I, columns term II)', () => {
  const table: Array<[Level, Level, Level]> = [
    ['tot', 'tot', 'tot'],
    ['tot', 'kha', 'kha'],
    ['tot', 'dat', 'kha'],
    ['tot', 'chua-dat', 'chua-dat'],
    ['kha', 'tot', 'tot'],
    ['kha', 'kha', 'kha'],
    ['kha', 'dat', 'dat'],
    ['kha', 'chua-dat', 'chua-dat'],
    ['dat', 'tot', 'kha'],
    ['dat', 'kha', 'kha'],
    ['dat', 'dat', 'dat'],
    ['dat', 'chua-dat', 'chua-dat'],
    ['chua-dat', 'tot', 'kha'],
    ['chua-dat', 'kha', 'dat'],
    ['chua-dat', 'dat', 'dat'],
    ['chua-dat', 'chua-dat', 'chua-dat'],
  ]
  it.each(table)('I %s, II %s → %s', (termI, termII, year) => expect(trainingYearResult(termI, termII)).toBe(year))
})

const subjects = (averages: number[], comments: Array<'D' | 'CD'> = ['D', 'D', 'D', 'D']): YearSubjects => ({
  scored: averages.map((average, i) => ({ subject: `S${i + 1}`, average })),
  comment: comments.map((result, i) => ({ subject: `C${i + 1}`, result })),
})
const good = subjects([70, 70, 70, 70, 70, 70, 70, 70])

describe('year-end outcome', () => {
  it('promoted with training and learning ≥ Đạt and absences ≤ 45', () => {
    expect(yearOutcome({ grade: 7, training: 'dat', subjects: good, absentSessions: 45 })).toEqual({ kind: 'promoted' })
  })
  it('grade 9 completes the programme', () => {
    expect(yearOutcome({ grade: 9, training: 'tot', subjects: good, absentSessions: 0 })).toEqual({ kind: 'completed' })
  })
  it('absent more than 45 sessions: not promoted, whatever the results', () => {
    expect(yearOutcome({ grade: 7, training: 'tot', subjects: good, absentSessions: 46 })).toEqual({
      kind: 'absences-over-limit',
    })
    expect(
      yearOutcome(
        { grade: 7, training: 'tot', subjects: good, absentSessions: 46 },
        { ...DEFAULT_GRADING_SETTINGS, maxAbsentSessions: 60 },
      ),
    ).toEqual({ kind: 'promoted' })
  })
  it('training Chưa đạt → summer training', () => {
    expect(yearOutcome({ grade: 7, training: 'chua-dat', subjects: good, absentSessions: 0 })).toEqual({
      kind: 'summer-training',
    })
  })
  it('learning Chưa đạt → summer re-assessment of scored subjects < 5.0 and comment subjects Chưa đạt', () => {
    const weak = subjects([70, 70, 70, 70, 45, 30, 49, 50], ['D', 'CD', 'D', 'CD'])
    expect(yearOutcome({ grade: 8, training: 'kha', subjects: weak, absentSessions: 3 })).toEqual({
      kind: 'summer-reassessment',
      subjects: ['S5', 'S6', 'S7', 'C2', 'C4'],
    })
  })
  it('after the summer: replaced results recompute the outcome; still failing → kept back', () => {
    const weak = subjects([70, 70, 70, 70, 45, 30, 49, 50], ['D', 'CD', 'D', 'D'])
    const passed = applyReassessment(weak, { scored: { S5: 60, S6: 55, S7: 50 }, comment: { C2: 'D' } })
    expect(yearOutcome({ grade: 8, training: 'kha', subjects: passed, absentSessions: 3, afterSummer: true })).toEqual({
      kind: 'promoted',
    })
    const stillWeak = applyReassessment(weak, { scored: { S5: 40 } })
    expect(
      yearOutcome({ grade: 8, training: 'kha', subjects: stillWeak, absentSessions: 3, afterSummer: true }),
    ).toEqual({ kind: 'kept-back' })
    expect(
      yearOutcome({ grade: 8, training: 'chua-dat', subjects: good, absentSessions: 0, afterSummer: true }),
    ).toEqual({ kind: 'kept-back' })
  })
})

describe('titles', () => {
  it('Học sinh Xuất sắc: training Tốt, learning Tốt, at least 6 subjects ≥ 9.0', () => {
    expect(yearTitle('tot', 'tot', [90, 90, 90, 90, 90, 90, 80, 80])).toBe('xuat-sac')
    expect(yearTitle('tot', 'tot', [90, 90, 90, 90, 90, 89, 80, 80])).toBe('gioi')
  })
  it('Học sinh Giỏi: training Tốt and learning Tốt; nothing otherwise', () => {
    expect(yearTitle('tot', 'tot', [80, 80, 80, 80, 80, 80, 70, 70])).toBe('gioi')
    expect(yearTitle('kha', 'tot', [95, 95, 95, 95, 95, 95, 95, 95])).toBeNull()
    expect(yearTitle('tot', 'kha', [95, 95, 95, 95, 95, 95, 95, 95])).toBeNull()
  })
})

describe('classification properties', () => {
  const scored = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 })
  const comment = fc.array(fc.constantFrom<'D' | 'CD'>('D', 'CD'), { minLength: 4, maxLength: 4 })
  it('raising one subject never lowers the learning level (with or without the adjustment)', () => {
    for (const settings of [noAdjust, DEFAULT_GRADING_SETTINGS]) {
      fc.assert(
        fc.property(scored, comment, fc.nat({ max: 7 }), fc.nat({ max: 100 }), (s, c, i, bump) => {
          const before = rank(classifyLearning({ scored: s, comment: c }, settings))
          const raised = s.map((v, j) => (j === i ? Math.min(100, v + bump) : v))
          return rank(classifyLearning({ scored: raised, comment: c }, settings)) >= before
        }),
      )
    }
  })
  it('the adjustment raises by at most one level and never lowers', () => {
    fc.assert(
      fc.property(scored, comment, (s, c) => {
        const d = rank(classifyLearning({ scored: s, comment: c })) - rank(baseLearningLevel({ scored: s, comment: c }))
        return d === 0 || d === 1
      }),
    )
  })
  it('training year result is never above the better term nor the worst when a term is Chưa đạt', () => {
    const level = fc.constantFrom<Level>('tot', 'kha', 'dat', 'chua-dat')
    fc.assert(
      fc.property(
        level,
        level,
        (a, b) =>
          rank(trainingYearResult(a, b)) <= Math.max(rank(a), rank(b)) &&
          (b !== 'chua-dat' || trainingYearResult(a, b) === 'chua-dat'),
      ),
    )
  })
})

describe('student year result and completeness', () => {
  const subjectsFor = (termI: string, termII: string) => [
    ...Array.from({ length: 8 }, (_, i) => ({ code: `S${i}`, kind: 'score' as const, termI, termII })),
    ...Array.from({ length: 4 }, (_, i) => ({ code: `C${i}`, kind: 'comment' as const, termI: 'D', termII: 'D' })),
  ]
  it('computes year averages, training, outcome and title', () => {
    const r = studentYearResult({
      grade: 7,
      subjects: subjectsFor('9', '9.5'),
      trainingI: 'tot',
      trainingII: 'tot',
      absentSessions: 2,
    })
    expect(r.subjects[0]!.year).toBe('9.3') // (9 + 19) / 3 = 9.333 → 9.3
    expect(r).toMatchObject({ learning: 'tot', training: 'tot', outcome: { kind: 'promoted' }, title: 'xuat-sac' })
  })
  it('classifies nothing while a term is missing', () => {
    const r = studentYearResult({
      grade: 7,
      subjects: subjectsFor('8', ''),
      trainingI: 'tot',
      trainingII: null,
      absentSessions: 0,
    })
    expect(r.outcome).toBeNull()
  })
  it('summer results replace the year results and re-evaluate', () => {
    const subjects = subjectsFor('4', '4')
    const before = studentYearResult({ grade: 8, subjects, trainingI: 'kha', trainingII: 'kha', absentSessions: 0 })
    expect(before.outcome?.kind).toBe('summer-reassessment')
    const results = Object.fromEntries(subjects.filter((s) => s.kind === 'score').map((s) => [s.code, '6']))
    const after = studentYearResult({
      grade: 8,
      subjects,
      trainingI: 'kha',
      trainingII: 'kha',
      absentSessions: 0,
      summer: { results },
    })
    expect(after.outcome).toEqual({ kind: 'promoted' })
    expect(after.title).toBeNull()
  })
  it('lists missing grades, conduct, months and comments with who owes them', () => {
    const missing = missingForClass({
      homeroomTeacher: 'GVCN',
      students: [{ id: '1', name: 'An' }],
      subjects: [{ id: 's', name: 'Toán', teacher: 'GV Toán', requiredRegular: 2 }],
      terms: [{ id: 't1', name: 'HK I' }],
      months: ['2026-09', '2026-10'],
      grades: new Map([['1|s|t1', { regular: ['8'], midterm: '7', final: null }]]),
      conduct: new Set(),
      attendance: new Set(['1|2026-09']),
      comments: new Set(),
    })
    expect(missing).toEqual([
      {
        kind: 'grade',
        teacher: 'GV Toán',
        subject: 'Toán',
        student: 'An',
        term: 'HK I',
        cells: ['regular.1', 'final'],
      },
      { kind: 'conduct', teacher: 'GVCN', student: 'An', term: 'HK I' },
      { kind: 'attendance', teacher: 'GVCN', student: 'An', month: '2026-10' },
      { kind: 'comment', teacher: 'GVCN', student: 'An' },
    ])
    expect(schoolMonths('2025-09-05', '2026-05-31')).toHaveLength(9)
    // as the principal and the homeroom teacher read them on the year-end page
    expect(missing.map(describeMissing)).toEqual([
      'An: Toán, HK I, thiếu TX2, CK (GV Toán)',
      'An: kết quả rèn luyện HK I (GVCN)',
      'An: chuyên cần tháng 10/2026 (GVCN)',
      'An: nhận xét cuối năm của giáo viên chủ nhiệm (GVCN)',
    ])
  })
})
