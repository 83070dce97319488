import { describe, expect, it } from 'vitest'

import { type CsdlStudent, mapCsdlHeaders, parseCsdlStudent, planCsdlImport } from '@/domain/exchange/csdlStudents'
import { csdlScoreLayout } from '@/domain/exchange/csdlScores'
import { cellsOf, headersOf } from '@/domain/exchange/layout'

const student = (over: Partial<CsdlStudent> = {}): CsdlStudent => ({
  nationalStudentId: '7900000001',
  fullName: 'Nguyễn Văn A',
  dateOfBirth: '2014-05-12',
  gender: 'male',
  guardians: [],
  ...over,
})

describe('CSDL student list', () => {
  it('finds the columns by any of their spellings, and names the missing required ones', () => {
    const { columns, missing } = mapCsdlHeaders(['', 'STT', 'Mã HS', 'Họ tên học sinh', 'Giới tính'])
    expect(columns).toMatchObject({ nationalStudentId: 2, fullName: 3, gender: 4 })
    expect(missing).toEqual(['Ngày sinh'])
  })

  it('reads a row, guardians from the father, mother and guardian columns', () => {
    const parsed = parseCsdlStudent(5, {
      nationalStudentId: '7900000001',
      fullName: 'Nguyễn Văn A',
      dateOfBirth: '12/05/2014',
      gender: 'Nam',
      fatherName: 'Nguyễn Văn B',
      fatherPhone: '0901 234 567',
    })
    expect(parsed.student).toMatchObject({ dateOfBirth: '2014-05-12', gender: 'male' })
    expect(parsed.student!.guardians).toEqual([{ name: 'Nguyễn Văn B', relationship: 'Cha', phone: '0901234567' }])
    const bad = parseCsdlStudent(6, {
      nationalStudentId: '12',
      fullName: 'X',
      dateOfBirth: '31/02/2014',
      gender: 'Nam',
    })
    expect(bad.errors.map((e) => e.column)).toEqual(['Mã học sinh', 'Ngày sinh'])
  })

  it('plans creates, updates, unchanged rows and conflicts, matching by id only', () => {
    const existing = new Map([
      [
        '7900000002',
        {
          id: 2,
          nationalStudentId: '7900000002',
          fullName: 'Lê B',
          dateOfBirth: '2014-01-01T00:00:00.000Z',
          values: { nationalStudentId: '7900000002', fullName: 'Lê B', gender: 'male' as const, guardians: [] },
        },
      ],
    ])
    const plan = planCsdlImport(
      [
        { row: 2, student: student() },
        { row: 3, student: student({ nationalStudentId: '7900000002', fullName: 'Lê B', dateOfBirth: '2014-01-01' }) },
        { row: 4, student: student() },
      ],
      existing,
    )
    expect(plan.creates.map((c) => c.row)).toEqual([2])
    expect(plan.unchanged).toEqual([{ row: 3, id: 2 }])
    expect(plan.conflicts.map((c) => [c.row, c.column])).toEqual([[4, 'Mã học sinh']])
    const other = planCsdlImport(
      [{ row: 2, student: student({ nationalStudentId: '7900000002', dateOfBirth: '2014-01-02' }) }],
      existing,
    )
    expect(other.conflicts.map((c) => [c.row, c.column])).toEqual([[2, 'Ngày sinh']])
    expect(other.creates).toEqual([])
  })
})

describe('CSDL score layout', () => {
  it('writes one column per regular assessment and decimals with a comma', () => {
    const layout = csdlScoreLayout(2)
    expect(headersOf(layout)).toEqual([
      'STT',
      'Mã học sinh',
      'Họ và tên',
      'Ngày sinh',
      'ĐĐGtx1',
      'ĐĐGtx2',
      'ĐĐGgk',
      'ĐĐGck',
      'ĐTBmhk',
      'Nhận xét',
    ])
    const [row] = cellsOf(layout, [
      {
        nationalStudentId: null,
        studentCode: '079214000001',
        fullName: 'A',
        dateOfBirth: '2014-05-12',
        regular: ['7.5'],
        midterm: '8',
        final: '9',
        average: '8.4',
        comment: null,
      },
    ])
    expect(row).toEqual([1, '079214000001', 'A', '12/05/2014', '7,5', null, '8', '9', '8,4', null])
  })
})
