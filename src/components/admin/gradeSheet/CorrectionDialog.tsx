'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import { cellForSave } from '@/domain/grading/sheetInput'
import { postJson } from '../postJson'

export type CorrectionTarget = {
  gradeId: number
  studentName: string
  columns: Array<{ name: string; value: string }>
}

/**
 * "Đề nghị điều chỉnh" on a locked row: the cell, its current value, the new value and a reason,
 * filed as a grade correction by the signed-in teacher (the server checks it is their locked cell).
 */
export const CorrectionDialog = ({
  target,
  onClose,
}: {
  target: CorrectionTarget
  onClose: (message?: string) => void
}) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const [column, setColumn] = useState(0)
  const [newValue, setNewValue] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    const res = await postJson('/api/grade-corrections', {
      grade: target.gradeId,
      field: target.columns[column]!.name,
      newValue: cellForSave(newValue),
      reason,
    })
    setBusy(false)
    const body = await res.json().catch(() => ({}))
    if (res.ok) {
      dialog.current?.close()
      onClose(`Đã gửi đề nghị điều chỉnh ${target.columns[column]!.name} của ${target.studentName}; chờ duyệt.`)
      return
    }
    const details: Array<{ path?: string; message?: string }> = body.errors?.[0]?.data?.errors ?? []
    const byField: Record<string, string> = {}
    for (const d of details) byField[d.path === 'field' ? 'field' : (d.path ?? 'form')] = d.message ?? ''
    if (details.length === 0) byField.form = body.errors?.[0]?.message ?? 'Không gửi được đề nghị.'
    setErrors(byField)
  }

  const current = target.columns[column]!
  const error = (key: string) =>
    errors[key] ? (
      <span className="grade-sheet__field-error" role="alert">
        {errors[key]}
      </span>
    ) : null
  return (
    <dialog ref={dialog} className="grade-sheet__dialog" aria-labelledby="correction-title" onClose={() => onClose()}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="correction-title">Đề nghị điều chỉnh điểm: {target.studentName}</h2>
        {error('form')}
        {error('grade')}
        <label>
          Cột điểm
          <select value={column} onChange={(e) => setColumn(Number(e.target.value))} name="field">
            {target.columns.map((c, i) => (
              <option key={c.name} value={i}>
                {c.name}
              </option>
            ))}
          </select>
          {error('field')}
        </label>
        <label>
          Giá trị hiện tại
          <input readOnly value={current.value || '(trống)'} name="oldValue" />
        </label>
        <label>
          Giá trị mới
          <input
            value={newValue}
            onChange={(e) => setNewValue(e.target.value)}
            name="newValue"
            inputMode="decimal"
            required
            autoFocus
          />
          {error('newValue')}
        </label>
        <label>
          Lý do
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} name="reason" rows={3} required />
          {error('reason')}
        </label>
        <div className="grade-sheet__dialog-actions">
          <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
            Gửi đề nghị
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => {
              dialog.current?.close()
            }}
          >
            Huỷ
          </button>
        </div>
      </form>
    </dialog>
  )
}
