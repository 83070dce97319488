import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { canExchangeWithCsdl } from '@/access/exchange'
import { relationId } from '@/access/relation-id'
import { csdlScoreLayout, type ScoreRow } from '@/domain/exchange/csdlScores'
import { CSDL_YEAR_RESULT_LAYOUT, type YearResultRow } from '@/domain/exchange/csdlYearResults'
import { cellsOf, headersOf } from '@/domain/exchange/layout'
import type { Level } from '@/domain/grading'
import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'
import { inClassListOrder } from '@/domain/students/classListOrder'
import { type TableSheet, tableWorkbook, xlsxResponse } from '@/lib/xlsx/tableWorkbook'
import { SCHOOL } from '@/school'

const positiveInt = (v: string | null) => (v && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null)
const common = { overrideAccess: false, depth: 0, pagination: false } as const

/**
 * How an export reads: an endpoint with its caller's access; a whole-year export job with its
 * starter's access (`overrideAccess: false`), or as the system for the year's archive.
 */
export type ExportReader = { req: PayloadRequest; overrideAccess: boolean }

type Student = {
  id: number
  fullName: string
  studentCode: string
  nationalStudentId?: string | null
  dateOfBirth?: string | null
}

/** The students holding a seat in a class, by Vietnamese name order (given name last), read with the caller's access. */
const classStudents = async ({ req, overrideAccess }: ExportReader, classId: number): Promise<Student[]> => {
  const enrolments = await req.payload.find({
    ...common,
    req,
    overrideAccess,
    collection: 'enrolments',
    depth: 1,
    where: {
      and: [
        { class: { equals: classId } },
        { isLatest: { equals: true } },
        // the year's students: seats held, and those who finished it by graduating
        { status: { in: [...SEAT_HOLDING_STATUSES, 'graduated'] } },
      ],
    },
  })
  const students = enrolments.docs
    .map((e) => e.student as unknown as Student)
    .filter((s) => typeof s === 'object' && s !== null)
  return inClassListOrder(students, (student) => student.fullName)
}

/** Throws the 401 or 403 of a caller who may not exchange data with the CSDL. */
const checkCsdlCaller = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('Cần đăng nhập.', 401)
  if (!canExchangeWithCsdl(req.user))
    throw new APIError('Chỉ người quản lý sổ điểm và ban giám hiệu chuyên môn trao đổi dữ liệu với CSDL ngành.', 403)
}

/** `GET /api/grades/csdl-export?class=&subject=&term=`: one class's scores of a subject and term, as the CSDL imports them. */
export const csdlScoresExport: Endpoint = {
  path: '/csdl-export',
  method: 'get',
  handler: async (req) => {
    checkCsdlCaller(req)
    const params = req.searchParams ?? new URLSearchParams()
    const [classId, subjectId, termId] = ['class', 'subject', 'term'].map((k) => positiveInt(params.get(k)))
    if (!classId || !subjectId || !termId)
      throw new APIError('Cần chọn lớp, môn và học kỳ (class, subject, term là mã số).', 400)
    const find = <C extends 'classes' | 'subjects' | 'terms'>(collection: C, id: number) =>
      req.payload.findByID({ collection, id, req, overrideAccess: false, depth: 0, disableErrors: true })
    const [klass, subject, term] = await Promise.all([
      find('classes', classId),
      find('subjects', subjectId),
      find('terms', termId),
    ])
    if (!klass || !subject || !term) throw new APIError('Không tìm thấy lớp, môn hoặc học kỳ đã chọn.', 404)
    const { sheet, filename } = await classScoresSheet({ req, overrideAccess: false }, klass, subject, term)
    return xlsxResponse(await tableWorkbook([SCHOOL.name.toUpperCase()], [sheet]), filename)
  },
}
/** `GET /api/year-end-results/csdl-export?class=`: one class's year results, as the CSDL imports them. */
export const csdlYearResultsExport: Endpoint = {
  path: '/csdl-export',
  method: 'get',
  handler: async (req) => {
    checkCsdlCaller(req)
    const classId = positiveInt((req.searchParams ?? new URLSearchParams()).get('class'))
    if (!classId) throw new APIError('Cần chọn lớp (class là mã số lớp).', 400)
    const klass = await req.payload.findByID({
      collection: 'classes',
      id: classId,
      req,
      overrideAccess: false,
      depth: 0,
      disableErrors: true,
    })
    if (!klass) throw new APIError(`Không tìm thấy lớp mã ${classId}.`, 404)
    const sheet = await classYearResultsSheet({ req, overrideAccess: false }, klass)
    return xlsxResponse(await tableWorkbook([SCHOOL.name.toUpperCase()], [sheet]), `csdl-ket-qua-${klass.name}.xlsx`)
  },
}

type Named = { id: number; name: string }

/** One class's scores of a subject and term as the CSDL's sheet, and the file name the CSDL expects. */
export const classScoresSheet = async (
  reader: ExportReader,
  klass: Named & { grade: unknown },
  subject: Named & { code: string; regularAssessments?: unknown },
  term: Named & { term: string },
): Promise<{ sheet: TableSheet; filename: string }> => {
  const [students, grades] = await Promise.all([
    classStudents(reader, klass.id),
    reader.req.payload.find({
      ...common,
      ...reader,
      collection: 'grades',
      where: {
        and: [{ class: { equals: klass.id } }, { subject: { equals: subject.id } }, { term: { equals: term.id } }],
      },
    }),
  ])
  const byStudent = new Map(grades.docs.map((g) => [relationId(g.student), g]))
  const rows: ScoreRow[] = students.map((s) => {
    const g = byStudent.get(s.id)
    return {
      nationalStudentId: s.nationalStudentId ?? null,
      studentCode: s.studentCode,
      fullName: s.fullName,
      dateOfBirth: s.dateOfBirth ?? null,
      regular: ((g?.regular as Array<string | null> | undefined) ?? []).map((v) => v ?? null),
      midterm: g?.midterm ?? null,
      final: g?.final ?? null,
      average: g?.average ?? null,
      comment: (g as { comment?: string | null } | undefined)?.comment ?? null,
    }
  })
  const counts = (subject.regularAssessments ?? {}) as Record<string, number | null>
  const regularCount = Math.max(Number(counts[`grade${klass.grade}`] ?? 0), ...rows.map((r) => r.regular.length))
  const layout = csdlScoreLayout(regularCount)
  const title = `BẢNG ĐIỂM MÔN ${String(subject.name).toUpperCase()} — LỚP ${klass.name} — ${term.name}`
  return {
    sheet: { name: 'Diem', title, headers: headersOf(layout), rows: cellsOf(layout, rows) },
    filename: `csdl-diem-${klass.name}-${subject.code}-${term.term}.xlsx`,
  }
}

/** One class's year results as the CSDL's sheet (kết quả cuối năm). */
export const classYearResultsSheet = async (reader: ExportReader, klass: Named): Promise<TableSheet> => {
  const [students, results] = await Promise.all([
    classStudents(reader, klass.id),
    reader.req.payload.find({
      ...common,
      ...reader,
      collection: 'year-end-results',
      where: { class: { equals: klass.id } },
    }),
  ])
  const byStudent = new Map(results.docs.map((r) => [relationId(r.student), r]))
  const rows: YearResultRow[] = students.map((s) => {
    const r = byStudent.get(s.id)
    return {
      nationalStudentId: s.nationalStudentId ?? null,
      studentCode: s.studentCode,
      fullName: s.fullName,
      dateOfBirth: s.dateOfBirth ?? null,
      learning: (r?.learning as Level | null | undefined) ?? null,
      trainingTermI: (r?.trainingTermI as Level | null | undefined) ?? null,
      trainingTermII: (r?.trainingTermII as Level | null | undefined) ?? null,
      training: (r?.training as Level | null | undefined) ?? null,
      absentSessions: r?.absentSessions ?? null,
      title: r?.title === 'xuat-sac' ? 'Học sinh Xuất sắc' : r?.title === 'gioi' ? 'Học sinh Giỏi' : null,
      outcome: r?.outcome ?? null,
    }
  })
  return {
    name: 'KetQua',
    title: `KẾT QUẢ CUỐI NĂM — LỚP ${klass.name}`,
    headers: headersOf(CSDL_YEAR_RESULT_LAYOUT),
    rows: cellsOf(CSDL_YEAR_RESULT_LAYOUT, rows),
  }
}
