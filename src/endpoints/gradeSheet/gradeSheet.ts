import type { Endpoint, PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import { loadScope, teachesClassSubject } from '@/access/scope'
import { inTransaction } from '@/endpoints/inTransaction'

import { saveSheetRows, sheetForbidden, type SheetKey, type SheetRowInput } from './saveSheet'

const json = (body: unknown, status = 200) => Response.json(body, { status })
export const refuse = (message: string, status: number) => json({ errors: [{ message }] }, status)
const int = (v: unknown) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : null)

export const keyOf = (source: Record<string, unknown>): SheetKey | null => {
  const [klass, subject, term] = [int(source.class), int(source.subject), int(source.term)]
  return klass && subject && term ? { class: klass, subject, term } : null
}

export const mayUseSheet = async (req: PayloadRequest, key: SheetKey) =>
  Boolean(req.user) && teachesClassSubject(await loadScope(req), key.class, key.subject)

/**
 * The grades of this subject and term that students now in the class got in the class they were
 * transferred from: one grade per student, subject and term, so it follows them to the new sheet.
 */
const gradesFromEarlierClasses = async (req: PayloadRequest, key: SheetKey, students: number[]) =>
  students.length === 0
    ? []
    : (
        await req.payload.find({
          collection: 'grades',
          where: {
            and: [
              { student: { in: students } },
              { subject: { equals: key.subject } },
              { term: { equals: key.term } },
              { class: { not_equals: key.class } },
            ],
          },
          depth: 0,
          pagination: false,
          req,
          overrideAccess: true, // system: students now in a class the caller teaches this subject (checked by the caller); their grade continues here
        })
      ).docs

/**
 * `GET /api/grades/sheet?class=&subject=&term=`: the subject teacher's sheet: the class's students
 * with their grades of that subject and term. Grades are read with the caller's access; names are
 * read after checking the caller teaches the class (teachers see identity fields of taught classes).
 */
export const readGradeSheet: Endpoint = {
  path: '/sheet',
  method: 'get',
  handler: async (req) => {
    const key = keyOf(Object.fromEntries(req.searchParams ?? []))
    if (!key) return refuse('Cần chọn lớp, môn và học kỳ (class, subject, term).', 400)
    if (!(await mayUseSheet(req, key))) return refuse(sheetForbidden, 403)
    return json((await loadSheet(req, key)).sheet)
  },
}

/** The sheet of a class × subject × term for a caller who may use it (checked by the caller). */
export const loadSheet = async (req: PayloadRequest, key: SheetKey) => {
  const { payload } = req
  const [enrolments, grades, subject, klass] = await Promise.all([
    // system read: the class list of a sheet the caller may use (checked above): each student's
    // latest record (earlier records of a transfer would list the student twice); only the
    // students' identity fields are populated, the ones a subject teacher may see.
    payload.find({
      collection: 'enrolments',
      where: { and: [{ class: { equals: key.class } }, { isLatest: { equals: true } }] },
      depth: 1,
      pagination: false,
      req,
      overrideAccess: true /* system read: see above */,
      select: { student: true, status: true },
      populate: { students: { fullName: true, studentCode: true } },
    }),
    payload.find({
      collection: 'grades',
      where: {
        and: [{ class: { equals: key.class } }, { subject: { equals: key.subject } }, { term: { equals: key.term } }],
      },
      depth: 0,
      pagination: false,
      req,
      user: req.user,
      overrideAccess: false,
    }),
    payload.findByID({ collection: 'subjects', id: key.subject, depth: 0, req, overrideAccess: true }),
    payload.findByID({ collection: 'classes', id: key.class, depth: 0, req, overrideAccess: true }),
  ])
  const listed = enrolments.docs.map((e) => relationId(e.student as { id: number }) as number)
  const followed = await gradesFromEarlierClasses(
    req,
    key,
    listed.filter((id) => !grades.docs.some((g) => relationId(g.student) === id)),
  )
  const byStudent = new Map([...followed, ...grades.docs].map((g) => [relationId(g.student), g]))
  const rows = enrolments.docs
    .map((e) => {
      const student = e.student as { id: number; fullName?: string; studentCode?: string }
      const g = byStudent.get(student.id)
      return {
        student: student.id,
        fullName: student.fullName ?? '',
        studentCode: student.studentCode ?? '',
        status: e.status,
        grade: g
          ? {
              id: g.id,
              regular: g.regular ?? [],
              midterm: g.midterm ?? null,
              final: g.final ?? null,
              comment: g.comment ?? null,
              yearComment: g.yearComment ?? null,
              average: g.average ?? null,
              locked: g.locked,
              revision: g.revision,
            }
          : null,
      }
    })
    .sort(
      (a, b) =>
        a.fullName.split(' ').pop()!.localeCompare(b.fullName.split(' ').pop()!, 'vi') ||
        a.fullName.localeCompare(b.fullName, 'vi'),
    )
  const counts = (subject.regularAssessments ?? {}) as Record<string, number | null>
  const sheet = {
    ...key,
    assessment: subject.assessment,
    requiredRegular: Number(counts[`grade${klass.grade}`] ?? 0),
    rows,
  }
  return { sheet, subject, klass }
}

/**
 * `POST /api/grades/sheet` { class, subject, term, rows: [{ student, regular, midterm, final, comment,
 * yearComment, revision }] }: saves a whole sheet in one transaction as a set (`saveSheetRows`): one
 * bad cell and nothing is written; a row read at an older revision than stored: 409, nothing written.
 * Answers the rows' grades (`docs`) and how many changed (`changed`).
 */
export const saveGradeSheet: Endpoint = {
  path: '/sheet',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const key = keyOf(body)
    if (!key || !Array.isArray(body.rows)) return refuse('Cần lớp, môn, học kỳ và danh sách dòng điểm (rows).', 400)
    return inTransaction(req, async () => {
      const rows = body.rows as SheetRowInput[]
      const result = await saveSheetRows(req, key, rows, { checkRevisions: true, onLocked: 'refuse' })
      return json({ docs: result.docs, changed: result.changes.length })
    })
  },
}
