import { describe, expect, it } from 'vitest'

import { composeResultsMessage, formatTenthsVi, monthLabel, sumAttendance, termMonths } from '@/domain/messages/results'

describe('results message text', () => {
  it('writes tenths as Vietnamese decimals', () => {
    expect(formatTenthsVi(82)).toBe('8,2')
    expect(formatTenthsVi(80)).toBe('8,0')
    expect(formatTenthsVi(100)).toBe('10,0')
    expect(formatTenthsVi(5)).toBe('0,5')
  })

  const summary = {
    studentName: 'Nguyễn Văn An',
    className: '6A1',
    periodLabel: 'học kỳ I năm học 2026-2027',
    subjects: [
      { name: 'Toán', kind: 'score' as const, average: '8.2' },
      { name: 'Ngữ văn', kind: 'score' as const, average: '7' },
      { name: 'Tin học', kind: 'score' as const, average: null },
      { name: 'Giáo dục thể chất', kind: 'comment' as const, average: 'D' },
      { name: 'Nghệ thuật', kind: 'comment' as const, average: 'CD' },
    ],
    attendance: { excused: 2, unexcused: 1 },
    conduct: { level: 'kha' as const, comment: 'Chấp hành tốt nội quy.' },
    signature: 'GVCN lớp 6A1',
  }

  it('lists each subject’s average or comment result, attendance and conduct', () => {
    const { title, body } = composeResultsMessage(summary)
    expect(title).toBe('Kết quả học tập học kỳ I năm học 2026-2027 – Nguyễn Văn An (6A1)')
    expect(body).toContain('em Nguyễn Văn An, lớp 6A1')
    expect(body).toContain('- Toán: 8,2')
    expect(body).toContain('- Ngữ văn: 7,0')
    expect(body).toContain('- Tin học: chưa đủ điểm')
    expect(body).toContain('- Giáo dục thể chất: Đạt')
    expect(body).toContain('- Nghệ thuật: Chưa đạt')
    expect(body).toContain('nghỉ có phép 2 buổi, nghỉ không phép 1 buổi')
    expect(body).toContain('Kết quả rèn luyện: Khá. Nhận xét: Chấp hành tốt nội quy.')
    expect(body.trim().endsWith('GVCN lớp 6A1')).toBe(true)
    expect(body).not.toContain('8.2')
  })

  it('says what is not entered yet and leaves conduct out when there is none', () => {
    const { body } = composeResultsMessage({ ...summary, subjects: [], attendance: null, conduct: null })
    expect(body).toContain('- Chưa có điểm.')
    expect(body).toContain('Chuyên cần: chưa có số liệu.')
    expect(body).not.toContain('rèn luyện:')
  })

  it('sums monthly attendance', () => {
    expect(sumAttendance([])).toBeNull()
    expect(
      sumAttendance([
        { excused: 1, unexcused: 0 },
        { excused: 2, unexcused: 1 },
        { excused: null, unexcused: null },
      ]),
    ).toEqual({ excused: 3, unexcused: 1 })
  })

  it('finds a term’s months from its dates, or splits the year at the new year', () => {
    const year = { startDate: '2026-09-05', endDate: '2027-05-31' }
    expect(termMonths({ term: 'I' }, year)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12'])
    expect(termMonths({ term: 'II' }, year)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05'])
    expect(termMonths({ term: 'I', startDate: '2026-09-05T00:00:00.000Z', endDate: '2027-01-15' }, year)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
    ])
    expect(monthLabel('2026-10')).toBe('tháng 10/2026')
  })
})
