import { describe, expect, it } from 'vitest'

import { recipientsFor } from '@/domain/messages/delivery'
import { channelNamed, channelOptions, emailChannel, registerChannel, selectChannel } from '@/lib/messaging/channels'
import { smsChannel } from '@/lib/messaging/sms'

describe('message channels', () => {
  const sent: Array<[string, string]> = []
  const sms = smsChannel({ send: async (phone, text) => void sent.push([phone, text]) }, 'sms-test')

  it('selects the named channel, e-mail when none is named, nothing when unknown', () => {
    const available = new Map([
      [emailChannel.name, emailChannel],
      [sms.name, sms],
    ])
    expect(selectChannel(undefined, available)).toBe(emailChannel)
    expect(selectChannel('', available)).toBe(emailChannel)
    expect(selectChannel('sms-test', available)).toBe(sms)
    expect(selectChannel('zalo', available)).toBeUndefined()
  })

  it('each channel takes its own address from a guardian; a missing one is reported as no-address', () => {
    const students = [
      {
        id: 1,
        guardians: [
          { name: 'Cha', email: 'cha@example.test', phone: null },
          { name: 'Mẹ', email: ' ', phone: '090 123 4567' },
          { name: 'Ông', phone: '12345' },
        ],
      },
    ]
    expect(recipientsFor(students, emailChannel.addressOf).map((r) => [r.guardianName, r.address, r.status])).toEqual([
      ['Cha', 'cha@example.test', 'pending'],
      ['Mẹ', null, 'no-address'],
      ['Ông', null, 'no-address'],
    ])
    expect(recipientsFor(students, sms.addressOf).map((r) => [r.guardianName, r.address, r.status])).toEqual([
      ['Cha', null, 'no-address'],
      ['Mẹ', '0901234567', 'pending'],
      ['Ông', null, 'no-address'],
    ])
  })

  it('an SMS gateway receives the phone and the text', async () => {
    await sms.send(null as never, { to: '0901234567', subject: 'Họp phụ huynh', text: 'Thứ Bảy 7 giờ 30.' })
    expect(sent).toEqual([['0901234567', 'Họp phụ huynh\nThứ Bảy 7 giờ 30.']])
  })

  it('a registered channel is offered and found by name without touching the collection', () => {
    expect(channelNamed('sms-test')).toBeUndefined()
    registerChannel(sms)
    expect(channelNamed('sms-test')).toBe(sms)
    expect(channelOptions().map((o) => o.value)).toEqual(['email', 'sms-test'])
    expect(channelNamed(null)).toBe(emailChannel)
  })
})
