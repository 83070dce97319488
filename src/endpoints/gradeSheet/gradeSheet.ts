import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'

import { relationId } from '@/access/relation-id'
import { loadScope, teachesClassSubject } from '@/access/scope'

type Row = {
  student: number
  regular?: unknown
  midterm?: unknown
  final?: unknown
  comment?: string | null
  revision?: number | null
}
type SheetKey = { class: number; subject: number; term: number }

const json = (body: unknown, status = 200) => Response.json(body, { status })
const refuse = (message: string, status: number) => json({ errors: [{ message }] }, status)
const int = (v: unknown) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : null)

const keyOf = (source: Record<string, unknown>): SheetKey | null => {
  const [klass, subject, term] = [int(source.class), int(source.subject), int(source.term)]
  return klass && subject && term ? { class: klass, subject, term } : null
}

const mayUseSheet = async (req: PayloadRequest, key: SheetKey) =>
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
    if (!(await mayUseSheet(req, key))) return refuse('Bạn không dạy môn này ở lớp này.', 403)
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
                average: g.average ?? null,
                comment: g.comment ?? null,
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
    return json({
      ...key,
      assessment: subject.assessment,
      requiredRegular: Number(counts[`grade${klass.grade}`] ?? 0),
      rows,
    })
  },
}

/**
 * `POST /api/grades/sheet` { class, subject, term, rows: [{ student, regular, midterm, final, revision }] }:
 * saves a whole sheet in one transaction. Every row goes through the Local API as the caller
 * (`overrideAccess: false`), so the access rules, validation, locks and averages apply per cell;
 * one bad cell and nothing is written. Rows carry the revision they were read at: if someone saved
 * in between, 409 and nothing is written (the rows are locked for the check, so concurrent saves queue).
 */
export const saveGradeSheet: Endpoint = {
  path: '/sheet',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const key = keyOf(body)
    if (!key || !Array.isArray(body.rows)) return refuse('Cần lớp, môn, học kỳ và danh sách dòng điểm (rows).', 400)
    if (!(await mayUseSheet(req, key))) return refuse('Bạn không dạy môn này ở lớp này.', 403)
    const rows = body.rows as Row[]
    const { payload } = req
    const started = await initTransaction(req)
    try {
      // The sheet's grades and the rows' students' grades of this subject and term from an earlier
      // class (a transfer): one grade per student, subject and term, reused, never a second one.
      const students = rows.map((row) => int(row.student)).filter((id): id is number => id !== null)
      const classOrStudents: Where = {
        or: [{ class: { equals: key.class } }, ...(students.length > 0 ? [{ student: { in: students } }] : [])],
      }
      const where: Where = {
        and: [classOrStudents, { subject: { equals: key.subject } }, { term: { equals: key.term } }] as Where[],
      }
      const ids = (
        await payload.find({
          collection: 'grades',
          where,
          depth: 0,
          pagination: false,
          req,
          overrideAccess: true,
          select: {},
        })
      ).docs.map((d) => d.id)
      if (ids.length > 0 && req.transactionID) {
        // Row locks: a second save of the same sheet waits here, then sees the new revisions.
        const session = (
          payload.db as unknown as { sessions: Record<string, { db: { execute: (q: unknown) => Promise<unknown> } }> }
        ).sessions[String(await req.transactionID)]
        await session?.db.execute(
          sql`SELECT id FROM grades WHERE id IN (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )}) FOR UPDATE`,
        )
      }
      const existing = new Map(
        (
          await payload.find({ collection: 'grades', where, depth: 0, pagination: false, req, overrideAccess: true })
        ).docs.map((g) => [relationId(g.student), g]),
      )
      const conflicts = rows.filter((row) => {
        const stored = existing.get(int(row.student))
        return stored
          ? Number(stored.revision ?? 0) !== Number(row.revision ?? -1)
          : row.revision !== undefined && row.revision !== null && row.revision !== 0
      })
      if (conflicts.length > 0) {
        throw new APIError(
          'Bảng điểm vừa được người khác lưu. Hãy tải lại trước khi lưu.',
          409,
          { students: conflicts.map((r) => r.student) },
          true,
        )
      }
      const saved = []
      for (const [index, row] of rows.entries()) {
        const student = int(row.student)
        // Raw cells: the grade hooks validate and normalise them.
        const cells = {
          regular: row.regular ?? [],
          midterm: row.midterm ?? null,
          final: row.final ?? null,
          // The sheet's comment column (≤ 500 characters, the field's own check); absent: left as it is.
          ...(typeof row.comment === 'string' || row.comment === null ? { comment: row.comment } : {}),
        } as { regular: unknown[]; midterm: string | null; final: string | null; comment?: string | null }
        let stored = existing.get(student)
        try {
          if (stored && String(relationId(stored.class)) !== String(key.class)) {
            // The grade follows its student to this class; validateGrade allows only the student's
            // latest class, and the locks still apply.
            stored = await payload.update({
              collection: 'grades',
              id: stored.id,
              data: { class: key.class },
              req,
              depth: 0,
              overrideAccess: true,
            }) // system: the caller teaches the class the student now belongs to (checked above)
          }
          saved.push(
            stored
              ? await payload.update({
                  collection: 'grades',
                  id: stored.id,
                  data: cells,
                  req,
                  user: req.user,
                  overrideAccess: false,
                  depth: 0,
                })
              : await payload.create({
                  collection: 'grades',
                  data: { ...cells, student: student!, class: key.class, subject: key.subject, term: key.term },
                  req,
                  user: req.user,
                  overrideAccess: false,
                  depth: 0,
                }),
          )
        } catch (error) {
          // Name the row: rows.<i>.<cell>, so the sheet can mark the exact cell.
          if (error instanceof ValidationError) {
            const errors = (error.data.errors ?? []).map((e) => ({ ...e, path: `rows.${index}.${e.path}`, student }))
            throw new ValidationError({ collection: 'grades', errors })
          }
          if (error instanceof APIError)
            throw new APIError(`Dòng ${index + 1}: ${error.message}`, error.status, { student }, true)
          throw error
        }
      }
      if (started) await commitTransaction(req)
      return json({ docs: saved })
    } catch (error) {
      if (started) await killTransaction(req)
      throw error
    }
  },
}
