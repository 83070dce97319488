import { describe, expect, it } from 'vitest'

import { changeOfEntry } from '@/endpoints/gradeProgress/gradeHistory'

import {
  cellChanges,
  computeEntryProgress,
  DEFAULT_ANOMALY_THRESHOLDS,
  enteredCells,
  filledRegularMask,
  findGradeAnomalies,
  type GradeCells,
  requiredRegularFilled,
  termsOfMonth,
} from '@/domain/grading'

const grade = (id: number, studentId: number, cells: Partial<GradeCells> = {}): GradeCells => ({
  id,
  studentId,
  classId: 1,
  subjectId: 10,
  regular: [],
  midterm: null,
  final: null,
  average: null,
  ...cells,
})

describe('entry progress', () => {
  it('counts required cells of the sheet’s students only, and no more regular assessments than required', () => {
    expect(enteredCells(grade(1, 1, { regular: ['8', '7', '9', '6', '5'], midterm: '7', final: null }), 4)).toBe(5)
    expect(enteredCells(undefined, 4)).toBe(0)
    const grades = [
      grade(1, 1, { regular: ['8', '7'], midterm: '7' }),
      grade(2, 2, { regular: ['8', '7', '9', '6'], midterm: '7', final: '8' }),
      grade(3, 99, { regular: ['1'] }),
    ]
    const [row] = computeEntryProgress(
      [{ teacherId: 5, classId: 1, subjectId: 10, requiredRegular: 4, studentIds: [1, 2, 3] }],
      grades,
      [],
      '2026-11-01',
    )
    expect(row).toEqual({
      teacherId: 5,
      classId: 1,
      subjectId: 10,
      required: 18,
      entered: 9,
      enteredThisMonth: 0,
      percent: 50,
    })
  })

  it('percent rounds half up in whole numbers; an empty sheet is complete', () => {
    const grades = [grade(1, 1, { regular: ['8'] })]
    expect(
      computeEntryProgress(
        [{ teacherId: 5, classId: 1, subjectId: 10, requiredRegular: 6, studentIds: [1] }],
        grades,
        [],
        '2026-11-01',
      )[0]!.percent,
    ).toBe(13) // 1/8 = 12.5 %
    expect(
      computeEntryProgress(
        [{ teacherId: 5, classId: 1, subjectId: 10, requiredRegular: 2, studentIds: [] }],
        [],
        [],
        '2026-11-01',
      )[0],
    ).toMatchObject({ required: 0, percent: 100 })
  })

  it('this month: cells that went from empty to a value since the month started, not corrections', () => {
    const grades = [grade(1, 1, { regular: ['8', '7'], midterm: '6' }), grade(2, 99, { regular: ['5'] })]
    const changes = [
      { gradeId: 2, at: '2026-11-05T03:00:00.000Z', before: { regular: null }, after: { regular: ['5'] } },
      {
        gradeId: 1,
        at: '2026-10-20T03:00:00.000Z',
        before: { regular: null, midterm: null },
        after: { regular: ['8'] },
      },
      { gradeId: 1, at: '2026-11-02T03:00:00.000Z', before: { regular: ['8'] }, after: { regular: ['8', '7'] } },
      { gradeId: 1, at: '2026-11-03T03:00:00.000Z', before: { midterm: null }, after: { midterm: '5' } },
      { gradeId: 1, at: '2026-11-04T03:00:00.000Z', before: { midterm: '5' }, after: { midterm: '6' } },
    ]
    const [row] = computeEntryProgress(
      [{ teacherId: 5, classId: 1, subjectId: 10, requiredRegular: 2, studentIds: [1] }],
      grades,
      changes,
      '2026-11-01T00:00:00.000Z',
    )
    expect(row).toMatchObject({ entered: 3, enteredThisMonth: 2 })
  })

  it('cellChanges tells entered cells from changed ones', () => {
    expect(
      cellChanges({ before: { regular: ['8', null], midterm: '7' }, after: { regular: ['9', '6'], midterm: '7' } }),
    ).toEqual({ entered: 1, changed: 1 })
    expect(cellChanges({ before: { final: '5' }, after: { final: null } })).toEqual({ entered: 0, changed: 1 })
  })

  it('the stored mask of filled regular cells counts what enteredCells counts', () => {
    expect(filledRegularMask(['8', '', null, ' ', '6.5', 7])).toBe(0b10001)
    expect(filledRegularMask(null)).toBe(0)
    expect(filledRegularMask('8')).toBe(0)
    const cells: Array<Array<string | null>> = [[], ['8'], ['8', null, '9'], [null, '7', '6', '5', '4'], ['', ' ', '1']]
    for (const regular of cells)
      for (const required of [0, 1, 2, 3, 4])
        expect(requiredRegularFilled(filledRegularMask(regular), required)).toBe(
          enteredCells(grade(1, 1, { regular }), required),
        )
  })

  it('an audit entry of a grade as the domain’s change: a create enters, an update changes', () => {
    const create = changeOfEntry([
      { field: 'regular', old: null, new: ['8', '7'] },
      { field: 'midterm', old: null, new: '6' },
      { field: 'average', old: null, new: '7.0' },
    ])
    expect(cellChanges(create)).toEqual({ entered: 3, changed: 0 })
    const update = changeOfEntry([
      { field: 'regular', old: ['8', '7'], new: ['9', '7', '5'] },
      { field: 'revision', old: 1, new: 2 },
    ])
    expect(cellChanges(update)).toEqual({ entered: 1, changed: 1 })
    expect(cellChanges(changeOfEntry(null))).toEqual({ entered: 0, changed: 0 })
  })
})

describe('grade anomalies', () => {
  const thresholdDoc = DEFAULT_ANOMALY_THRESHOLDS
  it('defaults: 1.5 points from the school’s average, 3 changes, a jump of more than 4 points', () => {
    expect(thresholdDoc).toEqual({ classAverageGap: 15, minClassAverages: 5, manyChanges: 3, termJump: 40 })
  })

  it('flags a class whose subject average is 1.5 points or more from the school’s', () => {
    const classA = [1, 2, 3, 4, 5].map((s) => grade(s, s, { classId: 1, average: '8.5' }))
    const classB = [6, 7, 8, 9, 10].map((s) => grade(s, s, { classId: 2, average: '5.5' }))
    const classC = [11, 12, 13, 14, 15].map((s) => grade(s, s, { classId: 3, average: '7' }))
    const few = [grade(16, 16, { classId: 4, average: '1' })]
    const comment = [grade(17, 17, { classId: 5, subjectId: 11, average: 'D' })]
    const found = findGradeAnomalies([...classA, ...classB, ...classC, ...few, ...comment], [], [])
    // School: (5×85 + 5×55 + 5×70 + 10) / 16 = 66.25 → 66; A is 19 above, B 11 below, C 4 above.
    expect(found).toEqual([{ kind: 'class-average', classId: 1, subjectId: 10, classAverage: 85, schoolAverage: 66 }])
  })

  it('flags a grade whose entered values were changed 3 times or more', () => {
    const g = grade(1, 1, { midterm: '8' })
    const change = (from: string | null, to: string) => ({
      gradeId: 1,
      at: '2026-11-01',
      before: { midterm: from },
      after: { midterm: to },
    })
    expect(findGradeAnomalies([g], [change(null, '5'), change('5', '6'), change('6', '7')], [])).toEqual([])
    expect(
      findGradeAnomalies([g], [change(null, '5'), change('5', '6'), change('6', '7'), change('7', '8')], []),
    ).toEqual([{ kind: 'many-changes', gradeId: 1, studentId: 1, classId: 1, subjectId: 10, changes: 3 }])
  })

  it('flags a jump of more than 4 points between terms, not exactly 4', () => {
    const now = [grade(1, 1, { average: '9.1' }), grade(2, 2, { average: '9' }), grade(3, 3, { average: '3' })]
    const before = [
      { studentId: 1, subjectId: 10, average: '5' },
      { studentId: 2, subjectId: 10, average: '5' },
      { studentId: 3, subjectId: 10, average: 'D' },
    ]
    expect(findGradeAnomalies(now, [], before)).toEqual([
      { kind: 'term-jump', studentId: 1, classId: 1, subjectId: 10, previous: 50, current: 91 },
    ])
  })
})

describe('terms of an attendance month', () => {
  const terms = [
    { id: 1, term: 'I' },
    { id: 2, term: 'II' },
  ]
  it('without dates: August–December is term I, January–July term II', () => {
    expect(termsOfMonth('2026-09', terms).map((t) => t.id)).toEqual([1])
    expect(termsOfMonth('2026-12', terms).map((t) => t.id)).toEqual([1])
    expect(termsOfMonth('2027-01', terms).map((t) => t.id)).toEqual([2])
  })
  it('with dates: every term the month overlaps', () => {
    const dated = [
      { id: 1, term: 'I', startDate: '2026-09-05T00:00:00.000Z', endDate: '2027-01-15T00:00:00.000Z' },
      { id: 2, term: 'II', startDate: '2027-01-18', endDate: '2027-05-31' },
    ]
    expect(termsOfMonth('2027-01', dated).map((t) => t.id)).toEqual([1, 2])
    expect(termsOfMonth('2027-02', dated).map((t) => t.id)).toEqual([2])
    expect(termsOfMonth('2026-08', dated)).toEqual([])
  })
})
