'use client'

import { useCallback, useEffect, useState } from 'react'

import { progressText } from '@/domain/exports/kinds'
import { relationId } from '@/access/relation-id'
import { postJson } from '../postJson'

export type PanelRun = {
  id: number
  kind: string
  schoolYear: number
  status: string
  done: number
  total: number
  url: string | null
  message: string | null
}
export type PanelProps = {
  years: Array<{ id: number; name: string; closed: boolean }>
  kinds: Array<{ kind: string; label: string; needsClosedYear: boolean }>
  runs: PanelRun[]
}

const toRun = (doc: Record<string, unknown>): PanelRun => ({
  id: Number(doc.id),
  kind: String(doc.kind),
  schoolYear: Number(relationId(doc.schoolYear)),
  status: String(doc.status),
  done: Number(doc.done ?? 0),
  total: Number(doc.total ?? 0),
  url: typeof doc.url === 'string' && doc.status === 'done' ? doc.url : null,
  message: typeof doc.message === 'string' ? doc.message : null,
})

const busy = (run?: PanelRun) => run?.status === 'queued' || run?.status === 'running'

/**
 * "Xuất dữ liệu và lưu trữ năm học" on Việc cần làm: per year and kind the latest run's state
 * (queued, running n of N, done, failed), a button to start one and a link to download the file.
 * Follows the running runs every few seconds; the jobs queue does the work.
 */
export const YearExportsPanel = ({ years, kinds, runs: initial }: PanelProps) => {
  const [runs, setRuns] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const latest = (kind: string, year: number) => runs.find((r) => r.kind === kind && r.schoolYear === year)

  const refresh = useCallback(async () => {
    const pending = runs.filter(busy)
    if (pending.length === 0) return
    const fresh = await Promise.all(
      pending.map((r) =>
        fetch(`/api/export-runs/${r.id}?depth=0`, { credentials: 'include' })
          .then((res) => (res.ok ? res.json() : null))
          .catch(() => null),
      ),
    )
    setRuns((current) =>
      current.map((r) => {
        const doc = fresh.find((d) => d && Number(d.id) === r.id)
        return doc ? toRun(doc) : r
      }),
    )
  }, [runs])

  useEffect(() => {
    if (!runs.some(busy)) return
    const timer = setInterval(() => void refresh(), 3000)
    return () => clearInterval(timer)
  }, [runs, refresh])

  const start = async (kind: string, schoolYear: number) => {
    setError(null)
    const res = await postJson('/api/export-runs/start', { kind, schoolYear })
    const body = await res.json().catch(() => ({}))
    if (!res.ok || !body.doc) {
      setError(body.errors?.[0]?.message ?? 'Không bắt đầu được.')
      return
    }
    const run = toRun(body.doc)
    setRuns((current) => [run, ...current.filter((r) => r.id !== run.id)])
  }

  return (
    <div className="worklist__section year-exports" data-duty="year-exports">
      <h3>Xuất dữ liệu và lưu trữ năm học</h3>
      {error ? (
        <p role="alert" className="year-exports__error">
          {error}
        </p>
      ) : null}
      {years.map((year) => (
        <div key={year.id} className="year-exports__year" data-year={year.name}>
          <h4>
            Năm học {year.name} {year.closed ? '(đã khoá sổ)' : '(chưa khoá sổ)'}
          </h4>
          <ul>
            {kinds.map(({ kind, label, needsClosedYear }) => {
              const run = latest(kind, year.id)
              const blocked = needsClosedYear && !year.closed
              return (
                <li key={kind} className="year-exports__row" data-kind={kind}>
                  <span className="year-exports__label">{label}</span>
                  <span className="year-exports__state" aria-live="polite">
                    {run ? progressText(run) : ''}
                    {run?.status === 'failed' && run.message ? ` — ${run.message}` : ''}
                  </span>
                  {run?.url ? (
                    <a className="btn btn--style-secondary btn--size-small" href={run.url} download>
                      Tải về
                    </a>
                  ) : null}
                  <button
                    type="button"
                    className="btn btn--style-primary btn--size-small"
                    disabled={blocked || busy(run)}
                    title={blocked ? 'Chỉ lưu trữ năm học đã khoá sổ.' : undefined}
                    onClick={() => void start(kind, year.id)}
                  >
                    {kind === 'year-archive' ? 'Lưu trữ năm học' : 'Xuất'}
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </div>
  )
}
