'use client'
import { FieldDescription, FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { relationId } from '@/access/relation-id'
import type { StaticLabel } from 'payload'

type Cell = string | null

/** How many regular assessments the grade's subject requires in its class's grade (TT22), read from the API. */
const useRequiredCount = (subject: unknown, klass: unknown) => {
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    const subjectId = relationId(subject)
    const classId = relationId(klass)
    if (!subjectId || !classId) return
    let cancelled = false
    void Promise.all([
      fetch(`/api/subjects/${subjectId}?depth=0`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : null)),
      fetch(`/api/classes/${classId}?depth=0`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : null)),
    ]).then(([s, c]) => {
      const n = Number(s?.regularAssessments?.[`grade${c?.grade}`] ?? 0)
      if (!cancelled && n > 0) setCount(n)
    })
    return () => {
      cancelled = true
    }
  }, [subject, klass])
  return count
}

/**
 * The regular scores of a grade as TX1…TXn boxes (the list is stored as JSON): no code editor, so
 * nothing is fetched from outside. A comma is read as the decimal point (7,5 → 7.5); the server
 * validates the values.
 */
export const RegularScoresField = ({ path, field }: { path: string; field?: { label?: StaticLabel } }) => {
  const { value, setValue, readOnly, showError, errorMessage } = useField<Cell[] | null>({ path })
  const subject = useFormFields(([fields]) => fields.subject?.value)
  const klass = useFormFields(([fields]) => fields.class?.value)
  const required = useRequiredCount(subject, klass)
  const cells: Cell[] = Array.isArray(value) ? value : []
  const count = Math.max(required ?? 0, cells.length, 2)

  const change = (index: number, text: string) => {
    const next = Array.from({ length: count }, (_, i) => cells[i] ?? null)
    const trimmed = text.trim().replace(',', '.')
    next[index] = trimmed === '' ? null : trimmed
    while (next.length > (required ?? 0) && next[next.length - 1] === null) next.pop()
    setValue(next)
  }

  return (
    <div className={`field-type regular-scores${showError ? ' error' : ''}`}>
      <FieldLabel label={field?.label} path={path} />
      <FieldError path={path} message={errorMessage} showError={showError} />
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' }}>
        {Array.from({ length: count }, (_, i) => (
          <label key={i} style={{ display: 'flex', flexDirection: 'column', width: '5.5rem' }}>
            <span>TX{i + 1}</span>
            <input
              type="text"
              inputMode="decimal"
              name={`${path}.${i}`}
              aria-label={`TX${i + 1}`}
              readOnly={readOnly}
              defaultValue={cells[i]?.replace('.', ',') ?? ''}
              onChange={(event) => change(i, event.target.value)}
              style={{ width: '100%' }}
            />
          </label>
        ))}
      </div>
      <FieldDescription
        path={path}
        description={`Điểm 0–10, một chữ số thập phân (7,5), hoặc Đ/CĐ với môn đánh giá bằng nhận xét.${
          required ? ` Môn này có ${required} lần đánh giá thường xuyên.` : ''
        }`}
      />
    </div>
  )
}
