import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { loadScope, teachesClassSubject } from '@/access/scope'
import type { EntryDeadline } from '@/domain/grading'
import { inClassListOrder } from '@/domain/students/classListOrder'
import { inTransaction } from '@/endpoints/inTransaction'
import { readJsonBody } from '@/endpoints/readJsonBody'
import { preparedRead } from '@/lib/sql'

import { saveSheetRows, sheetForbidden, type SheetKey, type SheetRowInput } from './saveSheet'

const int = (v: unknown) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : null)

export const keyOf = (source: Record<string, unknown>): SheetKey | null => {
  const [klass, subject, term] = [int(source.class), int(source.subject), int(source.term)]
  return klass && subject && term ? { class: klass, subject, term } : null
}

export const mayUseSheet = async (req: PayloadRequest, key: SheetKey) =>
  Boolean(req.user) && teachesClassSubject(await loadScope(req), key.class, key.subject)

/** The sheet the query string names (class, subject, term): a 400 without one, a 403 when not the caller's. */
export const loadQueriedSheet = async (req: PayloadRequest) => {
  const key = keyOf(Object.fromEntries(req.searchParams ?? []))
  if (!key) throw new APIError('Cần chọn lớp, môn và học kỳ (class, subject, term).', 400)
  const loaded = await loadSheet(req, key)
  if (!loaded) throw new APIError(sheetForbidden, 403)
  return { key, loaded }
}

/**
 * `GET /api/grades/sheet?class=&subject=&term=`: the subject teacher's sheet: the class's students
 * with their grades of that subject and term. Only for the teacher of that class and subject in the
 * current year (one query decides and reads, `loadSheet`); anyone else 403.
 */
export const readGradeSheet: Endpoint = {
  path: '/sheet',
  method: 'get',
  handler: async (req) => {
    const { loaded } = await loadQueriedSheet(req)
    return Response.json(loaded.sheet)
  },
}

/** A sheet row's grade as the sheet answers it (the grade's own fields, depth 0). */
type SheetGrade = {
  id: number
  regular: unknown
  midterm: string | null
  final: string | null
  comment: string | null
  yearComment: string | null
  average: string | null
  locked: boolean | null
  revision: number | null
}
type SheetRow = { student: number; fullName: string; studentCode: string; status: string; grade: SheetGrade | null }

/**
 * The sheet's one statement: $1 term, $2 teacher (the caller), $3 class, $4 subject. The grades are
 * matched to the term as a sub-select's value, which the planner cannot see: how many grades a term
 * holds (few early in a term) then no longer changes the plan, so PostgreSQL keeps one generic plan
 * for the named statement instead of planning every call (about 1 ms of its CPU per read, measured).
 */
const SHEET_QUERY = `SELECT c.id AS class_id, c.name AS class_name, s.id AS subject_id, s.name AS subject_name, s.code AS subject_code,
  s.assessment::text AS assessment,
  coalesce(CASE c.grade::int WHEN 6 THEN s.regular_assessments_grade6 WHEN 7 THEN s.regular_assessments_grade7
    WHEN 8 THEN s.regular_assessments_grade8 WHEN 9 THEN s.regular_assessments_grade9 END, 0)::int AS required_regular,
  (SELECT coalesce(json_agg(json_build_object(
      'student', st.id, 'fullName', st.full_name, 'studentCode', st.student_code, 'status', e.status,
      'grade', CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('id', g.id,
        'regular', coalesce(g.regular, '[]'::jsonb), 'midterm', g.midterm, 'final', g.final, 'comment', g.comment,
        'yearComment', g.year_comment, 'average', g.average, 'locked', g.locked, 'revision', g.revision) END)
    ORDER BY e.created_at DESC, e.id DESC), '[]'::json)
   FROM enrolments e JOIN students st ON st.id = e.student_id
   LEFT JOIN grades g ON g.student_id = e.student_id AND g.subject_id = s.id AND g.term_id = (SELECT $1::int)
   WHERE e.class_id = c.id AND e.is_latest) AS rows,
  (SELECT coalesce(json_agg(json_build_object('column', d.column, 'dueDate', d.due_date) ORDER BY d.due_date), '[]'::json)
   FROM grade_entry_deadlines d WHERE d.term_id = $1) AS deadlines
FROM teaching_assignments ta JOIN classes c ON c.id = ta.class_id JOIN subjects s ON s.id = ta.subject_id
WHERE ta.teacher_id = $2 AND ta.class_id = $3 AND ta.subject_id = $4
  AND ta.school_year_id = (SELECT id FROM school_years WHERE is_current ORDER BY start_date DESC LIMIT 1)
LIMIT 1`

/**
 * The sheet of a class × subject × term, or null when the caller does not teach that class and
 * subject in the current year (the rule of `teachesClassSubject(loadScope(req), …)`, decided in the
 * same query). One statement, a system read deliberately outside Payload's access functions: the
 * decision above is the only rule, since the teacher of a class × subject reads all of its grades
 * (`canReadGrades`) and the identity fields of its students. The class list is each student's latest
 * record (a transfer's earlier records would list the student twice); a student's grade of this
 * subject and term is theirs whichever class they got it in (one per student, subject and term, so it
 * follows a transferred student to the new sheet).
 */
export const loadSheet = async (req: PayloadRequest, key: SheetKey) => {
  if (req.user?.collection !== 'users') return null
  const { rows } = await preparedRead(req.payload, {
    name: 'grade-sheet',
    text: SHEET_QUERY,
    values: [key.term, Number(req.user.id), key.class, key.subject],
  })
  const head = rows[0]
  if (!head) return null
  // Ties keep the order of Payload's default sort of enrolments (newest first), as the sheet always had.
  const sheetRows = inClassListOrder(head.rows as SheetRow[], (row) => row.fullName)
  const sheet = {
    ...key,
    assessment: String(head.assessment),
    requiredRegular: Number(head.required_regular),
    // The term's entry deadlines (every teacher reads them): the sheet shows them on the columns.
    deadlines: (head.deadlines as EntryDeadline[]).map((d) => ({
      column: d.column,
      dueDate: new Date(d.dueDate).toISOString(), // as Payload answers dates
    })),
    rows: sheetRows,
  }
  const subject = { id: Number(head.subject_id), name: String(head.subject_name), code: String(head.subject_code) }
  const klass = { id: Number(head.class_id), name: String(head.class_name) }
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
    const body = await readJsonBody(req)
    const key = keyOf(body)
    if (!key || !Array.isArray(body.rows))
      throw new APIError('Cần lớp, môn, học kỳ và danh sách dòng điểm (rows).', 400)
    return inTransaction(req, async () => {
      const rows = body.rows as SheetRowInput[]
      const result = await saveSheetRows(req, key, rows, { checkRevisions: true, onLocked: 'refuse' })
      return Response.json({ docs: result.docs, changed: result.changes.length })
    })
  },
}
