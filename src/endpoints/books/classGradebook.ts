import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import { gradebookSections, printLevel } from '@/domain/books/books'
import { classifyLearning, type CommentResult, parseScore } from '@/domain/grading'
import { type Book, pdfResponse, renderBook } from '@/lib/books/bookPdf'
import { SCHOOL } from '@/school'

import { type BookData, loadBookData } from './bookData'
import { mayPrintClassBooks, nameOf, systemRead } from './access'
import { BOOK_HEADER } from './header'

/**
 * `GET /api/classes/:id/gradebook?term=<id>`: the class's sổ theo dõi và đánh giá học sinh for a
 * term as a PDF: per subject every student's regular, mid-term and end-of-term scores, average and
 * comment, then the term's summary per student (averages, training, learning). For the class's
 * homeroom teacher, the gradebook administrator, the principal and the academic vice principal.
 */
export const classGradebook: Endpoint = {
  path: '/:id/gradebook',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const common = systemRead(req)
    const classId = Number(req.routeParams?.id)
    const klass = Number.isInteger(classId)
      ? await req.payload.findByID({ ...common, collection: 'classes', id: classId, depth: 1, disableErrors: true })
      : null
    if (!klass) throw new APIError(`Không tìm thấy lớp mã ${String(req.routeParams?.id)}.`, 404)
    if (!mayPrintClassBooks(req, { homeroomTeacher: relationId(klass.homeroomTeacher) }))
      throw new APIError(
        `Chỉ GVCN lớp ${klass.name}, quản trị sổ điểm và Ban giám hiệu (chuyên môn) in sổ theo dõi.`,
        403,
      )
    const termId = Number(req.searchParams.get('term'))
    const term = Number.isInteger(termId)
      ? await req.payload.findByID({ ...common, collection: 'terms', id: termId, disableErrors: true })
      : null
    if (!term || relationId(term.schoolYear) !== relationId(klass.schoolYear))
      throw new APIError(`Học kỳ (term) không thuộc năm học của lớp ${klass.name}.`, 400)
    const pdf = await renderClassGradebook(req, klass, term)
    return pdfResponse(pdf, `so-theo-doi-${klass.name}-${term.id}.pdf`)
  },
}

type ClassOfBook = { id: number; name: string; grade: unknown; homeroomTeacher?: unknown; schoolYear: unknown }
type TermOfBook = { id: number; name: string }

/**
 * The class's sổ theo dõi for a term as PDF bytes. The caller checked the right to the book (the
 * endpoint above); the class is read with its homeroom teacher.
 */
export const renderClassGradebook = async (req: PayloadRequest, klass: ClassOfBook, term: TermOfBook) => {
  const yearId = relationId(klass.schoolYear) as number
  const data = await loadBookData(req, { yearId, classIds: [klass.id] })
  return renderBook(gradebookBook(data, klass, term))
}

/**
 * The class's sổ theo dõi for a term as a book, from the data of its class (`loadBookData`): per
 * subject every student's regular, mid-term and end-of-term scores, average and comment, then the
 * term's summary per student (averages, training, learning). `issuedAt` dates the PDF.
 */
export const gradebookBook = (data: BookData, klass: ClassOfBook, term: TermOfBook, issuedAt?: Date): Book => {
  const grades = data.termGradesOf(klass.id, term.id)
  const assignments = data.assignmentsOf(klass.id)
  const conduct = data.conductOf(klass.id, term.id)
  const students = data
    .enrolmentsOf(klass.id)
    .map((e) => ({ id: relationId(e.student), name: nameOf(e.student) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  const grade = Number(klass.grade)
  const taught = data.subjects.filter(
    (s) => Number((s.regularAssessments as Record<string, number | null> | undefined)?.[`grade${grade}`] ?? 0) > 0,
  )
  const byCell = new Map(grades.map((g) => [`${relationId(g.student)}:${relationId(g.subject)}`, g]))
  const gradeOf = (studentId: unknown, subjectId: number) => byCell.get(`${studentId}:${subjectId}`)
  const subjectTables = taught.map((s) => ({
    name: s.name,
    teacher: nameOf(assignments.find((a) => relationId(a.subject) === s.id)?.teacher, 'Chưa phân công'),
    rows: students.map((st) => {
      const g = gradeOf(st.id, s.id)
      return {
        student: st.name,
        regular: Array.isArray(g?.regular) ? (g.regular as unknown[]) : [],
        midterm: g?.midterm,
        final: g?.final,
        average: g?.average,
        comment: String(g?.comment ?? ''),
      }
    }),
  }))
  const summaryRows = students.map((st) => {
    const cells = taught.map((s) => gradeOf(st.id, s.id)?.average ?? null)
    const scored = taught
      .map((s, i) => (s.assessment === 'comment' ? null : cells[i]))
      .filter((v): v is string => typeof v === 'string')
      .map((v) => parseScore(v))
    const comments = taught.map((s, i) => (s.assessment === 'comment' ? cells[i] : null)).filter(Boolean)
    const complete = cells.every((c) => c !== null && c !== undefined)
    const learning = complete
      ? classifyLearning({
          scored: scored.map((p) => (p.ok ? p.value : 0)),
          comment: comments as CommentResult[],
        })
      : null
    const training = conduct.find((c) => relationId(c.student) === st.id)?.level
    return [
      st.name,
      ...cells.map((c) => (c === 'D' ? 'Đ' : c === 'CD' ? 'CĐ' : String(c ?? '').replace('.', ','))),
      printLevel(training),
      printLevel(learning),
    ]
  })
  return {
    header: BOOK_HEADER,
    title: 'SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH',
    cover: [`Lớp ${klass.name}`, `${term.name}`, SCHOOL.name, `Giáo viên chủ nhiệm: ${nameOf(klass.homeroomTeacher)}`],
    landscape: true,
    issuedAt,
    sections: gradebookSections(subjectTables, {
      columns: taught.map((s) => s.code),
      rows: summaryRows,
    }),
  }
}
