'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { ReactNode } from 'react'
import type { StaticLabel } from 'payload'

/** A scalar as a person reads it: Có/Không, numbers with a decimal comma, dates dd/MM/yyyy. */
const scalar = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'Có' : 'Không'
  if (typeof value === 'number') return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const date = new Date(value)
    if (!Number.isNaN(date.getTime()))
      return date.toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })
  }
  return String(value)
}

/** Vietnamese headings for the keys these JSON values use (audit entries, year-end results). */
const HEADINGS: Record<string, string> = {
  field: 'Trường',
  old: 'Giá trị cũ',
  new: 'Giá trị mới',
  masked: 'Ẩn giá trị',
  subject: 'Môn',
  code: 'Mã môn',
  name: 'Tên',
  termI: 'HK I',
  termII: 'HK II',
  year: 'Cả năm',
  reason: 'Lý do',
  by: 'Người duyệt',
  at: 'Ngày',
}
const heading = (key: string) => HEADINGS[key] ?? key

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const cellStyle = { border: '1px solid var(--theme-elevation-150)', padding: '2px 6px', verticalAlign: 'top' } as const

/** Objects as two-column tables, lists of objects as tables with a column per key, the rest as text. */
const Value = ({ value }: { value: unknown }): ReactNode => {
  if (Array.isArray(value)) {
    if (value.length === 0) return '—'
    if (value.every(isRecord)) {
      const keys = [...new Set(value.flatMap((row) => Object.keys(row)))]
      return (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {keys.map((key) => (
                <th key={key} style={cellStyle}>
                  {heading(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {value.map((row, i) => (
              <tr key={i}>
                {keys.map((key) => (
                  <td key={key} style={cellStyle}>
                    <Value value={row[key]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    }
    return value.map(scalar).join(', ')
  }
  if (isRecord(value)) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '—'
    return (
      <table style={{ borderCollapse: 'collapse' }}>
        <tbody>
          {entries.map(([key, inner]) => (
            <tr key={key}>
              <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>
                {heading(key)}
              </th>
              <td style={cellStyle}>
                <Value value={inner} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  return scalar(value)
}

/**
 * A JSON field shown read-only as tables, in place of Payload's code editor (whose code is fetched
 * from a CDN: blank on a school network without internet, and a developer's view anyway).
 */
export const JsonView = ({ path, field }: { path: string; field?: { label?: StaticLabel } }) => {
  const { value } = useField<unknown>({ path })
  return (
    <div className="field-type json-view" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field?.label} path={path} />
      <div style={{ overflowX: 'auto' }}>
        <Value value={value} />
      </div>
    </div>
  )
}
