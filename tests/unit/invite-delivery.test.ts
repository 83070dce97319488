import { describe, expect, it } from 'vitest'

import { placeholderEmail } from '@/domain/portal/invite'
import { INVITE_DELIVERY_MESSAGES as M, inviteDelivery, inviteMessage } from '@/domain/portal/inviteDelivery'

const entry = (email: string | null, phone: string | null) => ({ email, phone })

describe('invitation channel', () => {
  it('sends by e-mail when an address is known and no channel is chosen', () => {
    expect(inviteDelivery({ entry: entry('Me@Example.test ', '0912 345 678') })).toEqual({
      ok: true,
      channel: 'email',
      address: 'me@example.test',
      email: 'me@example.test',
      phone: '0912345678',
    })
    // The inviter's address wins over the entry's.
    expect(inviteDelivery({ email: 'moi@example.test', entry: entry('cu@example.test', null) })).toMatchObject({
      channel: 'email',
      address: 'moi@example.test',
    })
  })

  it('falls back to SMS on the entry’s phone when there is no e-mail', () => {
    expect(inviteDelivery({ entry: entry(null, '+84 912.345.678') })).toEqual({
      ok: true,
      channel: 'sms',
      address: '0912345678',
      email: null,
      phone: '0912345678',
    })
  })

  it('sends by SMS when chosen, keeping a known e-mail for the account', () => {
    expect(inviteDelivery({ channel: 'sms', entry: entry('me@example.test', '0912345678') })).toEqual({
      ok: true,
      channel: 'sms',
      address: '0912345678',
      email: 'me@example.test',
      phone: '0912345678',
    })
  })

  it('says what is missing, in Vietnamese', () => {
    expect(inviteDelivery({ channel: 'sms', entry: entry('me@example.test', null) })).toEqual({
      ok: false,
      message: M.noPhone,
    })
    expect(inviteDelivery({ channel: 'sms', entry: entry(null, '12345') })).toEqual({ ok: false, message: M.noPhone })
    expect(inviteDelivery({ channel: 'email', entry: entry(null, '0912345678') })).toEqual({
      ok: false,
      message: M.noEmail,
    })
    expect(inviteDelivery({ entry: entry(null, null) })).toEqual({ ok: false, message: M.noAddress })
    expect(inviteDelivery({ channel: 'zalo', entry: entry('me@example.test', null) })).toEqual({
      ok: false,
      message: M.badChannel,
    })
    expect(inviteDelivery({ channel: 42, entry: entry('me@example.test', null) })).toEqual({
      ok: false,
      message: M.badChannel,
    })
    expect(inviteDelivery({ email: 'khong-phai-thu', entry: entry(null, '0912345678') })).toEqual({
      ok: false,
      message: M.noEmail,
    })
    expect(inviteDelivery({ channel: 'sms', email: 'sai', entry: entry(null, '0912345678') })).toEqual({
      ok: false,
      message: M.badEmail,
    })
  })

  it('never sends to a placeholder address', () => {
    expect(inviteDelivery({ entry: entry(placeholderEmail(), '0912345678') })).toMatchObject({
      channel: 'sms',
      email: null,
    })
  })
})

describe('invitation text', () => {
  const url = 'https://thcs.example/phu-huynh/nhan-loi-moi?token=abc'
  it('an SMS carries the link, no diacritics and no child’s name', () => {
    const sms = inviteMessage('sms', { guardianName: 'Nguyễn Thị Mai', studentName: 'Trần Văn An', url })
    expect(sms.subject).toBe('')
    expect(sms.text).toContain(url)
    expect(sms.text).toContain('72 gio')
    expect(sms.text).not.toContain('Trần')
    expect(sms.text).toMatch(/^[\x20-\x7e]+$/)
  })
  it('an e-mail names the guardian and the child', () => {
    const mail = inviteMessage('email', { guardianName: 'Nguyễn Thị Mai', studentName: 'Trần Văn An', url })
    expect(mail.subject).toMatch(/cổng thông tin phụ huynh/)
    expect(mail.text).toContain('Kính gửi Nguyễn Thị Mai')
    expect(mail.text).toContain('em Trần Văn An')
    expect(mail.text).toContain(url)
  })
})
