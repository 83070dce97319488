'use client'

import { useCallback, useEffect, useMemo, useState } from 'react'
import { postJson } from '../postJson'

export type TermChoice = { id: number; name: string; current: boolean }

type Row = {
  teacherId: number
  classId: number
  subjectId: number
  teacherName: string
  className: string
  subjectName: string
  required: number
  entered: number
  enteredThisMonth: number
  percent: number
  overdue: number
  lastReminder: { at: string; by: string } | null
}
type Anomaly = {
  kind: 'class-average' | 'many-changes' | 'term-jump'
  className: string
  subjectName: string
  studentName?: string
  classAverage?: number
  schoolAverage?: number
  changes?: number
  previous?: number
  current?: number
}

const tenths = (v?: number) => (v === undefined ? '' : (v / 10).toFixed(1).replace(/\.0$/, ''))
const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })

const describe = (a: Anomaly): string => {
  if (a.kind === 'class-average')
    return `Điểm trung bình môn ${a.subjectName} lớp ${a.className} là ${tenths(a.classAverage)}, chênh lệch nhiều so với trung bình toàn trường (${tenths(a.schoolAverage)}).`
  if (a.kind === 'many-changes')
    return `Điểm môn ${a.subjectName} của ${a.studentName} (lớp ${a.className}) đã bị sửa ${a.changes} lần.`
  return `Điểm trung bình môn ${a.subjectName} của ${a.studentName} (lớp ${a.className}) chênh hơn 4 điểm giữa hai học kỳ: ${tenths(a.previous)} → ${tenths(a.current)}.`
}

const distinct = (
  rows: Row[],
  id: 'classId' | 'subjectId' | 'teacherId',
  name: 'className' | 'subjectName' | 'teacherName',
) => [...new Map(rows.map((r) => [r[id], r[name]])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'vi'))

/** The progress table with its filters, percentage bars and remind buttons; anomalies below. */
export const ProgressTable = ({ terms, showAnomalies }: { terms: TermChoice[]; showAnomalies: boolean }) => {
  const [term, setTerm] = useState<number | null>((terms.find((t) => t.current) ?? terms[0])?.id ?? null)
  const [rows, setRows] = useState<Row[]>([])
  const [anomalies, setAnomalies] = useState<Anomaly[]>([])
  const [filter, setFilter] = useState({ classId: 0, subjectId: 0, teacherId: 0 })
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const load = useCallback(async () => {
    if (term === null) return
    const res = await fetch(`/api/grades/progress?term=${term}`, { credentials: 'include' })
    const body = await res.json()
    if (!res.ok) return setMessage({ kind: 'error', text: body.errors?.[0]?.message ?? 'Không tải được tiến độ.' })
    setRows(body.rows)
    setAnomalies(body.anomalies ?? [])
  }, [term])
  useEffect(() => void load(), [load])

  const shown = useMemo(
    () =>
      rows.filter(
        (r) =>
          (!filter.classId || r.classId === filter.classId) &&
          (!filter.subjectId || r.subjectId === filter.subjectId) &&
          (!filter.teacherId || r.teacherId === filter.teacherId),
      ),
    [rows, filter],
  )

  const remind = async (row: Row) => {
    const res = await postJson('/api/grades/progress/remind', {
      term,
      class: row.classId,
      subject: row.subjectId,
      teacher: row.teacherId,
    })
    const body = await res.json()
    setMessage(
      res.ok
        ? { kind: 'ok', text: `Đã nhắc ${row.teacherName}.` }
        : { kind: 'error', text: body.errors?.[0]?.message ?? 'Không gửi được lời nhắc.' },
    )
    if (res.ok) await load()
  }

  const select = (label: string, value: number, options: [number, string][], onChange: (v: number) => void) => (
    <label style={{ display: 'inline-flex', flexDirection: 'column', marginRight: 16 }}>
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        <option value={0}>Tất cả</option>
        {options.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <div className="grade-progress">
      <div style={{ marginBottom: 16 }}>
        <label style={{ display: 'inline-flex', flexDirection: 'column', marginRight: 16 }}>
          Học kỳ
          <select value={term ?? ''} onChange={(e) => setTerm(Number(e.target.value))}>
            {terms.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        {select('Lớp', filter.classId, distinct(rows, 'classId', 'className'), (classId) =>
          setFilter({ ...filter, classId }),
        )}
        {select('Môn', filter.subjectId, distinct(rows, 'subjectId', 'subjectName'), (subjectId) =>
          setFilter({ ...filter, subjectId }),
        )}
        {select('Giáo viên', filter.teacherId, distinct(rows, 'teacherId', 'teacherName'), (teacherId) =>
          setFilter({ ...filter, teacherId }),
        )}
      </div>
      {message && (
        <p
          role="status"
          style={{ color: message.kind === 'error' ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}
        >
          {message.text}
        </p>
      )}
      <table className="grade-progress__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th align="left">Giáo viên</th>
            <th align="left">Lớp</th>
            <th align="left">Môn</th>
            <th align="left">Đã nhập / cần nhập</th>
            <th align="right">Tháng này</th>
            <th align="right" title="Ô còn trống sau hạn nhập điểm của cột">
              Quá hạn
            </th>
            <th align="left" style={{ paddingLeft: 16 }}>
              Nhắc gần nhất
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr
              key={`${r.teacherId}-${r.classId}-${r.subjectId}`}
              style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
            >
              <td>{r.teacherName}</td>
              <td>{r.className}</td>
              <td>{r.subjectName}</td>
              <td>
                <div title={`${r.percent}%`} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <div style={{ width: 160, height: 10, background: 'var(--theme-elevation-100)', borderRadius: 5 }}>
                    <div
                      style={{
                        width: `${r.percent}%`,
                        height: '100%',
                        borderRadius: 5,
                        background: r.percent === 100 ? 'var(--theme-success-500)' : 'var(--theme-warning-500)',
                      }}
                    />
                  </div>
                  {r.entered}/{r.required} ({r.percent}%)
                </div>
              </td>
              <td align="right">{r.enteredThisMonth}</td>
              <td
                align="right"
                data-overdue={r.overdue}
                style={r.overdue > 0 ? { color: 'var(--theme-error-500)', fontWeight: 600 } : undefined}
              >
                {r.overdue > 0 ? r.overdue : ''}
              </td>
              <td style={{ paddingLeft: 16 }}>
                {r.lastReminder ? `${when(r.lastReminder.at)} — ${r.lastReminder.by}` : ''}
              </td>
              <td>
                {r.entered < r.required && (
                  <button
                    type="button"
                    className="btn btn--style-secondary btn--size-small"
                    // Payload's buttons carry a form's vertical margins: without them a row is one line high.
                    style={{ margin: 0 }}
                    onClick={() => void remind(r)}
                  >
                    Nhắc
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p>Không có phân công giảng dạy nào trong phạm vi này.</p>}
      {showAnomalies && (
        <section style={{ marginTop: 32 }}>
          <h2>Bất thường cần hiệu trưởng chú ý</h2>
          {anomalies.length === 0 ? (
            <p>Không có bất thường trong học kỳ này.</p>
          ) : (
            <ul>
              {anomalies.map((a, i) => (
                <li key={i}>{describe(a)}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  )
}
