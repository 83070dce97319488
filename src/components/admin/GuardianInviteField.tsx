'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { FieldFeedback } from './FieldFeedback'
import { postJson } from './postJson'

const words = {
  vi: {
    title: 'Mời vào cổng thông tin phụ huynh',
    hint: 'Lời mời dùng thư điện tử và số điện thoại đã lưu của mục này; liên kết có hiệu lực 72 giờ, dùng một lần.',
    channel: 'Gửi qua',
    email: 'Thư điện tử',
    sms: 'Tin nhắn SMS',
    send: 'Gửi lời mời',
    sent: (channel: string, to: string) => `Đã gửi lời mời qua ${channel} đến ${to}.`,
    notSent: (channel: string, to: string) =>
      `Đã tạo lời mời nhưng chưa gửi được qua ${channel} đến ${to}. Vui lòng thử gửi lại sau.`,
    save: 'Lưu hồ sơ trước khi gửi lời mời cho mục phụ huynh mới.',
    failed: 'Không gửi được lời mời.',
  },
  en: {
    title: "Invite to the parents' portal",
    hint: "The invitation uses this entry's saved e-mail and phone; the link works for 72 hours, once.",
    channel: 'Send by',
    email: 'E-mail',
    sms: 'SMS',
    send: 'Send the invitation',
    sent: (channel: string, to: string) => `Invitation sent by ${channel} to ${to}.`,
    notSent: (channel: string, to: string) =>
      `The invitation was made but could not be sent by ${channel} to ${to}. Please send it again later.`,
    save: 'Save the record before inviting a new guardian entry.',
    failed: 'The invitation could not be sent.',
  },
}

type Answer = {
  channel?: 'email' | 'sms'
  sentTo?: string
  sent?: boolean
  errors?: Array<{ message?: string }>
}

/**
 * In each guardian row of a student's record: the channel (e-mail or SMS) and a button that invites
 * the guardian to the parents' portal through `POST /api/guardians/invite`, which decides who may
 * and checks the entry again; the server's Vietnamese message is shown on a refusal.
 */
export const GuardianInviteField = ({ path }: { path?: string }) => {
  const { i18n } = useTranslation()
  const t = words[i18n.language === 'en' ? 'en' : 'vi']
  const { id } = useDocumentInfo()
  const row = (path ?? '').split('.').slice(0, -1).join('.')
  const entry = {
    id: useFormFields(([fields]) => fields[`${row}.id`]?.value as string | undefined),
    email: useFormFields(([fields]) => fields[`${row}.email`]?.value as string | undefined),
  }
  const [choice, setChoice] = useState<'email' | 'sms' | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  if (!id || !row) return null
  const channel = choice ?? (entry.email ? 'email' : 'sms')
  const selectId = `guardian-invite-channel-${row.replace(/\W/g, '-')}`

  const send = async () => {
    if (!entry.id) return setError(t.save)
    setBusy(true)
    setError(null)
    setDone(null)
    const response = await postJson('/api/guardians/invite', { student: id, guardianEntry: entry.id, channel }).catch(
      () => null,
    )
    const answer = ((await response?.json().catch(() => ({}))) ?? {}) as Answer
    setBusy(false)
    if (!response?.ok) return setError(answer.errors?.[0]?.message || t.failed)
    const name = answer.channel === 'sms' ? t.sms : t.email
    const message = answer.sent ? t.sent(name, answer.sentTo ?? '') : t.notSent(name, answer.sentTo ?? '')
    setDone(message)
    if (answer.sent) toast.success(message)
    else toast.warning(message)
  }

  return (
    <div className="field-type guardian-invite" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label" style={{ marginBottom: '0.25rem' }}>
        {t.title}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
        <label htmlFor={selectId}>{t.channel}</label>
        <select
          id={selectId}
          value={channel}
          onChange={(event) => setChoice(event.target.value === 'sms' ? 'sms' : 'email')}
          style={{ font: 'inherit', padding: '0.25rem' }}
        >
          <option value="email">{t.email}</option>
          <option value="sms">{t.sms}</option>
        </select>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void send()}>
          {t.send}
        </Button>
      </div>
      <FieldFeedback hint={t.hint} error={error} done={done} />
    </div>
  )
}
