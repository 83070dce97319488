import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import type { Student } from '@/payload-types'

import { relationId } from '@/access/relation-id'
import { transcriptSections } from '@/domain/books/books'
import { type Book, pdfResponse, renderBook } from '@/lib/books/bookPdf'
import { SCHOOL } from '@/school'

import { type BookData, loadBookData } from './bookData'
import { mayPrintClassBooks, nameOf, printsEveryBook, systemRead } from './access'
import { BOOK_HEADER } from './header'

/**
 * `GET /api/students/:id/transcript?schoolYear=<id>`: the student's học bạ for a year as a PDF —
 * identity, per subject the term and year results with the teacher's comment and name, training,
 * learning, outcome, title, summer results, the homeroom comment and the principal's confirmation.
 * For the homeroom teacher of the student's class that year, the gradebook administrator, the
 * principal and the academic vice principal.
 */
export const studentTranscript: Endpoint = {
  path: '/:id/transcript',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const studentId = Number(req.routeParams?.id)
    const yearId = Number(req.searchParams.get('schoolYear'))
    if (!Number.isInteger(yearId) || yearId <= 0) throw new APIError('Thiếu năm học (schoolYear).', 400)
    const common = systemRead(req)
    const student = Number.isInteger(studentId)
      ? await req.payload.findByID({ ...common, collection: 'students', id: studentId, disableErrors: true })
      : null
    const year = await req.payload.findByID({ ...common, collection: 'school-years', id: yearId, disableErrors: true })
    if (!student || !year) {
      if (!printsEveryBook(req.user)) throw new APIError('Không có quyền in học bạ này.', 403)
      throw new APIError(
        student ? `Không tìm thấy năm học mã ${yearId}.` : `Không tìm thấy học sinh mã ${studentId}.`,
        404,
      )
    }
    const enrolment = (
      await req.payload.find({
        ...common,
        collection: 'enrolments',
        where: { and: [{ student: { equals: student.id } }, { schoolYear: { equals: yearId } }] },
        sort: '-createdAt',
        limit: 1,
        pagination: true,
      })
    ).docs[0]
    if (!enrolment) {
      if (!printsEveryBook(req.user)) throw new APIError('Không có quyền in học bạ này.', 403)
      throw new APIError(`Học sinh ${student.fullName} không học ở trường trong năm học ${year.name}.`, 404)
    }
    const klass = await req.payload.findByID({
      ...common,
      collection: 'classes',
      id: relationId(enrolment.class)!,
      depth: 1,
    })
    if (!mayPrintClassBooks(req, { homeroomTeacher: relationId(klass.homeroomTeacher) }))
      throw new APIError(`Chỉ GVCN lớp ${klass.name}, quản trị sổ điểm và Ban giám hiệu (chuyên môn) in học bạ.`, 403)
    const pdf = await renderTranscript(req, { student, year, klass })
    return pdfResponse(pdf, `hoc-ba-${student.studentCode}-${year.name}.pdf`)
  },
}

type TranscriptOf = {
  student: Student
  year: { id: number; name: string }
  klass: { id: number; name: string; homeroomTeacher?: unknown }
}

/**
 * The student's học bạ for a year as PDF bytes, in the class they ended the year in. The caller
 * checked the right to it (the endpoint above).
 */
export const renderTranscript = async (req: PayloadRequest, of: TranscriptOf) => {
  const data = await loadBookData(req, { yearId: of.year.id, classIds: [of.klass.id], studentIds: [of.student.id] })
  return renderBook(transcriptBook(data, of))
}

/**
 * The học bạ as a book, from the data of its class (`loadBookData`): identity, per subject the
 * term and year results with the teacher's comment and name, training, learning, outcome, title,
 * summer results, the homeroom comment and the principal's confirmation. `issuedAt` dates the PDF.
 */
export const transcriptBook = (data: BookData, { student, year, klass }: TranscriptOf, issuedAt?: Date): Book => {
  const grades = data.gradesOf(klass.id, student.id)
  const assignments = data.assignmentsOf(klass.id)
  const result = data.resultOf(student.id)
  const [termI, termII] = data.terms
  const gradeOf = (subjectId: number, termId: unknown) =>
    grades.find((g) => relationId(g.subject) === subjectId && relationId(g.term) === termId)
  const stored = (Array.isArray(result?.subjects) ? result.subjects : []) as Array<{
    code: string
    termI: unknown
    termII: unknown
    year: unknown
  }>
  const taught = data.subjects.filter((s) => grades.some((g) => relationId(g.subject) === s.id))
  const rows = taught.map((s) => {
    const ofYear = stored.find((x) => x.code === s.code)
    const gI = gradeOf(s.id, termI?.id)
    const gII = gradeOf(s.id, termII?.id)
    const comment = [gII?.yearComment, gII?.comment, gI?.comment].find((c) => typeof c === 'string' && c.trim())
    return {
      name: s.name,
      termI: ofYear?.termI ?? gI?.average,
      termII: ofYear?.termII ?? gII?.average,
      year: ofYear?.year ?? '',
      comment: String(comment ?? ''),
      teacher: nameOf(assignments.find((a) => relationId(a.subject) === s.id)?.teacher),
    }
  })
  const sections = transcriptSections({
    student: {
      fullName: student.fullName,
      studentCode: student.studentCode,
      dateOfBirth: String(student.dateOfBirth ?? ''),
      gender: String(student.gender ?? ''),
      ethnicity: (student as { ethnicity?: string | null }).ethnicity,
    },
    className: klass.name,
    yearName: year.name,
    homeroomTeacher: nameOf(klass.homeroomTeacher),
    subjects: rows,
    result: result
      ? {
          ...result,
          summerResults: result.summerResults as Record<string, unknown> | null,
          subjectNames: Object.fromEntries(data.subjects.map((s) => [s.code, s.name])),
          comment: result.comment,
          confirmedBy: result.status === 'closed' ? nameOf(result.closedBy) : null,
          confirmedAt: result.status === 'closed' ? result.closedAt : null,
        }
      : null,
  })
  return {
    header: BOOK_HEADER,
    title: 'HỌC BẠ TRUNG HỌC CƠ SỞ',
    cover: [student.fullName, `Lớp ${klass.name} — Năm học ${year.name}`, SCHOOL.name],
    sections,
    issuedAt,
  }
}
