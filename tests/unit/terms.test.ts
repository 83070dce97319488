import { describe, expect, it } from 'vitest'

import { vietnamDate, vietnamDay, vietnamMonth } from '@/domain/calendar'
import { termUnderWay } from '@/domain/structure/terms'

describe('termUnderWay', () => {
  const now = new Date('2026-12-03T08:00:00.000Z')
  it('is the open term whose dates hold today', () => {
    const terms = [
      { id: 1, term: 'I', status: 'open', startDate: '2026-09-05T00:00:00.000Z', endDate: '2027-01-10T00:00:00.000Z' },
      { id: 2, term: 'II', status: 'open', startDate: '2027-01-11T00:00:00.000Z', endDate: '2027-05-31T00:00:00.000Z' },
    ]
    expect(termUnderWay(terms, now)?.id).toBe(1)
    expect(termUnderWay(terms, new Date('2027-02-01T00:00:00.000Z'))?.id).toBe(2)
  })
  it('else the first open one, I before II, whatever the order given', () => {
    const second = { id: 4, term: 'II', status: 'open' }
    expect(termUnderWay([second, { id: 3, term: 'I', status: 'open' }], now)?.id).toBe(3)
    expect(termUnderWay([second, { id: 3, term: 'I', status: 'locked' }], now)?.id).toBe(4)
  })
  it('is none when no term is open', () => {
    expect(termUnderWay([{ id: 3, term: 'I', status: 'locked' }], now)).toBeUndefined()
  })
})

describe("Vietnam's calendar", () => {
  it('counts days and months on the school’s clock (UTC+7), whatever the server’s zone', () => {
    expect(vietnamDay('2026-11-30T16:59:59.000Z')).toBe('2026-11-30')
    expect(vietnamDay('2026-11-30T17:00:00.000Z')).toBe('2026-12-01')
    expect(vietnamMonth(new Date('2026-11-30T17:00:00.000Z'))).toBe('2026-12')
    expect(vietnamDate('2026-12-31T17:30:00.000Z')).toBe('01/01/2027')
  })
})
