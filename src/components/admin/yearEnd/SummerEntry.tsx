'use client'

import { useState } from 'react'

import { StepStatus } from './StepStatus'
import { useYearEndStep } from './useYearEndStep'

export type SummerRow = {
  studentId: string
  name: string
  /** The subjects to re-take this person sees, with the result entered so far. */
  subjects: Array<{ code: string; value: string | null }>
  training: boolean
  trainingValue: string | null
}
export type SummerSubject = { id: number; code: string; name: string; editable: boolean }

const LEVELS: Array<[string, string]> = [
  ['tot', 'Tốt'],
  ['kha', 'Khá'],
  ['dat', 'Đạt'],
  ['chua-dat', 'Chưa đạt'],
]

/** A stored result as typed in Vietnam ("6.5" → "6,5", "D" → "Đ"). */
const shown = (value: string | null) =>
  value === null ? '' : value === 'D' ? 'Đ' : value === 'CD' ? 'CĐ' : value.replace('.', ',')

/**
 * The summer phase of an approved class: the listed students, their re-assessment per subject and
 * their summer training. The subject's teacher saves a subject's scores, the homeroom teacher the
 * training results; the endpoint checks every value and writes nothing if one is wrong.
 */
export const SummerEntry = ({
  classId,
  rows,
  subjects,
  editTraining,
}: {
  classId: number
  rows: SummerRow[]
  subjects: SummerSubject[]
  editTraining: boolean
}) => {
  const { busy, hydrated, message, post } = useYearEndStep(classId)
  const [values, setValues] = useState<Record<string, string>>({})
  const key = (studentId: string, code: string) => `${studentId}|${code}`
  const current = (row: SummerRow, code: string) =>
    values[key(row.studentId, code)] ??
    (code === 'training' ? (row.trainingValue ?? '') : shown(row.subjects.find((s) => s.code === code)?.value ?? null))

  const save = (body: object, done: string) => post('summer', body, done)

  const saveSubject = (subject: SummerSubject) => {
    const scores: Record<string, string> = {}
    for (const row of rows)
      if (row.subjects.some((s) => s.code === subject.code)) scores[row.studentId] = current(row, subject.code)
    void save({ subject: subject.id, scores }, `Đã lưu điểm kiểm tra lại môn ${subject.name}.`)
  }
  const saveTraining = () => {
    const training: Record<string, string> = {}
    for (const row of rows) if (row.training) training[row.studentId] = current(row, 'training')
    void save({ training }, 'Đã lưu kết quả rèn luyện trong hè.')
  }

  const shownSubjects = subjects.filter((s) => rows.some((r) => r.subjects.some((x) => x.code === s.code)))
  const anyTraining = rows.some((r) => r.training)
  return (
    <div className="year-end__summer">
      <table className="year-end__table">
        <caption>Điểm kiểm tra lại từng môn (0–10, hoặc Đ/CĐ) và kết quả rèn luyện trong hè</caption>
        <thead>
          <tr>
            <th scope="col">Học sinh</th>
            {shownSubjects.map((s) => (
              <th key={s.code} scope="col">
                {s.name}
              </th>
            ))}
            {anyTraining && <th scope="col">Rèn luyện trong hè</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.studentId}>
              <th scope="row">{row.name}</th>
              {shownSubjects.map((s) => {
                const listed = row.subjects.some((x) => x.code === s.code)
                if (!listed) return <td key={s.code} />
                return (
                  <td key={s.code}>
                    {s.editable ? (
                      <input
                        aria-label={`${s.name} — ${row.name}`}
                        inputMode="decimal"
                        disabled={!hydrated}
                        size={5}
                        value={current(row, s.code)}
                        onChange={(e) => setValues((v) => ({ ...v, [key(row.studentId, s.code)]: e.target.value }))}
                      />
                    ) : (
                      shown(row.subjects.find((x) => x.code === s.code)?.value ?? null) || 'chưa có'
                    )}
                  </td>
                )
              })}
              {anyTraining && (
                <td>
                  {!row.training ? null : editTraining ? (
                    <select
                      aria-label={`Rèn luyện trong hè — ${row.name}`}
                      disabled={!hydrated}
                      value={current(row, 'training')}
                      onChange={(e) => setValues((v) => ({ ...v, [key(row.studentId, 'training')]: e.target.value }))}
                    >
                      <option value="">—</option>
                      {LEVELS.map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    (LEVELS.find(([v]) => v === row.trainingValue)?.[1] ?? 'chưa có')
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="year-end__actions">
        {shownSubjects
          .filter((s) => s.editable)
          .map((s) => (
            <button
              key={s.code}
              type="button"
              className="btn btn--style-primary btn--size-medium"
              disabled={!hydrated || busy}
              onClick={() => saveSubject(s)}
            >
              Lưu điểm kiểm tra lại môn {s.name}
            </button>
          ))}
        {editTraining && anyTraining && (
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            disabled={!hydrated || busy}
            onClick={saveTraining}
          >
            Lưu kết quả rèn luyện trong hè
          </button>
        )}
        <StepStatus message={message} />
      </div>
    </div>
  )
}
