'use client'
import { Button, toast, useAuth, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : (value as string | number | undefined)

/**
 * A request's status, in place of a status dropdown: the state as words, and for whoever may decide a
 * pending request (never its requester) the "approve" and "reject" buttons. A rejection needs the
 * decision note; the server checks everything again and its message is shown.
 */
export const DecisionField = ({ path }: { path: string }) => {
  const { t } = useTranslation()
  // the plugin's keys are merged into the config's translations, not into Payload's key type
  const word = t as unknown as (key: string) => string
  const { value: status } = useField<string>({ path })
  const note = useFormFields(([fields]) => fields.decisionNote?.value as string | undefined)
  const requestedBy = useFormFields(([fields]) => fields.requestedBy?.value)
  const { id, collectionSlug, docPermissions } = useDocumentInfo()
  const { user } = useAuth()
  const [busy, setBusy] = useState(false)
  // The buttons work once the page is interactive: until then they are shown disabled, not dead.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const [error, setError] = useState<string | null>(null)
  const current = (status as 'pending' | 'approved' | 'rejected') || 'pending'
  const mayDecide =
    Boolean(id) &&
    current === 'pending' &&
    Boolean(docPermissions?.update) &&
    String(idOf(requestedBy)) !== String(user?.id)

  const decide = async (to: 'approved' | 'rejected') => {
    const trimmed = (note ?? '').trim()
    if (to === 'rejected' && !trimmed) {
      setError(word('approvals:noteNeeded'))
      document.getElementById('field-decisionNote')?.focus()
      return
    }
    setBusy(true)
    setError(null)
    const response = await fetch(`/api/${collectionSlug}/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: to, decisionNote: trimmed || null }),
    })
    const body = (await response.json().catch(() => ({}))) as {
      errors?: Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }>
    }
    setBusy(false)
    if (!response.ok) {
      const first = body.errors?.[0]
      setError(first?.data?.errors?.[0]?.message || first?.message || word('approvals:failed'))
      return
    }
    toast.success(word(to === 'approved' ? 'approvals:approvedDone' : 'approvals:rejectedDone'))
    // A full reload: the decided request comes back read-only, with who decided and when.
    window.location.reload()
  }

  return (
    <div className="field-type approval-decision" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{word('approvals:status')}</div>
      <p className={`approval-decision__status approval-decision__status--${current}`} data-status={current}>
        <strong>{word(`approvals:${current}`)}</strong>
      </p>
      {mayDecide ? (
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' }}>
          <Button buttonStyle="primary" size="small" disabled={busy || !ready} onClick={() => void decide('approved')}>
            {word('approvals:approve')}
          </Button>
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy || !ready}
            onClick={() => void decide('rejected')}
          >
            {word('approvals:reject')}
          </Button>
          <p style={{ flexBasis: '100%', margin: 0, color: 'var(--theme-elevation-650)' }}>
            {word('approvals:noteHint')}
          </p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="field-error" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
