'use client'
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import { useState } from 'react'
import type { StaticLabel } from 'payload'

type Scores = Record<string, string | number | null> | null

const toText = (value: Scores) =>
  Object.entries(value ?? {})
    .map(([code, score]) => `${code}: ${score ?? ''}`)
    .join('\n')

/** "TOAN: 6,5" per line → { TOAN: '6.5' }; a line without a colon is refused by the server's check. */
const toValue = (text: string): Scores => {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':')
      const code = (at < 0 ? line : line.slice(0, at)).trim()
      const score =
        at < 0
          ? ''
          : line
              .slice(at + 1)
              .trim()
              .replace(',', '.')
      return [code, score === '' ? null : score] as const
    })
  return entries.length > 0 ? Object.fromEntries(entries) : null
}

/**
 * Scores by subject code (the summer re-assessment) as plain lines "MÃ MÔN: điểm", in place of
 * Payload's JSON code editor, which loads from a CDN. The server validates each value.
 */
export const CodeScoresField = ({ path, field }: { path: string; field?: { label?: StaticLabel } }) => {
  const { value, setValue, readOnly, showError, errorMessage } = useField<Scores>({ path })
  const [text, setText] = useState(() => toText(value))
  return (
    <div className={`field-type code-scores${showError ? ' error' : ''}`} style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field?.label} path={path} />
      <FieldError path={path} message={errorMessage} showError={showError} />
      <textarea
        id={`field-${path}`}
        rows={4}
        value={text}
        readOnly={readOnly}
        onChange={(event) => {
          setText(event.target.value)
          setValue(toValue(event.target.value))
        }}
        style={{ width: '100%', fontFamily: 'inherit' }}
      />
      <FieldDescription path={path} description="Mỗi dòng một môn: mã môn, dấu hai chấm, điểm (ví dụ TOAN: 6,5)." />
    </div>
  )
}
