'use client'

import { type ClipboardEvent, type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react'

import { gradeAverage, normalizeGradeValues } from '@/domain/grading'

import { GradeSheetExcel } from './GradeSheetExcel'

export type SheetChoice = { label: string; class: number; subject: number; term: number }

type Row = {
  student: number
  fullName: string
  revision: number | null
  locked: boolean
  cells: string[] // regular…, midterm, final
}

type Sheet = { key: string; assessment: 'score' | 'comment'; requiredRegular: number; rows: Row[] }

const toValues = (row: Row, n: number) => ({
  regular: row.cells.slice(0, n),
  midterm: row.cells[n] ?? '',
  final: row.cells[n + 1] ?? '',
})

/** The average the server will compute, shown as the teacher types (same domain rules). */
const averageOf = (row: Row, sheet: Sheet) => {
  const { values, errors } = normalizeGradeValues(
    toValues(row, sheet.requiredRegular),
    sheet.assessment,
    sheet.requiredRegular,
  )
  if (errors.length > 0) return '!'
  return gradeAverage(values, sheet.assessment, sheet.requiredRegular) ?? ''
}

/**
 * Students × assessments grid: arrows and Enter move like a spreadsheet, a column pasted from
 * Excel fills down (tabs fill across), averages update live, Save sends the whole sheet at once.
 */
export const GradeSheetGrid = ({ choices }: { choices: SheetChoice[] }) => {
  const [choice, setChoice] = useState(0)
  const [sheet, setSheet] = useState<Sheet | null>(null)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [badCell, setBadCell] = useState<string | null>(null)
  const grid = useRef<HTMLTableElement>(null)
  const current = choices[choice]!

  const load = useCallback(async () => {
    const query = new URLSearchParams({
      class: String(current.class),
      subject: String(current.subject),
      term: String(current.term),
    })
    const res = await fetch(`/api/grades/sheet?${query}`, { credentials: 'include' })
    const body = await res.json()
    if (!res.ok) {
      setMessage({ kind: 'error', text: body.errors?.[0]?.message ?? 'Không tải được bảng điểm.' })
      return
    }
    const n = body.requiredRegular as number
    setSheet({
      key: `${current.class}-${current.subject}-${current.term}`,
      assessment: body.assessment,
      requiredRegular: n,
      rows: body.rows.map((r: any) => ({
        student: r.student,
        fullName: r.fullName,
        revision: r.grade?.revision ?? null,
        locked: Boolean(r.grade?.locked),
        cells: [
          ...Array.from({ length: n }, (_, i) => r.grade?.regular?.[i] ?? ''),
          r.grade?.midterm ?? '',
          r.grade?.final ?? '',
        ],
      })),
    })
    setBadCell(null)
  }, [current])

  useEffect(() => {
    void load()
  }, [load])

  if (!sheet) return <p>Đang tải…</p>
  const columns = sheet.requiredRegular + 2

  const setCell = (r: number, c: number, value: string) =>
    setSheet((s) =>
      s
        ? {
            ...s,
            rows: s.rows.map((row, i) =>
              i === r ? { ...row, cells: row.cells.map((v, j) => (j === c ? value : v)) } : row,
            ),
          }
        : s,
    )

  const focus = (r: number, c: number) =>
    grid.current?.querySelector<HTMLInputElement>(`input[data-r="${r}"][data-c="${c}"]`)?.focus()

  const onKey = (event: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      Enter: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    }
    const move = moves[event.key]
    if (!move) return
    const input = event.currentTarget
    // Left/right move between cells only at the edge of the text, as in a spreadsheet.
    if (event.key === 'ArrowLeft' && input.selectionStart !== 0) return
    if (event.key === 'ArrowRight' && input.selectionEnd !== input.value.length) return
    event.preventDefault()
    focus(Math.max(0, Math.min(sheet.rows.length - 1, r + move[0])), Math.max(0, Math.min(columns - 1, c + move[1])))
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = event.clipboardData.getData('text')
    if (!text.includes('\n') && !text.includes('\t')) return
    event.preventDefault()
    const lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n')
    setSheet((s) => {
      if (!s) return s
      const rows = s.rows.map((row) => ({ ...row, cells: [...row.cells] }))
      lines.forEach((line, i) =>
        line.split('\t').forEach((value, j) => {
          const row = rows[r + i]
          if (row && c + j < columns) row.cells[c + j] = value.trim()
        }),
      )
      return { ...s, rows }
    })
  }

  const save = async () => {
    setMessage(null)
    setBadCell(null)
    const n = sheet.requiredRegular
    // Locked rows are not sent; untouched empty rows of students without a grade neither.
    const rows = sheet.rows
      .filter((row) => !row.locked && (row.revision !== null || row.cells.some((v) => v.trim() !== '')))
      .map((row) => ({ student: row.student, revision: row.revision, ...toValues(row, n) }))
    const res = await fetch('/api/grades/sheet', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ class: current.class, subject: current.subject, term: current.term, rows }),
    })
    const body = await res.json().catch(() => ({}))
    if (res.ok) {
      setMessage({ kind: 'ok', text: `Đã lưu ${body.docs.length} dòng.` })
      await load()
      return
    }
    const detail = body.errors?.[0]?.data?.errors?.[0]
    if (detail?.path) setBadCell(detail.path)
    setMessage({ kind: 'error', text: detail?.message ?? body.errors?.[0]?.message ?? 'Không lưu được.' })
  }

  const headers = [...Array.from({ length: sheet.requiredRegular }, (_, i) => `TX${i + 1}`), 'GK', 'CK']
  const sent = (row: Row) => !row.locked && (row.revision !== null || row.cells.some((v) => v.trim() !== ''))
  const unlockedIndex = (r: number) => sheet.rows.slice(0, r).filter(sent).length
  return (
    <div className="grade-sheet">
      <label>
        Phân công:{' '}
        {/* autoComplete off: a browser restoring the choice after reload would show another sheet than the one loaded. */}
        <select value={choice} onChange={(e) => setChoice(Number(e.target.value))} name="assignment" autoComplete="off">
          {choices.map((c, i) => (
            <option key={c.label} value={i}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <GradeSheetExcel sheet={current} onImported={load} />
      <table ref={grid} className="grade-sheet__table" data-sheet={sheet.key}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Học sinh</th>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col">TBmhk</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, r) => (
            <tr key={row.student} data-student={row.student}>
              <td>{r + 1}</td>
              <td>{row.fullName}</td>
              {row.cells.map((value, c) => {
                const path = `rows.${unlockedIndex(r)}.${c < sheet.requiredRegular ? `regular.${c}` : c === sheet.requiredRegular ? 'midterm' : 'final'}`
                return (
                  <td key={c}>
                    <input
                      aria-label={`${row.fullName} ${headers[c]}`}
                      data-r={r}
                      data-c={c}
                      disabled={row.locked}
                      aria-invalid={badCell === path || badCell === `rows.${unlockedIndex(r)}.regular`}
                      value={value}
                      size={4}
                      onChange={(e) => setCell(r, c, e.target.value)}
                      onKeyDown={(e) => onKey(e, r, c)}
                      onPaste={(e) => onPaste(e, r, c)}
                    />
                  </td>
                )
              })}
              <td data-average>{averageOf(row, sheet)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn--style-primary" onClick={() => void save()}>
        Lưu bảng điểm
      </button>
      {message ? <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p> : null}
    </div>
  )
}
