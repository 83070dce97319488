import { columnOfPath } from './sheetColumns'
import { missingCells, type GradeValues } from './values'

/** Something the principal cannot approve without, with who must enter it. */
export type MissingItem =
  | { kind: 'grade'; teacher: string; subject: string; student: string; term: string; cells: string[] }
  | { kind: 'conduct'; teacher: string; student: string; term: string }
  | { kind: 'attendance'; teacher: string; student: string; month: string }
  | { kind: 'comment'; teacher: string; student: string }

export type ClassRecords = {
  homeroomTeacher: string
  students: Array<{ id: string; name: string }>
  subjects: Array<{ id: string; name: string; teacher: string; requiredRegular: number }>
  terms: Array<{ id: string; name: string }>
  months: string[]
  /** Stored grades keyed `student|subject|term`. */
  grades: Map<string, GradeValues>
  /** Conduct keyed `student|term`, attendance keyed `student|month`, comments by student. */
  conduct: Set<string>
  attendance: Set<string>
  comments: Set<string>
}

/** Every grade cell, conduct result, attendance month and year-end comment still missing in a class. */
export const missingForClass = (r: ClassRecords): MissingItem[] => {
  const missing: MissingItem[] = []
  for (const student of r.students) {
    for (const term of r.terms) {
      for (const subject of r.subjects) {
        const values = r.grades.get(`${student.id}|${subject.id}|${term.id}`) ?? {
          regular: [],
          midterm: null,
          final: null,
        }
        const cells = missingCells(values, subject.requiredRegular)
        if (cells.length > 0)
          missing.push({
            kind: 'grade',
            teacher: subject.teacher,
            subject: subject.name,
            student: student.name,
            term: term.name,
            cells,
          })
      }
      if (!r.conduct.has(`${student.id}|${term.id}`))
        missing.push({ kind: 'conduct', teacher: r.homeroomTeacher, student: student.name, term: term.name })
    }
    for (const month of r.months) {
      if (!r.attendance.has(`${student.id}|${month}`))
        missing.push({ kind: 'attendance', teacher: r.homeroomTeacher, student: student.name, month })
    }
    if (!r.comments.has(student.id))
      missing.push({ kind: 'comment', teacher: r.homeroomTeacher, student: student.name })
  }
  return missing
}

/** Months of a school year, `YYYY-MM`, from its first to its last day. */
export const schoolMonths = (start: string, end: string): string[] => {
  const months: string[] = []
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))]
  const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))]
  while (y < ey || (y === ey && m <= em)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m > 12) [y, m] = [y + 1, 1]
  }
  return months
}

/** One missing item as the person who must act reads it: the student, what is missing, who owes it. */
export const describeMissing = (item: MissingItem): string => {
  switch (item.kind) {
    case 'grade':
      return `${item.student}: ${item.subject}, ${item.term}, thiếu ${item.cells.map(columnOfPath).join(', ')} (${item.teacher})`
    case 'conduct':
      return `${item.student}: kết quả rèn luyện ${item.term} (${item.teacher})`
    case 'attendance':
      return `${item.student}: chuyên cần tháng ${Number(item.month.slice(5, 7))}/${item.month.slice(0, 4)} (${item.teacher})`
    case 'comment':
      return `${item.student}: nhận xét cuối năm của giáo viên chủ nhiệm (${item.teacher})`
  }
}
