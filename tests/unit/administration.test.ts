import { describe, expect, it } from 'vitest'

import { availableQuantity, stockDifference } from '@/domain/assets/stock'
import { isOverdue, outgoingSymbol, registerYear } from '@/domain/documents/numbering'
import { deliveryStatus, recipientsFor } from '@/domain/messages/delivery'

describe('document numbering (Nghị định 30/2020)', () => {
  it.each([
    [12, 'QD', '12/QĐ-THCSHG'],
    [3, 'TB', '03/TB-THCSHG'],
    [7, 'TTr', '07/TTr-THCSHG'],
    [120, 'cong-van', '120/THCSHG'],
    [1, 'unknown', '01/THCSHG'],
  ])('%i, %s → %s', (number, type, expected) => {
    expect(outgoingSymbol(number, type, 'THCSHG')).toBe(expected)
  })

  it('counts the year in Vietnam’s time (UTC+7)', () => {
    expect(registerYear('2026-12-31T16:59:59.000Z')).toBe(2026)
    expect(registerYear('2026-12-31T17:00:00.000Z')).toBe(2027)
    expect(registerYear(new Date('2027-01-01T00:00:00.000Z'))).toBe(2027)
  })

  it('flags incoming documents past their deadline and not done', () => {
    const now = new Date('2026-11-28T00:00:00.000Z')
    expect(isOverdue({ direction: 'incoming', deadline: '2026-11-27', status: 'in-progress' }, now)).toBe(true)
    expect(isOverdue({ direction: 'incoming', deadline: '2026-11-27', status: 'done' }, now)).toBe(false)
    expect(isOverdue({ direction: 'incoming', deadline: '2026-11-29', status: 'assigned' }, now)).toBe(false)
    expect(isOverdue({ direction: 'incoming', deadline: null, status: 'received' }, now)).toBe(false)
    expect(isOverdue({ direction: 'outgoing', deadline: '2020-01-01', status: 'received' }, now)).toBe(false)
  })
})

describe('stock', () => {
  it('lends only what is left and measures stock-take differences', () => {
    expect(availableQuantity(6, [1, 2])).toBe(3)
    expect(availableQuantity(2, [])).toBe(2)
    expect(availableQuantity(1, [1, 1])).toBe(-1)
    expect(stockDifference(40, 39)).toBe(-1)
    expect(stockDifference(12, 12)).toBe(0)
  })
})

describe('message delivery', () => {
  const addressOf = (g: { email?: string | null }) => g.email || null

  it('one recipient per guardian; no address and no guardian are kept as no-address', () => {
    const rows = recipientsFor(
      [
        {
          id: 1,
          guardians: [
            { name: 'Cha', email: 'cha@x.test' },
            { name: 'Mẹ', phone: '09' },
          ],
        },
        { id: 2, guardians: [] },
      ],
      addressOf,
    )
    expect(rows.map((r) => [r.student, r.guardianName, r.address, r.status])).toEqual([
      [1, 'Cha', 'cha@x.test', 'pending'],
      [1, 'Mẹ', null, 'no-address'],
      [2, '', null, 'no-address'],
    ])
  })

  it.each([
    [['sent', 'sent'], 'sent'],
    [['sent', 'no-address'], 'partially-sent'],
    [['sent', 'failed'], 'partially-sent'],
    [['failed', 'no-address'], 'failed'],
    [['no-address'], 'failed'],
    [['pending', 'sent'], 'queued'],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(deliveryStatus(statuses.map((status) => ({ status })))).toBe(expected)
  })
})
