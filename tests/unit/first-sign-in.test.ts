import { describe, expect, it } from 'vitest'

import { identityOf, phoneCodeKey, sameNameKey } from '@/domain/portal/firstSignIn'
import { isPlaceholderEmail, placeholderEmail } from '@/domain/portal/invite'
import { hashSignInCode } from '@/domain/portal/signInCode'
import { canonicalPhone } from '@/domain/students/phone'

const entry = (studentId: number, name: string, phone: string | null, entryId = `e${studentId}`) => ({
  studentId,
  entryId,
  name,
  relationship: 'Mẹ',
  phone,
})

describe('first sign-in by phone', () => {
  it('compares phones in one form, however they were typed', () => {
    expect(canonicalPhone('0912 345 678')).toBe('0912345678')
    expect(canonicalPhone('+84 912.345-678')).toBe('0912345678')
    expect(canonicalPhone('12345')).toBeNull()
    expect(canonicalPhone(42)).toBeNull()
  })

  it('finds the one person a phone names, on every child of theirs', () => {
    const identity = identityOf(
      [
        entry(1, 'Trần Thị  Mai', '+84 351 234 567'),
        entry(2, 'trần thị mai', '0351234567'),
        entry(3, 'Lê Văn Tư', '0351234568'),
      ],
      '0351234567',
    )
    expect(identity?.name).toBe('Trần Thị Mai')
    expect(identity?.entries.map((e) => e.studentId)).toEqual([1, 2])
  })

  it('names nobody when the phone is unknown or carries two different names', () => {
    expect(identityOf([entry(1, 'Trần Thị Mai', '0351234567')], '0351234599')).toBeNull()
    expect(
      identityOf([entry(1, 'Trần Thị Mai', '0351234567'), entry(2, 'Lê Văn Tư', '0351234567')], '0351234567'),
    ).toBeNull()
    expect(identityOf([entry(1, 'Trần Thị Mai', null)], '0351234567')).toBeNull()
  })

  it('keeps names equal across Unicode forms (composed and decomposed Vietnamese)', () => {
    expect(sameNameKey('Trần Thị Mai')).toBe(sameNameKey('Trần Thị Mai'.normalize('NFD')))
  })

  it('keys a pending code by the phone, never colliding with an account id', () => {
    expect(hashSignInCode('123456', phoneCodeKey('0351234567'), 's')).not.toBe(hashSignInCode('123456', 351234567, 's'))
  })

  it('gives a first-sign-in account an undeliverable, unguessable placeholder e-mail', () => {
    const a = placeholderEmail()
    expect(a).toMatch(/^phu-huynh-[0-9a-f]{24}@chua-co-thu\.invalid$/)
    expect(placeholderEmail()).not.toBe(a)
    expect(isPlaceholderEmail(a.toUpperCase())).toBe(true)
    expect(isPlaceholderEmail('phuhuynh@haugiang.test')).toBe(false)
  })
})
