import { describe, expect, it } from 'vitest'

import { printCell, transcriptSections } from '@/domain/books/books'
import {
  checkSummerScores,
  classStatus,
  deriveYearEndRecord,
  retakeSubjects,
  summerListOf,
  summerMissing,
  type SubjectTerms,
} from '@/domain/grading'

const subjects = (level: string, comment: 'D' | 'CD' = 'D'): SubjectTerms[] => [
  ...['NV', 'TOAN', 'NN', 'GDCD', 'LSDL', 'KHTN', 'CN', 'TIN'].map((code) => ({
    code,
    kind: 'score' as const,
    termI: level,
    termII: level,
  })),
  { code: 'GDTC', kind: 'comment', termI: comment, termII: comment },
]

const base = {
  grade: 7,
  trainingTermI: 'dat' as const,
  trainingTermII: 'dat' as const,
  absentSessions: 3,
  summerList: null,
  summerResults: null,
  summerTraining: null,
}

describe('year-end lifecycle (pure)', () => {
  it('the class’s status is its earliest student’s', () => {
    expect(classStatus([])).toBe('draft')
    expect(classStatus(['closed', 'approved'])).toBe('approved')
    expect(classStatus(['proposed', 'proposed'])).toBe('proposed')
    expect(classStatus(['closed', 'closed'])).toBe('closed')
  })

  it('the summer list from the outcome, and what is still owed', () => {
    expect(summerListOf('promoted', null)).toBeNull()
    expect(summerListOf('summer-reassessment', ['TOAN'])).toEqual({ training: false, subjects: ['TOAN'] })
    expect(summerListOf('summer-training', null, 'dat')).toEqual({ training: true, subjects: [] })
    const year = [
      { code: 'TOAN', kind: 'score', year: '4.9' },
      { code: 'NV', kind: 'score', year: '5.0' },
      { code: 'GDTC', kind: 'comment', year: 'CD' },
    ]
    expect(retakeSubjects(year)).toEqual(['TOAN', 'GDTC'])
    expect(summerListOf('summer-training', null, 'chua-dat', year)).toEqual({
      training: true,
      subjects: ['TOAN', 'GDTC'],
    })
    const list = { training: true, subjects: ['TOAN', 'GDTC'] }
    expect(summerMissing(list, { TOAN: '6' }, null)).toEqual(['GDTC', 'training'])
    expect(summerMissing(list, { TOAN: '6', GDTC: 'D' }, 'dat')).toEqual([])
    expect(summerMissing(null, null, null)).toEqual([])
  })

  it('summer scores: listed students only, 0–10 with one decimal; every error named', () => {
    const lists = new Map([
      ['1', { name: 'Trần Văn Bình', list: { training: false, subjects: ['TOAN'] } }],
      ['2', { name: 'Nguyễn Thị Ánh', list: null }],
    ])
    const toan = { code: 'TOAN', name: 'Toán', kind: 'score' as const }
    expect(checkSummerScores(toan, { '1': '6.5' }, lists)).toEqual({ values: { '1': '6.5' }, errors: [] })
    for (const bad of ['10.5', '6.55', '-1', 'Đ', ''])
      expect(checkSummerScores(toan, { '1': bad }, lists).errors[0]!.message, bad).toContain('Trần Văn Bình')
    expect(checkSummerScores(toan, { '2': '7' }, lists).errors[0]!.message).toContain('Nguyễn Thị Ánh')
    expect(checkSummerScores(toan, { '9': '7' }, lists).errors).toHaveLength(1)
  })
})

describe('year-end record: re-assessment replaces the year results and recomputes outcome and title', () => {
  it('learning Chưa đạt → summer re-assessment; passing scores promote, failing ones keep back', () => {
    const low = deriveYearEndRecord({ ...base, subjects: subjects('3.0', 'CD') })
    expect(low.ok && low.record.outcome).toBe('summer-reassessment')
    const list = { training: false, subjects: low.ok ? low.record.reassessmentSubjects! : [] }
    expect(list.subjects).toContain('TOAN')
    expect(list.subjects).toContain('GDTC')
    const pass = Object.fromEntries(list.subjects.map((c) => [c, c === 'GDTC' ? 'D' : '6.5']))
    const partial = deriveYearEndRecord({
      ...base,
      subjects: subjects('3.0', 'CD'),
      summerList: list,
      summerResults: { TOAN: '6.5' },
    })
    expect(partial.ok && partial.record.outcome).toBe('summer-reassessment')
    const passed = deriveYearEndRecord({
      ...base,
      subjects: subjects('3.0', 'CD'),
      summerList: list,
      summerResults: pass,
    })
    expect(passed.ok && passed.record).toMatchObject({ outcome: 'promoted', learning: 'kha', title: null })
    expect(passed.ok && passed.record.subjects.find((s) => s.code === 'TOAN')!.year).toBe('6.5')
    const fail = Object.fromEntries(list.subjects.map((c) => [c, c === 'GDTC' ? 'CD' : '3']))
    const failed = deriveYearEndRecord({
      ...base,
      subjects: subjects('3.0', 'CD'),
      summerList: list,
      summerResults: fail,
    })
    expect(failed.ok && failed.record.outcome).toBe('kept-back')
  })

  it('summer training; grade 9 completes; titles; a bad summer cell is named', () => {
    const training = {
      ...base,
      subjects: subjects('7.0'),
      trainingTermI: 'chua-dat' as const,
      trainingTermII: 'chua-dat' as const,
    }
    const before = deriveYearEndRecord(training)
    expect(before.ok && before.record.outcome).toBe('summer-training')
    const after = deriveYearEndRecord({
      ...training,
      summerList: { training: true, subjects: [] },
      summerTraining: 'dat',
    })
    expect(after.ok && after.record).toMatchObject({ outcome: 'promoted', training: 'dat' })
    const nine = deriveYearEndRecord({
      ...base,
      grade: 9,
      subjects: subjects('9.5'),
      trainingTermI: 'tot',
      trainingTermII: 'tot',
    })
    expect(nine.ok && nine.record).toMatchObject({ outcome: 'completed', title: 'xuat-sac' })
    const bad = deriveYearEndRecord({ ...base, subjects: subjects('7.0'), summerResults: { TOAN: '12' } })
    expect(bad).toMatchObject({ ok: false, path: 'summerResults.TOAN' })
  })
})

describe('books (pure)', () => {
  it('prints cells the Vietnamese way and the transcript’s sections', () => {
    expect([printCell('8.3'), printCell('D'), printCell('CD'), printCell(null), printCell('10')]).toEqual([
      '8,3',
      'Đ',
      'CĐ',
      '',
      '10',
    ])
    const sections = transcriptSections({
      student: { fullName: 'Trần Thị Ánh', studentCode: '79', dateOfBirth: '2013-04-12', gender: 'female' },
      className: '9A1',
      yearName: '2025-2026',
      homeroomTeacher: 'Cô Văn',
      subjects: [{ name: 'Toán', termI: '8.0', termII: '9.0', year: '8.7', comment: 'Giỏi.', teacher: 'Thầy Toán' }],
      result: {
        outcome: 'completed',
        title: 'gioi',
        subjectNames: {},
        confirmedBy: 'Hiệu trưởng A',
        confirmedAt: '2026-08-10',
      },
    })
    const text = JSON.stringify(sections)
    for (const piece of [
      'Trần Thị Ánh',
      '8,7',
      'Giỏi.',
      'Hoàn thành chương trình THCS',
      'Học sinh Giỏi',
      'Hiệu trưởng A',
      '10/08/2026',
    ])
      expect(text).toContain(piece)
  })
})
