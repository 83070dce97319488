'use client'
import {
  Button,
  FieldLabel,
  toast,
  useConfig,
  useDocumentInfo,
  useField,
  useForm,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'
import { hasAutosaveEnabled } from 'payload/shared'
import { useCallback, useEffect, useId, useState } from 'react'

type Allowed = {
  stage: { value: string; label: string }
  transitions: Array<{ to: string; label: string | null; stageLabel: string; requireNote: boolean }>
  mayPublish: boolean
}

/**
 * The stage field in the admin: the current stage, the transitions the server says the signed-in
 * user may make, a note box and one button per transition. The rules live on the server only.
 */
export const WorkflowControl: SelectFieldClientComponent = ({ path }) => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { value, setValue } = useField<string>({ path })
  const modified = useFormModified()
  const { submit } = useForm()
  // With autosave the form may always count as modified (as Payload's own Publish button knows):
  // unsaved edits are saved as a draft first instead of disabling the buttons.
  const autosave = hasAutosaveEnabled(getEntityConfig({ collectionSlug }) as Parameters<typeof hasAutosaveEnabled>[0])
  const unsaved = modified && !autosave
  const { t } = useTranslation()
  const tr = t as unknown as (key: string, vars?: Record<string, unknown>) => string
  const noteId = useId()
  const [allowed, setAllowed] = useState<Allowed | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const documentURL = id ? `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}` : null
  const url = documentURL ? `${documentURL}/workflow` : null

  const load = useCallback(async () => {
    if (!url) return
    const response = await fetch(url, { credentials: 'include' })
    if (response.ok) setAllowed((await response.json()) as Allowed)
  }, [url])
  useEffect(() => {
    void load()
  }, [load, value])

  /** Pending edits go first, as a draft, so that the stage moves with the text the user sees. */
  const saveEdits = async () => {
    if (!modified || !documentURL) return true
    const saved = await submit({
      action: `${documentURL}?depth=0&draft=true`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
    return saved?.res ? saved.res.ok : true
  }

  const move = async (to: string) => {
    if (!url) return
    setBusy(true)
    if (!(await saveEdits())) {
      setBusy(false)
      return
    }
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to, note }),
    })
    const body = (await response.json().catch(() => ({}))) as {
      stage?: { value: string; label: string }
      errors?: Array<{ message?: string }>
    }
    if (!response.ok || !body.stage) {
      toast.error(body.errors?.[0]?.message || tr('editorialWorkflow:failed'))
      setBusy(false)
      return
    }
    // the form must not save the old stage back before the page reloads with the new one
    setValue(body.stage.value, true)
    toast.success(tr('editorialWorkflow:moved', { stage: body.stage.label }))
    window.location.reload()
  }

  const needsNote = allowed?.transitions.some((transition) => transition.requireNote)
  return (
    <div className="field-type editorial-workflow" data-stage={allowed?.stage.value ?? value}>
      <FieldLabel label={tr('editorialWorkflow:currentStage')} />
      <p className="editorial-workflow__stage">
        <strong>{allowed?.stage.label ?? value}</strong>
      </p>
      {!id ? (
        <p>{tr('editorialWorkflow:saveFirst')}</p>
      ) : !allowed ? (
        <p>{tr('editorialWorkflow:loading')}</p>
      ) : allowed.transitions.length === 0 ? (
        <p>{allowed.mayPublish ? tr('editorialWorkflow:readyToPublish') : tr('editorialWorkflow:noActions')}</p>
      ) : (
        <>
          <label htmlFor={noteId} className="field-label">
            {tr('editorialWorkflow:note')}
          </label>
          <textarea
            id={noteId}
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            style={{ width: '100%' }}
          />
          {needsNote ? <p className="field-description">{tr('editorialWorkflow:noteRequiredHint')}</p> : null}
          {unsaved ? <p role="status">{tr('editorialWorkflow:unsaved')}</p> : null}
          {allowed.transitions.map((transition) => (
            <Button
              key={transition.to}
              buttonStyle={transition.requireNote ? 'secondary' : 'primary'}
              size="small"
              disabled={busy || unsaved || (transition.requireNote && !note.trim())}
              onClick={() => void move(transition.to)}
            >
              {transition.label ?? tr('editorialWorkflow:moveTo', { stage: transition.stageLabel })}
            </Button>
          ))}
          {allowed.mayPublish ? <p>{tr('editorialWorkflow:readyToPublish')}</p> : null}
        </>
      )}
    </div>
  )
}
