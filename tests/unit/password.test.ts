import { describe, expect, it } from 'vitest'

import { passwordAgeDays, passwordExpired, passwordProblem } from '@/domain/accounts/password'
import { toSecurityRow } from '@/domain/accounts/security-report'

describe('passwordProblem', () => {
  it('accepts ten or more characters with letters and digits', () => {
    expect(passwordProblem('HauGiang@2026')).toBeNull()
    expect(passwordProblem('abcdefghi1')).toBeNull()
    expect(passwordProblem('mậtkhẩu2026')).toBeNull()
  })
  it('refuses short, letter-only and digit-only passwords, in Vietnamese', () => {
    expect(passwordProblem('abc123')).toMatch(/ít nhất 10 ký tự/)
    expect(passwordProblem('abcdefghijkl')).toMatch(/chữ cái và chữ số/)
    expect(passwordProblem('12345678901')).toMatch(/chữ cái và chữ số/)
  })
})

describe('password age', () => {
  const now = new Date('2026-11-28T00:00:00Z')
  it('counts whole days', () => {
    expect(passwordAgeDays('2026-11-27T00:00:00Z', now)).toBe(1)
    expect(passwordAgeDays(null, now)).toBeNull()
    expect(passwordAgeDays('not a date', now)).toBeNull()
  })
  it('expires after 180 days, and when unknown', () => {
    expect(passwordExpired('2026-06-01T00:00:00Z', now)).toBe(false)
    expect(passwordExpired('2026-05-01T00:00:00Z', now)).toBe(true)
    expect(passwordExpired(undefined, now)).toBe(true)
  })
})

describe('toSecurityRow', () => {
  const now = new Date('2026-11-28T00:00:00Z')
  it('reports a lock only while it lasts', () => {
    const locked = toSecurityRow({ id: 1, lockUntil: '2026-11-28T00:05:00Z', loginAttempts: 5 }, now)
    expect(locked.lockedUntil).toBe('2026-11-28T00:05:00Z')
    expect(locked.failedLogins).toBe(5)
    expect(toSecurityRow({ id: 1, lockUntil: '2026-11-27T00:00:00Z' }, now).lockedUntil).toBeNull()
  })
})
