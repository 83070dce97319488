import { describe, expect, it } from 'vitest'

import { bmiBand, completedYears } from '@/domain/health/bmiForAge'
import { hashInviteToken, INVITE_HOURS, inviteExpiry, inviteState, newInviteToken } from '@/domain/portal/invite'
import { MESSAGE_MAX_CHARS, messageBodyProblem, rateLimitProblem } from '@/domain/portal/messages'

describe('invitations', () => {
  it('keep only a hash, valid for 72 hours', () => {
    const { token, hash } = newInviteToken()
    expect(hash).toBe(hashInviteToken(token))
    expect(hash).not.toContain(token)
    expect(newInviteToken().token).not.toBe(token)
    const now = new Date('2026-12-01T08:00:00Z')
    const expiry = inviteExpiry(now)
    expect(expiry.getTime() - now.getTime()).toBe(INVITE_HOURS * 3600_000)
    expect(inviteState(expiry, new Date('2026-12-04T07:59:59Z'))).toBe('valid')
    expect(inviteState(expiry, new Date('2026-12-04T08:00:00Z'))).toBe('expired')
    expect(inviteState(null, now)).toBe('unknown')
  })
})

describe('guardian messages', () => {
  it('refuse empty and over-long bodies, counting characters not bytes', () => {
    expect(messageBodyProblem('  ')).toMatch(/trống/)
    expect(messageBodyProblem(undefined)).toMatch(/trống/)
    expect(messageBodyProblem('ệ'.repeat(MESSAGE_MAX_CHARS))).toBeNull()
    expect(messageBodyProblem('a'.repeat(MESSAGE_MAX_CHARS + 1))).toMatch(/2001 ký tự/)
  })

  it('rate limit: 10 an hour, 30 a day', () => {
    expect(rateLimitProblem(9, 29)).toBeNull()
    expect(rateLimitProblem(10, 10)).toMatch(/một giờ/)
    expect(rateLimitProblem(2, 30)).toMatch(/24 giờ/)
  })
})

describe('BMI band', () => {
  it('follows age and sex, and says nothing when unknown', () => {
    // the portal shows the band of the school's one BMI-for-age table (src/domain/health/bmiForAge.ts)
    expect(completedYears('2013-05-10', '2026-05-09')).toBe(12)
    expect(completedYears('2013-05-10', '2026-05-10')).toBe(13)
    expect(bmiBand(18, 'male', 12)).toBe('normal')
    expect(bmiBand(13.5, 'male', 12)).toBe('thinness')
    expect(bmiBand(22, 'male', 12)).toBe('overweight')
    expect(bmiBand(27, 'female', 12)).toBe('obesity')
    expect(bmiBand(null, 'male', 12)).toBeNull()
    expect(bmiBand(18, null, 12)).toBeNull()
    expect(bmiBand(18, 'male', 30)).toBeNull()
  })
})
