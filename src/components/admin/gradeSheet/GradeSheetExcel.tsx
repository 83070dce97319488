'use client'

import { type ChangeEvent, useState } from 'react'

type SheetKey = { class: number; subject: number; term: number }
type Change = { row: number; student: string; cells: Array<{ column: string; old: string | null; new: string | null }> }
type Preview = { changed: number; changes: Change[]; skipped: Array<{ row: number; student: string; message: string }> }
type BadCell = { row: number; column: string; student: string | null; message: string }

const queryOf = (sheet: SheetKey, extra: Record<string, string> = {}) =>
  new URLSearchParams({
    class: String(sheet.class),
    subject: String(sheet.subject),
    term: String(sheet.term),
    ...extra,
  }).toString()

/**
 * "Tải Excel" downloads the sheet as .xlsx; "Nhập từ Excel" uploads a filled one, shows what would
 * change (a dry run) and writes it on confirmation, through the same save as the grid.
 */
export const GradeSheetExcel = ({ sheet, onImported }: { sheet: SheetKey; onImported?: () => void }) => {
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [errors, setErrors] = useState<{ message: string; cells: BadCell[] } | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async (chosen: File, dryRun: boolean) => {
    setBusy(true)
    const form = new FormData()
    form.append('file', chosen)
    const res = await fetch(`/api/grades/sheet/import?${queryOf(sheet, dryRun ? { dryRun: 'true' } : {})}`, {
      method: 'POST',
      credentials: 'include',
      body: form,
    })
    const body = await res.json().catch(() => ({}))
    setBusy(false)
    if (!res.ok) {
      setPreview(null)
      setErrors({
        message: body.errors?.[0]?.message ?? 'Không nhập được tệp.',
        cells: body.errors?.[0]?.data?.errors ?? [],
      })
      return null
    }
    setErrors(null)
    return body as Preview
  }

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null
    event.target.value = ''
    setDone(null)
    setFile(chosen)
    setPreview(chosen ? await send(chosen, true) : null)
  }

  const confirm = async () => {
    if (!file) return
    const result = await send(file, false)
    if (!result) return
    setPreview(null)
    setFile(null)
    setDone(`Đã nhập: ${result.changed} dòng thay đổi.`)
    onImported?.()
  }

  return (
    <div className="grade-sheet-excel">
      <a className="btn btn--style-secondary" href={`/api/grades/sheet/export?${queryOf(sheet)}`} download>
        Tải Excel
      </a>{' '}
      <label className="btn btn--style-secondary">
        Nhập từ Excel
        <input type="file" accept=".xlsx" hidden onChange={choose} disabled={busy} name="grade-sheet-file" />
      </label>
      {done && <p role="status">{done}</p>}
      {errors && (
        <div role="alert">
          <p>{errors.message}</p>
          <ul>
            {errors.cells.map((c, i) => (
              <li key={i}>
                Dòng {c.row}, cột {c.column}
                {c.student ? `, học sinh ${c.student}` : ''}: {c.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <div className="grade-sheet-excel__preview">
          <p>{preview.changed === 0 ? 'Tệp không thay đổi điểm nào.' : `Sẽ thay đổi ${preview.changed} dòng:`}</p>
          <ul>
            {preview.changes.map((c) => (
              <li key={c.row}>
                Dòng {c.row} ({c.student}):{' '}
                {c.cells.map((cell) => `${cell.column} ${cell.old ?? '—'} → ${cell.new ?? '—'}`).join('; ')}
              </li>
            ))}
            {preview.skipped.map((s) => (
              <li key={`skip-${s.row}`}>
                Dòng {s.row} ({s.student}): {s.message}
              </li>
            ))}
          </ul>
          {preview.changed > 0 && (
            <button type="button" className="btn btn--style-primary" onClick={confirm} disabled={busy}>
              Xác nhận nhập
            </button>
          )}{' '}
          <button type="button" className="btn btn--style-secondary" onClick={() => setPreview(null)}>
            Huỷ
          </button>
        </div>
      )}
    </div>
  )
}
