'use client'

import {
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react'

import {
  columnOfCell,
  type EntryDeadline,
  gradeAverage,
  normalizeCell,
  normalizeGradeValues,
  passedDeadlines,
} from '@/domain/grading'
import { vietnamDate } from '@/domain/calendar'
import { cellForSave, displayCell, isBlock, parsePastedBlock } from '@/domain/grading/sheetInput'

import { CorrectionDialog, type CorrectionTarget } from './CorrectionDialog'
import { DeadlineLine } from './DeadlineLine'
import './gradeSheet.css'
import { GradeSheetExcel } from './GradeSheetExcel'
import { postJson } from '../postJson'

export type SheetChoice = { label: string; class: number; subject: number; term: number }

type Row = {
  student: number
  fullName: string
  studentCode: string
  gradeId: number | null
  revision: number | null
  locked: boolean
  cells: string[] // regular…, midterm, final (as shown: 7,5)
  comment: string
}

type Sheet = {
  key: string
  assessment: 'score' | 'comment'
  requiredRegular: number
  deadlines: EntryDeadline[]
  rows: Row[]
}
type Problem = { r: number; c: number | 'comment'; message: string }

const COMMENT_MAX = 500

const toValues = (row: Row, n: number) => ({
  regular: row.cells.slice(0, n).map(cellForSave),
  midterm: cellForSave(row.cells[n] ?? ''),
  final: cellForSave(row.cells[n + 1] ?? ''),
})

/** The average the server will compute, shown as the teacher types (same domain rules). */
const averageOf = (row: Row, sheet: Sheet) => {
  const { values, errors } = normalizeGradeValues(
    toValues(row, sheet.requiredRegular),
    sheet.assessment,
    sheet.requiredRegular,
  )
  if (errors.length > 0) return '!'
  return displayCell(gradeAverage(values, sheet.assessment, sheet.requiredRegular))
}

const cellPath = (c: number, n: number) => (c < n ? `regular.${c}` : c === n ? 'midterm' : 'final')
const sent = (row: Row) =>
  !row.locked && (row.revision !== null || row.cells.some((v) => v.trim() !== '') || row.comment.trim() !== '')

/**
 * Students × assessments as a spreadsheet: a cell reached by keyboard is selected so typing replaces
 * it; arrows, Tab and Enter move; a block pasted from Excel fills rows × columns; Ctrl+S saves;
 * wrong cells are outlined while typing (message on hover) and, after a refused save, every bad cell
 * is marked and listed at the top by student and column. The chosen sheet is kept in the URL.
 */
export const GradeSheetGrid = ({ choices, initial }: { choices: SheetChoice[]; initial: number }) => {
  const [choice, setChoice] = useState(initial)
  const [sheet, setSheet] = useState<Sheet | null>(null)
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(null)
  const [problems, setProblems] = useState<Problem[]>([])
  const [correction, setCorrection] = useState<CorrectionTarget | null>(null)
  const [saving, setSaving] = useState(false)
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
      setStatus({ kind: 'error', text: body.errors?.[0]?.message ?? 'Không tải được bảng điểm.' })
      return
    }
    const n = body.requiredRegular as number
    setSheet({
      key: `${current.class}-${current.subject}-${current.term}`,
      assessment: body.assessment,
      requiredRegular: n,
      deadlines: body.deadlines ?? [],
      rows: body.rows.map((r: any) => ({
        student: r.student,
        fullName: r.fullName,
        studentCode: r.studentCode ?? '',
        gradeId: r.grade?.id ?? null,
        revision: r.grade?.revision ?? null,
        locked: Boolean(r.grade?.locked),
        cells: [
          ...Array.from({ length: n }, (_, i) => displayCell(r.grade?.regular?.[i])),
          displayCell(r.grade?.midterm),
          displayCell(r.grade?.final),
        ],
        comment: r.grade?.comment ?? '',
      })),
    })
    setProblems([])
  }, [current])

  useEffect(() => {
    void load()
    // The chosen sheet stays in the address, so a reload or a shared link opens the same sheet.
    const url = new URL(window.location.href)
    url.searchParams.set('class', String(current.class))
    url.searchParams.set('subject', String(current.subject))
    url.searchParams.set('term', String(current.term))
    window.history.replaceState(null, '', url)
  }, [load, current])

  const save = useCallback(async () => {
    if (!sheet || saving) return
    const n = sheet.requiredRegular
    const headers = [...Array.from({ length: n }, (_, i) => `TX${i + 1}`), 'GK', 'CK']
    // Every wrong cell at once, before anything is sent.
    const found: Problem[] = []
    sheet.rows.forEach((row, r) => {
      if (row.locked) return
      row.cells.forEach((value, c) => {
        const result = normalizeCell(cellForSave(value), sheet.assessment)
        if (!result.ok) found.push({ r, c, message: result.message })
      })
      if (row.comment.length > COMMENT_MAX)
        found.push({ r, c: 'comment', message: `Nhận xét dài quá ${COMMENT_MAX} ký tự.` })
    })
    if (found.length > 0) {
      setProblems(found)
      setStatus({ kind: 'error', text: `Chưa lưu: ${found.length} ô sai, xem danh sách bên trên.` })
      return
    }
    const sentRows = sheet.rows.map((row, r) => ({ row, r })).filter(({ row }) => sent(row))
    setSaving(true)
    setStatus({ kind: 'info', text: 'Đang lưu…' })
    const res = await postJson('/api/grades/sheet', {
      class: current.class,
      subject: current.subject,
      term: current.term,
      rows: sentRows.map(({ row }) => ({
        student: row.student,
        revision: row.revision,
        ...toValues(row, n),
        comment: row.comment.trim() || null,
      })),
    })
    setSaving(false)
    const body = await res.json().catch(() => ({}))
    if (res.ok) {
      await load()
      setStatus({ kind: 'ok', text: `Đã lưu ${body.docs?.length ?? sentRows.length} học sinh.` })
      return
    }
    const details: Array<{ path?: string; message?: string }> = body.errors?.[0]?.data?.errors ?? []
    const marked = details.flatMap((d): Problem[] => {
      const match = /^rows\.(\d+)\.(.+)$/.exec(d.path ?? '')
      const target = match ? sentRows[Number(match[1])] : undefined
      if (!target) return []
      const path = match![2]
      const c = path === 'comment' ? 'comment' : headers.findIndex((_, i) => cellPath(i, n) === path)
      return [{ r: target.r, c: c === -1 ? 0 : c, message: d.message ?? 'Giá trị không hợp lệ.' }]
    })
    setProblems(marked)
    setStatus({
      kind: 'error',
      text: `Chưa lưu: ${body.errors?.[0]?.message ?? 'máy chủ từ chối bảng điểm.'}`,
    })
  }, [sheet, saving, current, load])

  // Ctrl+S (⌘S) saves the sheet instead of the browser's "save page".
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void save()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [save])

  if (!sheet) return <p role="status">Đang tải…</p>
  const n = sheet.requiredRegular
  const columns = n + 2
  const headers = [...Array.from({ length: n }, (_, i) => `TX${i + 1}`), 'GK', 'CK']
  const now = new Date()
  const passed = passedDeadlines(sheet.deadlines, now)
  /** An empty cell of an open row whose column's deadline has passed. */
  const overdueAt = (value: string, locked: boolean, c: number) =>
    value.trim() === '' && !locked ? passed[columnOfCell(c, n)] : undefined

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
  const setComment = (r: number, value: string) =>
    setSheet((s) => (s ? { ...s, rows: s.rows.map((row, i) => (i === r ? { ...row, comment: value } : row)) } : s))

  const focus = (r: number, c: number) =>
    grid.current?.querySelector<HTMLInputElement>(`input[data-r="${r}"][data-c="${c}"]`)?.focus()

  const onKey = (event: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      Enter: [event.shiftKey ? -1 : 1, 0],
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

  // A cell reached by keyboard is selected whole: typing replaces it, as in Excel.
  const onFocus = (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select()

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = event.clipboardData.getData('text')
    if (!isBlock(text)) return
    event.preventDefault()
    const block = parsePastedBlock(text)
    let skipped = 0
    setSheet((s) => {
      if (!s) return s
      const rows = s.rows.map((row) => ({ ...row, cells: [...row.cells] }))
      block.forEach((line, i) =>
        line.forEach((value, j) => {
          const row = rows[r + i]
          if (!row || c + j >= columns) return
          if (row.locked) skipped++
          else row.cells[c + j] = value
        }),
      )
      return { ...s, rows }
    })
    setStatus({
      kind: 'info',
      text: `Đã dán ${block.length} dòng × ${Math.max(...block.map((l) => l.length))} cột${skipped ? `; bỏ qua ${skipped} ô của dòng đã khoá` : ''}. Nhấn Ctrl+S để lưu.`,
    })
  }

  const problemAt = (r: number, c: number | 'comment') => problems.find((p) => p.r === r && p.c === c)
  const liveError = (value: string) => {
    const result = normalizeCell(cellForSave(value), sheet.assessment)
    return result.ok ? null : result.message
  }

  return (
    <div className="grade-sheet">
      <div className="grade-sheet__toolbar">
        <label>
          Sổ điểm:{' '}
          {/* autoComplete off: a browser restoring the choice after reload would show another sheet than the one loaded. */}
          <select
            value={choice}
            onChange={(e) => setChoice(Number(e.target.value))}
            name="assignment"
            autoComplete="off"
          >
            {choices.map((c, i) => (
              <option key={c.label} value={i}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          onClick={() => void save()}
          disabled={saving}
        >
          Lưu bảng điểm (Ctrl+S)
        </button>
        <GradeSheetExcel sheet={current} onImported={load} />
      </div>
      <div
        className={`grade-sheet__status grade-sheet__status--${status?.kind ?? 'info'}`}
        role="status"
        aria-live="polite"
      >
        {status?.text ?? 'Gõ điểm (7,5 hoặc 7.5), dùng mũi tên, Tab, Enter để di chuyển; dán cả khối từ Excel.'}
      </div>
      {problems.length > 0 ? (
        <div className="grade-sheet__problems" role="alert">
          <strong>Các ô cần sửa:</strong>
          <ul>
            {problems.map((p) => (
              <li key={`${p.r}-${p.c}`}>
                <button
                  type="button"
                  className="grade-sheet__problem-link"
                  onClick={() =>
                    p.c === 'comment'
                      ? grid.current?.querySelector<HTMLInputElement>(`input[data-comment="${p.r}"]`)?.focus()
                      : focus(p.r, p.c)
                  }
                >
                  {sheet.rows[p.r]?.fullName} — {p.c === 'comment' ? 'Nhận xét' : headers[p.c]}
                </button>
                : {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <DeadlineLine deadlines={sheet.deadlines} now={now} />
      <div className="grade-sheet__scroll">
        <table ref={grid} className="grade-sheet__table" data-sheet={sheet.key}>
          <thead>
            <tr>
              <th scope="col" className="grade-sheet__sticky grade-sheet__no">
                #
              </th>
              <th scope="col" className="grade-sheet__sticky grade-sheet__code">
                Mã HS
              </th>
              <th scope="col" className="grade-sheet__sticky grade-sheet__name">
                Học sinh
              </th>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
              <th scope="col">TBmhk</th>
              <th scope="col">Nhận xét</th>
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row, r) => (
              <tr key={row.student} data-student={row.student} className={row.locked ? 'grade-sheet__row--locked' : ''}>
                <td className="grade-sheet__sticky grade-sheet__no">{r + 1}</td>
                <td className="grade-sheet__sticky grade-sheet__code">{row.studentCode}</td>
                <th scope="row" className="grade-sheet__sticky grade-sheet__name">
                  {row.fullName}
                  {row.locked ? (
                    <span className="grade-sheet__lock">
                      <span title="Điểm đã khoá: chỉ sửa được qua đề nghị điều chỉnh" aria-label="Đã khoá">
                        🔒
                      </span>
                      <button
                        type="button"
                        className="grade-sheet__correct"
                        onClick={() =>
                          setCorrection({
                            gradeId: row.gradeId!,
                            studentName: row.fullName,
                            columns: headers.map((h, c) => ({ name: h, value: row.cells[c] ?? '' })),
                          })
                        }
                        disabled={row.gradeId === null}
                      >
                        Đề nghị điều chỉnh
                      </button>
                    </span>
                  ) : null}
                </th>
                {row.cells.map((value, c) => {
                  const problem = problemAt(r, c)?.message ?? (value ? liveError(value) : null)
                  const overdue = problem ? undefined : overdueAt(value, row.locked, c)
                  return (
                    <td key={c}>
                      <input
                        aria-label={`${row.fullName} ${headers[c]}`}
                        data-r={r}
                        data-c={c}
                        readOnly={row.locked}
                        aria-readonly={row.locked || undefined}
                        aria-invalid={problem ? true : undefined}
                        title={
                          problem ?? (overdue ? `Quá hạn nhập (hết ngày ${vietnamDate(overdue.dueDate)})` : undefined)
                        }
                        className={
                          problem ? 'grade-sheet__cell--bad' : overdue ? 'grade-sheet__cell--overdue' : undefined
                        }
                        value={value}
                        size={4}
                        inputMode="decimal"
                        onFocus={onFocus}
                        onChange={(e) => {
                          setCell(r, c, e.target.value)
                          if (problemAt(r, c)) setProblems((ps) => ps.filter((p) => !(p.r === r && p.c === c)))
                        }}
                        onKeyDown={(e) => onKey(e, r, c)}
                        onPaste={(e) => onPaste(e, r, c)}
                      />
                    </td>
                  )
                })}
                <td data-average>{averageOf(row, sheet)}</td>
                <td>
                  <input
                    aria-label={`${row.fullName} nhận xét`}
                    data-comment={r}
                    readOnly={row.locked}
                    maxLength={COMMENT_MAX}
                    value={row.comment}
                    title={problemAt(r, 'comment')?.message}
                    className={`grade-sheet__comment${problemAt(r, 'comment') ? ' grade-sheet__cell--bad' : ''}`}
                    onChange={(e) => setComment(r, e.target.value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {correction ? (
        <CorrectionDialog
          target={correction}
          onClose={(message) => {
            setCorrection(null)
            if (message) setStatus({ kind: 'ok', text: message })
          }}
        />
      ) : null}
    </div>
  )
}
