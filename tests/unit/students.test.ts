import { describe, expect, it } from 'vitest'

import { bodyMassIndex } from '@/domain/health/bmi'
import { ageOn, checkDateOfBirth, schoolYearStartOf } from '@/domain/students/age'
import { inClassListOrder } from '@/domain/students/classListOrder'
import { consentsToPublication } from '@/domain/students/consent'
import { transitionError } from '@/domain/students/enrolment-transition'
import { isVietnamesePhone } from '@/domain/students/phone'

const today = new Date('2026-11-28T10:00:00Z')

describe('age on 5 September', () => {
  it('counts whole years up to the school start of the current year', () => {
    expect(schoolYearStartOf(today).toISOString().slice(0, 10)).toBe('2026-09-05')
    expect(ageOn(new Date('2015-09-05'), new Date('2026-09-05'))).toBe(11)
    expect(ageOn(new Date('2015-09-06'), new Date('2026-09-05'))).toBe(10)
  })

  it('accepts 10–17, warns outside 11–15, refuses the rest and future dates', () => {
    expect(checkDateOfBirth('2013-01-01', today)).toEqual({ error: null, warning: null, age: 13 })
    expect(checkDateOfBirth('2015-12-01', today).warning).toMatch(/10/)
    expect(checkDateOfBirth('2015-12-01', today).error).toBeNull()
    expect(checkDateOfBirth('2009-01-01', today).warning).toMatch(/17/)
    expect(checkDateOfBirth('2016-12-01', today).error).toMatch(/từ 10 đến 17/)
    expect(checkDateOfBirth('2008-01-01', today).error).toMatch(/18/)
    expect(checkDateOfBirth('2027-01-01', today).error).toMatch(/tương lai/)
    expect(checkDateOfBirth('không phải ngày', today).error).toMatch(/không hợp lệ/)
    expect(checkDateOfBirth(null, today).error).toBeTruthy()
  })
})

describe('Vietnamese phone numbers', () => {
  it.each(['0901234567', '090 123 4567', '0912-345-678', '+84901234567'])('accepts %s', (phone) => {
    expect(isVietnamesePhone(phone)).toBe(true)
  })
  it.each(['090123456', '09012345678', '1901234567', '+8490123456', '+840901234567', '0001234567', 'abc', ''])(
    'refuses %s',
    (phone) => {
      expect(isVietnamesePhone(phone)).toBe(false)
    },
  )
})

describe('publication consent', () => {
  it('needs the guardian and, from age 7, the child', () => {
    expect(consentsToPublication({ guardianConsent: true, studentConsent: true }, '2013-01-01', today)).toBe(true)
    expect(consentsToPublication({ guardianConsent: true, studentConsent: false }, '2013-01-01', today)).toBe(false)
    expect(consentsToPublication({ guardianConsent: false, studentConsent: true }, '2013-01-01', today)).toBe(false)
    expect(consentsToPublication({ guardianConsent: true }, '2021-01-01', today)).toBe(true)
    expect(consentsToPublication({ guardianConsent: true }, null, today)).toBe(false)
    expect(consentsToPublication(null, '2013-01-01', today)).toBe(false)
  })
})

describe('BMI', () => {
  it('is kg/m² to one decimal, null without measures', () => {
    expect(bodyMassIndex(150, 45)).toBe(20)
    expect(bodyMassIndex(162, 50)).toBe(19.1)
    expect(bodyMassIndex(null, 50)).toBeNull()
    expect(bodyMassIndex(150, 0)).toBeNull()
    expect(bodyMassIndex(Number.NaN, 40)).toBeNull()
  })
})

describe('enrolment transitions', () => {
  it('a seat needs no other seat that year', () => {
    expect(transitionError(null, { status: 'studying', classId: 1 })).toBeNull()
    expect(
      transitionError({ status: 'transferred-out', classId: 1 }, { status: 'transferred-in', classId: 2 }),
    ).toBeNull()
    expect(transitionError({ status: 'studying', classId: 1 }, { status: 'studying', classId: 2 })?.path).toBe(
      'student',
    )
  })
  it('leaving needs a seat in that class', () => {
    expect(transitionError({ status: 'studying', classId: 1 }, { status: 'transferred-out', classId: 1 })).toBeNull()
    expect(transitionError({ status: 'studying', classId: 1 }, { status: 'dropped-out', classId: 2 })?.path).toBe(
      'status',
    )
    expect(transitionError(null, { status: 'dropped-out', classId: 1 })?.path).toBe('status')
    expect(transitionError({ status: 'dropped-out', classId: 1 }, { status: 'dropped-out', classId: 1 })?.path).toBe(
      'status',
    )
  })
})

describe('health history chart', () => {
  it('scales each series into the box, oldest first', async () => {
    const { chartPoints } = await import('@/domain/health/history')
    const history = [
      { checkDate: '2025-10-01', heightCm: 140, weightKg: 35, bmi: 17.9 },
      { checkDate: '2026-10-01', heightCm: 150, weightKg: null, bmi: 19 },
    ]
    expect(chartPoints(history, 'heightCm', 100, 50, 10)).toEqual([
      { x: 10, y: 40, value: 140 },
      { x: 90, y: 10, value: 150 },
    ])
    expect(chartPoints(history, 'weightKg', 100, 50, 10)).toEqual([{ x: 10, y: 40, value: 35 }])
    expect(chartPoints([], 'bmi', 100, 50)).toEqual([])
  })
})

describe('roll-over plan', () => {
  it('promotes, repeats, graduates from the final outcomes; reports missing classes, overflow and open classes', async () => {
    const { nextClassName, planRollover } = await import('@/domain/students/rollover')
    expect(nextClassName('7A1')).toBe('8A1')
    expect(nextClassName('9A1')).toBeNull()
    const seats = [
      { studentId: 1, className: '6A1', grade: 6, outcome: 'promoted' },
      { studentId: 2, className: '6A1', grade: 6, outcome: 'promoted' },
      { studentId: 3, className: '9A1', grade: 9, outcome: 'completed' },
      { studentId: 4, className: '8A3', grade: 8, outcome: 'promoted' },
      { studentId: 5, className: '6A1', grade: 6, outcome: 'kept-back' },
      { studentId: 6, className: '6A1', grade: 6, outcome: 'absences-over-limit' },
      { studentId: 7, className: '9A1', grade: 9, outcome: 'kept-back' },
      { studentId: 8, className: '7A2', grade: 7, outcome: null },
    ]
    const plan = planRollover(
      seats,
      [
        { id: 70, name: '7A1', grade: 7, capacity: 2, seated: 1 },
        { id: 60, name: '6A1', grade: 6, capacity: 45, seated: 0 },
      ],
      { notClosed: ['7A2'] },
    )
    expect(plan.moves.map((m) => [m.studentId, m.toClass, m.kind])).toEqual([
      [1, '7A1', 'promote'],
      [2, '7A1', 'promote'],
      [5, '6A1', 'repeat'],
      [6, '6A1', 'repeat'],
    ])
    expect(plan.graduating.map((g) => g.studentId)).toEqual([3])
    expect(plan.finishing).toBe(1)
    expect(plan.keptBack).toBe(2)
    expect(plan.problems.map((p) => p.className).sort()).toEqual(['7A1', '7A2', '9A1', '9A3'])
    expect(planRollover(seats.slice(0, 2), [], { placed: new Set(['1', '2']) })).toMatchObject({
      moves: [],
      alreadyPlaced: 2,
      problems: [],
    })
  })
})

describe('class list order', () => {
  it('orders by given name, then by the whole name, in Vietnamese alphabetical order; ties keep their order', () => {
    const names = ['Trần Thị Bình', 'Lê Văn Đức', 'Nguyễn Văn An', 'Phạm Thị Ánh', 'Hoàng Văn Dũng', 'Lê Văn An']
    const rows = [...names.map((fullName, i) => ({ fullName, i })), { fullName: 'Lê Văn An', i: 6 }]
    expect(inClassListOrder(rows, (r) => r.fullName).map((r) => `${r.fullName}#${r.i}`)).toEqual([
      'Lê Văn An#5',
      'Lê Văn An#6',
      'Nguyễn Văn An#2',
      'Phạm Thị Ánh#3',
      'Trần Thị Bình#0',
      'Hoàng Văn Dũng#4',
      'Lê Văn Đức#1',
    ])
    expect(rows.map((r) => r.i)).toEqual([0, 1, 2, 3, 4, 5, 6]) // the input is not reordered
  })
})
