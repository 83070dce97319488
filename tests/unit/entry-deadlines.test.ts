import { describe, expect, it } from 'vitest'

import {
  columnOfCell,
  deadlinePassed,
  deadlinesByColumn,
  emptyCellsOf,
  type EntryDeadline,
  overdueCells,
  passedDeadlines,
} from '@/domain/grading'
import { vietnamDate } from '@/domain/calendar'

// The admin's date picker stores a day as noon UTC of that day.
const due = (column: EntryDeadline['column'], day: string): EntryDeadline => ({
  column,
  dueDate: `${day}T12:00:00.000Z`,
})

describe('entry deadlines', () => {
  it('a deadline passes when its day is over in Vietnam (UTC+7), not before', () => {
    const deadline = due('midterm', '2026-11-13')
    expect(deadlinePassed(deadline, new Date('2026-11-13T16:59:59Z'))).toBe(false) // 23:59:59 in Hà Nội
    expect(deadlinePassed(deadline, new Date('2026-11-13T17:00:00Z'))).toBe(true) // 00:00 the next day
    expect(deadlinePassed(deadline, new Date('2026-11-12T10:00:00Z'))).toBe(false)
  })

  it('shows the due day as dd/MM/yyyy in Vietnam time, whatever the stored hour', () => {
    expect(vietnamDate('2026-11-13T12:00:00.000Z')).toBe('13/11/2026')
    expect(vietnamDate('2026-11-12T17:30:00.000Z')).toBe('13/11/2026')
  })

  it('keeps one deadline per column, the earliest', () => {
    const byColumn = deadlinesByColumn([
      due('final', '2027-01-08'),
      due('final', '2026-12-30'),
      due('regular', '2026-11-20'),
    ])
    expect(byColumn.final!.dueDate).toBe('2026-12-30T12:00:00.000Z')
    expect(byColumn.regular!.dueDate).toBe('2026-11-20T12:00:00.000Z')
    expect(byColumn.midterm).toBeUndefined()
  })

  it('counts the empty cells of a grade per column, only as many regular cells as required', () => {
    expect(emptyCellsOf(undefined, 3)).toEqual({ regular: 3, midterm: 1, final: 1 })
    expect(emptyCellsOf({ regular: ['7', ' ', '8', '9'], midterm: '6.5', final: null }, 3)).toEqual({
      regular: 1,
      midterm: 0,
      final: 1,
    })
    expect(emptyCellsOf({ regular: 'not a list', midterm: '', final: 'Đ' }, 2)).toEqual({
      regular: 2,
      midterm: 1,
      final: 0,
    })
  })

  it('overdue cells are the empty cells of the columns whose deadline passed', () => {
    const now = new Date('2026-12-02T03:00:00Z')
    const deadlines = [due('regular', '2026-11-20'), due('midterm', '2026-11-13'), due('final', '2027-01-08')]
    const passed = passedDeadlines(deadlines, now)
    expect(passed).toEqual({
      regular: deadlines[0],
      midterm: deadlines[1],
    })
    expect(overdueCells({ regular: 4, midterm: 2, final: 30 }, passed)).toEqual({
      count: 6,
      columns: ['regular', 'midterm'],
    })
    // A passed column with nothing empty is not named; no deadline at all, nothing overdue.
    expect(overdueCells({ regular: 0, midterm: 2, final: 30 }, passed)).toEqual({
      count: 2,
      columns: ['midterm'],
    })
    expect(overdueCells({ regular: 4, midterm: 2, final: 30 }, passedDeadlines([], now))).toEqual({
      count: 0,
      columns: [],
    })
  })

  it("names a sheet cell's column from its position", () => {
    expect([0, 1, 2, 3, 4].map((c) => columnOfCell(c, 3))).toEqual([
      'regular',
      'regular',
      'regular',
      'midterm',
      'final',
    ])
  })
})
