'use client'
import { useAuth } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "In sổ" above the documents list: the incoming, outgoing or internal records register of a year as a PDF book
 * (`GET /api/documents/register`), for the clerk and leadership, who keep and read the registers.
 */
export const RegisterPrintButtons = () => {
  const { user } = useAuth()
  const [year, setYear] = useState(new Date().getFullYear())
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (!roles.some((r) => ['clerk', 'principal', 'vice-principal'].includes(r))) return null
  const href = (direction: 'incoming' | 'outgoing' | 'internal') =>
    `/api/documents/register?direction=${direction}&year=${year}`
  return (
    <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', margin: 'var(--base) 0' }}>
      <label>
        Năm của sổ:{' '}
        <input
          type="number"
          value={year}
          min={2000}
          max={2100}
          onChange={(e) => setYear(Number(e.target.value))}
          style={{ width: '6rem' }}
          name="registerYear"
        />
      </label>
      <a className="btn btn--style-secondary btn--size-small" href={href('incoming')} download>
        In sổ văn bản đến
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={href('outgoing')} download>
        In sổ văn bản đi
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={href('internal')} download>
        In sổ hồ sơ nội bộ
      </a>
    </div>
  )
}
