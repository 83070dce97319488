import { deadlinePassed, deadlinesByColumn, ENTRY_COLUMN_LABELS, type EntryDeadline } from '@/domain/grading'
import { vietnamDate } from '@/domain/calendar'

/** The term's entry deadlines above the sheet: "Hạn nhập điểm: TX hết 15/11/2026 · GK hết 20/11/2026 (đã qua)". */
export const DeadlineLine = ({ deadlines, now }: { deadlines: EntryDeadline[]; now: Date }) => {
  const byColumn = Object.values(deadlinesByColumn(deadlines))
  if (byColumn.length === 0) return null
  return (
    <p className="grade-sheet__deadlines">
      <strong>Hạn nhập điểm:</strong>{' '}
      {byColumn.map((deadline, i) => (
        <span key={deadline!.column} data-column={deadline!.column}>
          {i > 0 ? ' · ' : ''}
          {ENTRY_COLUMN_LABELS[deadline!.column]} hết ngày {vietnamDate(deadline!.dueDate)}
          {deadlinePassed(deadline!, now) ? ' (đã qua hạn)' : ''}
        </span>
      ))}
    </p>
  )
}
