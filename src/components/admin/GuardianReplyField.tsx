'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { FieldFeedback } from './FieldFeedback'
import { postJson } from './postJson'

const MAX = 2000

const words = {
  vi: {
    title: 'Trả lời phụ huynh',
    hint: 'Câu trả lời được gửi vào cổng thông tin của phụ huynh (tối đa 2.000 ký tự).',
    send: 'Trả lời',
    sent: 'Đã gửi câu trả lời đến phụ huynh.',
    empty: 'Vui lòng nhập nội dung trả lời.',
    tooLong: 'Câu trả lời vượt quá 2.000 ký tự.',
    failed: 'Không gửi được câu trả lời.',
  },
  en: {
    title: 'Answer the guardian',
    hint: "The answer appears in the guardian's portal (up to 2,000 characters).",
    send: 'Reply',
    sent: 'The answer was sent to the guardian.',
    empty: 'Please write an answer.',
    tooLong: 'The answer is longer than 2,000 characters.',
    failed: 'The answer could not be sent.',
  },
}

/**
 * Below a guardian's message in the admin: a box and a "Trả lời" button for the homeroom teacher.
 * It posts to `POST /api/guardian-messages/:id/reply`, which checks everything again; the server's
 * message is shown on a refusal.
 */
export const GuardianReplyField = () => {
  const { i18n } = useTranslation()
  const t = words[i18n.language === 'en' ? 'en' : 'vi']
  const { id } = useDocumentInfo()
  const direction = useFormFields(([fields]) => fields.direction?.value as string | undefined)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  if (!id || direction !== 'from-guardian') return null

  const send = async () => {
    const body = text.trim()
    if (!body) return setError(t.empty)
    if (body.length > MAX) return setError(t.tooLong)
    setBusy(true)
    setError(null)
    const response = await postJson(`/api/guardian-messages/${id}/reply`, { body }).catch(() => null)
    const answer = (await response?.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> } | undefined
    setBusy(false)
    if (!response?.ok) return setError(answer?.errors?.[0]?.message || t.failed)
    setText('')
    setDone(true)
    toast.success(t.sent)
  }

  return (
    <div className="field-type guardian-reply" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label" htmlFor="guardian-reply-body">
        {t.title}
      </label>
      <textarea
        id="guardian-reply-body"
        name="reply"
        rows={5}
        value={text}
        maxLength={MAX}
        onChange={(event) => setText(event.target.value)}
        style={{ width: '100%', font: 'inherit', padding: 'calc(var(--base) / 2)' }}
      />
      <FieldFeedback hint={t.hint} error={error} done={done ? t.sent : null} />
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void send()}>
        {t.send}
      </Button>
    </div>
  )
}
