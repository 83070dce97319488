import { describe, expect, it } from 'vitest'

import {
  codeExpiry,
  codeMatches,
  hashSignInCode,
  MAX_CODE_FAILURES,
  newSignInCode,
  parseCode,
} from '@/domain/portal/signInCode'

describe('one-time sign-in codes', () => {
  it('are 6 digits, leading zeros kept, and differ from one draw to the next', () => {
    const codes = Array.from({ length: 200 }, newSignInCode)
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(190)
  })

  it('are stored as a keyed hash: another secret or another account gives another hash', () => {
    const hash = hashSignInCode('012345', 7, 'secret-a')
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain('012345')
    expect(hashSignInCode('012345', 7, 'secret-b')).not.toBe(hash)
    expect(hashSignInCode('012345', 8, 'secret-a')).not.toBe(hash)
    expect(hashSignInCode('012345', 7, 'secret-a')).toBe(hash)
  })

  it('match only while stored and unexpired (5 minutes)', () => {
    const now = new Date('2026-12-02T06:00:00Z')
    const hash = hashSignInCode('123456', 1, 's')
    const expiresAt = codeExpiry(now)
    expect(expiresAt.toISOString()).toBe('2026-12-02T06:05:00.000Z')
    expect(codeMatches({ hash, expiresAt }, hash, now)).toBe(true)
    expect(codeMatches({ hash, expiresAt }, hashSignInCode('123457', 1, 's'), now)).toBe(false)
    expect(codeMatches({ hash, expiresAt }, hash, new Date('2026-12-02T06:05:00Z'))).toBe(false)
    expect(codeMatches({ hash: null, expiresAt }, hash, now)).toBe(false)
    expect(codeMatches({ hash, expiresAt: null }, hash, now)).toBe(false)
    expect(codeMatches({ hash, expiresAt }, 'zz', now)).toBe(false)
  })

  it('reads what a person types: spaces ignored, anything but 6 digits refused', () => {
    expect(parseCode(' 012 345 ')).toBe('012345')
    expect(parseCode('12345')).toBeNull()
    expect(parseCode('1234567')).toBeNull()
    expect(parseCode('12ab56')).toBeNull()
    expect(parseCode(123456)).toBeNull()
    expect(MAX_CODE_FAILURES).toBe(5)
  })
})
