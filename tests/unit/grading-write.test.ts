import { describe, expect, it } from 'vitest'

import {
  cellsChanged,
  cellText,
  columnOfPath,
  gradeFactsErrors,
  isGradeLocked,
  normalizeGradeCells,
  sheetColumns,
  type GradeWriteFacts,
} from '@/domain/grading'

const facts: GradeWriteFacts = {
  kind: 'score',
  requiredRegular: 4,
  classGrade: 7,
  classYear: 1,
  termYear: 1,
  termStatus: 'open',
  subjectName: 'Toán',
}

describe('one grade write: the rules both the sheet and single documents use', () => {
  it('normalises scores and comments; blank comments are none', () => {
    const { cells, errors } = normalizeGradeCells(
      { regular: ['8', '7,5', ''], midterm: 7, final: null, comment: '  Tốt  ', yearComment: '   ' },
      'score',
      4,
    )
    expect(errors).toEqual([])
    expect(cells).toEqual({
      regular: ['8', '7.5'],
      midterm: '7',
      final: null,
      comment: 'Tốt',
      yearComment: null,
    })
  })

  it('names each bad cell, comments over 500 characters included', () => {
    const { errors } = normalizeGradeCells({ final: '7.25', comment: 'x'.repeat(501), yearComment: 5 }, 'score', 4)
    expect(errors.map((e) => e.path)).toEqual(['final', 'comment', 'yearComment'])
  })

  it('facts: term of another year, subject not taught in the grade', () => {
    expect(gradeFactsErrors(facts)).toEqual([])
    expect(gradeFactsErrors({ ...facts, termYear: 2 })[0]!.path).toBe('term')
    expect(gradeFactsErrors({ ...facts, requiredRegular: 0 })[0]!.message).toContain('không dạy ở khối 7')
    expect(gradeFactsErrors(null)[0]!.path).toBe('subject')
  })

  it('locks: the grade, the term status, a lock scope', () => {
    const open = { storedLocked: false, termStatus: 'open', lockCovered: false }
    expect(isGradeLocked(open)).toBe(false)
    expect(isGradeLocked({ ...open, storedLocked: true })).toBe(true)
    expect(isGradeLocked({ ...open, termStatus: 'locked' })).toBe(true)
    expect(isGradeLocked({ ...open, lockCovered: true })).toBe(true)
  })

  it('an unchanged row is recognised (no write, no audit)', () => {
    const stored = { regular: ['8'], midterm: '7', final: null, comment: null, yearComment: null }
    const same = { regular: ['8'], midterm: '7', final: null, comment: null, yearComment: null }
    expect(cellsChanged(same, stored)).toBe(false)
    expect(cellsChanged({ ...same, comment: 'x' }, stored)).toBe(true)
    expect(cellsChanged(same, null)).toBe(true)
    // No grade yet and nothing typed: no change (a blank row makes no empty grade).
    const blank = { regular: [null, null], midterm: null, final: null, comment: null, yearComment: null }
    expect(cellsChanged(blank, null)).toBe(false)
    expect(cellsChanged({ ...blank, comment: 'Chăm chỉ' }, null)).toBe(true)
  })
})

describe('the sheet as a workbook', () => {
  it('columns and the column of an error path', () => {
    expect(sheetColumns(2).map((c) => c.header)).toEqual([
      'Mã học sinh',
      'Họ và tên',
      'TX1',
      'TX2',
      'GK',
      'CK',
      'Nhận xét',
    ])
    expect([columnOfPath('regular.2'), columnOfPath('final'), columnOfPath('comment')]).toEqual([
      'TX3',
      'CK',
      'Nhận xét',
    ])
  })

  it('reads values, refuses formulas and dates', () => {
    expect(cellText(7.5)).toEqual({ ok: true, text: '7.5' })
    expect(cellText(' 8 ')).toEqual({ ok: true, text: '8' })
    expect(cellText(null)).toEqual({ ok: true, text: null })
    expect(cellText({ formula: 'A1+1', result: 2 }).ok).toBe(false)
    expect(cellText(new Date()).ok).toBe(false)
    expect(cellText({ richText: [{ text: 'Đ' }] })).toEqual({ ok: true, text: 'Đ' })
  })
})
