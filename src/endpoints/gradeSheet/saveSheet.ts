import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest, ValidationError } from 'payload'

import { loadScope, teachesClassSubject } from '@/access/scope'
import {
  cellsAverage,
  cellsChanged,
  filledRegularMask,
  type CellError,
  GRADE_CELL_FIELDS,
  GRADE_MESSAGES,
  type GradeCellValues,
  gradeFactsErrors,
  isGradeLocked,
  normalizeGradeCells,
} from '@/domain/grading'
import { loadGradeFacts } from '@/hooks/grades/gradeFacts'
import { isCoveredByLock } from '@/hooks/grades/rejectLockedGrade'
import { intArray, sqlOf } from '@/lib/sql'
import { changeEntries, insertEntries } from '@haugiang/payload-plugin-audit-trail'

export type SheetKey = { class: number; subject: number; term: number }

/** One row of a sheet as sent: a cell left out keeps its stored value. */
export type SheetRowInput = {
  student: unknown
  revision?: number | null
  regular?: unknown
  midterm?: unknown
  final?: unknown
  comment?: unknown
  yearComment?: unknown
}

/** A grade as Payload returns it (depth 0): what the sheet answers and the audit trail compares. */
export type GradeDoc = {
  id: number
  student: number
  subject: number
  class: number
  term: number
  regular: unknown[]
  midterm: string | null
  final: string | null
  comment: string | null
  yearComment: string | null
  average: string | null
  locked: boolean
  revision: number
  /** Bit i: regular assessment i holds a value (`filledRegularMask`), for the progress report. */
  regularFilled: number
  updatedAt: string
  createdAt: string
}

export type SheetChange = { index: number; student: number; before: GradeDoc | null; after: GradeDoc }

export type SheetSaveOptions = {
  /** Rows carry the revision they were read at; a stale one is a 409 (the sheet). */
  checkRevisions: boolean
  /** A changed locked row: refuse the whole save (the sheet) or leave it out and list it (an import). */
  onLocked: 'refuse' | 'skip'
  /** Check and compute everything, write nothing. */
  dryRun?: boolean
}

export type SheetSaveResult = {
  docs: GradeDoc[]
  changes: SheetChange[]
  skipped: Array<{ index: number; student: number }>
}

const SHEET_MESSAGES = {
  forbidden: 'Bạn không dạy môn này ở lớp này.',
  conflict: 'Bảng điểm vừa được người khác lưu. Hãy tải lại trước khi lưu.',
  duplicate: 'Học sinh có hai dòng trong bảng điểm.',
} as const

export const sheetForbidden = SHEET_MESSAGES.forbidden

const int = (v: unknown) => (Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : null)

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString())

const GRADE_COLUMNS = sql`id, student_id, subject_id, class_id, term_id, regular, midterm, final, comment, year_comment,
  average, locked, revision, regular_filled, created_at, updated_at`

const docOf = (r: Record<string, unknown>): GradeDoc => ({
  id: Number(r.id),
  student: Number(r.student_id),
  subject: Number(r.subject_id),
  class: Number(r.class_id),
  term: Number(r.term_id),
  regular: (r.regular as unknown[] | null) ?? [],
  midterm: (r.midterm as string | null) ?? null,
  final: (r.final as string | null) ?? null,
  comment: (r.comment as string | null) ?? null,
  yearComment: (r.year_comment as string | null) ?? null,
  average: (r.average as string | null) ?? null,
  locked: r.locked === true,
  revision: Number(r.revision ?? 0),
  regularFilled: Number(r.regular_filled ?? 0),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})

/**
 * Saves the cells of one sheet (class × subject × term) as a set, for the sheet endpoint and the
 * Excel import alike: one access decision (the caller teaches the class and subject), the subject,
 * class, term and lock scopes read once, the rows' grades read and row-locked (`FOR UPDATE`) in one
 * statement, every cell checked by the same domain rules as a single-document write
 * (`src/domain/grading/gradeWrite.ts`), then the changed grades written by one multi-row upsert and
 * their audit entries by one insert, in the request's transaction (the caller opens and ends it).
 * Unchanged rows are neither written nor audited. Refusals name the row (`rows.<i>.<cell>`).
 */
export const saveSheetRows = async (
  req: PayloadRequest,
  key: SheetKey,
  rows: SheetRowInput[],
  options: SheetSaveOptions,
): Promise<SheetSaveResult> => {
  if (!req.user || !teachesClassSubject(await loadScope(req), key.class, key.subject))
    throw new APIError(SHEET_MESSAGES.forbidden, 403, null, true)
  const [facts, lockCovered] = await Promise.all([loadGradeFacts(req, key), isCoveredByLock(req, key)])
  const db = await sqlOf(req)
  const students = rows.map((row) => int(row.student)).filter((id): id is number => id !== null)

  // The rows' grades of this subject and term, whichever class they were entered in (a transfer):
  // locked for the check, so a second save of the same rows waits here, then sees the new revisions.
  const [stored, enrolled] = await Promise.all([
    db
      .execute(
        sql`SELECT ${GRADE_COLUMNS} FROM grades WHERE subject_id = ${key.subject} AND term_id = ${key.term}
            AND student_id = ANY(${intArray(students)}::int[]) ORDER BY id FOR UPDATE`,
      )
      .then(({ rows }) => new Map(rows.map((r) => [Number(r.student_id), docOf(r)]))),
    // Enrolment in this class: any record lets a grade be created, the latest lets one move here.
    db
      .execute(
        sql`SELECT student_id, bool_or(is_latest) AS latest FROM enrolments
            WHERE class_id = ${key.class} AND student_id = ANY(${intArray(students)}::int[]) GROUP BY student_id`,
      )
      .then(({ rows }) => new Map(rows.map((r) => [Number(r.student_id), r.latest === true]))),
  ])

  const seen = new Set<number>()
  const conflicts: unknown[] = []
  const errors: Array<CellError & { student: unknown }> = []
  const planned: Array<{ index: number; student: number; cells: GradeCellValues; before: GradeDoc | null }> = []
  const factsErrors = gradeFactsErrors(facts)
  for (const [index, row] of rows.entries()) {
    const student = int(row.student)
    const rowErrors = (list: CellError[]) =>
      errors.push(...list.map((e) => ({ ...e, path: `rows.${index}.${e.path}`, student: row.student })))
    if (student === null) {
      rowErrors([{ path: 'student', message: GRADE_MESSAGES.notEnrolled }])
      continue
    }
    if (seen.has(student)) {
      rowErrors([{ path: 'student', message: SHEET_MESSAGES.duplicate }])
      continue
    }
    seen.add(student)
    const before = stored.get(student) ?? null
    if (options.checkRevisions) {
      const revision = row.revision ?? null
      if (before ? before.revision !== Number(revision ?? -1) : revision !== null && Number(revision) !== 0)
        conflicts.push(row.student)
    }
    // The checks in the order a single-document write makes them (validateGrade).
    if (before && before.class !== key.class && enrolled.get(student) !== true) {
      rowErrors([{ path: 'class', message: GRADE_MESSAGES.moved }])
      continue
    }
    if (factsErrors.length > 0 || !facts) {
      rowErrors(factsErrors)
      continue
    }
    if (!before && !enrolled.has(student)) {
      rowErrors([{ path: 'student', message: GRADE_MESSAGES.notEnrolled }])
      continue
    }
    const input = Object.fromEntries(
      GRADE_CELL_FIELDS.map((field) => [field, row[field] === undefined ? (before?.[field] ?? null) : row[field]]),
    )
    const { cells, errors: cellErrors } = normalizeGradeCells(input, facts.kind, facts.requiredRegular)
    if (cellErrors.length > 0) {
      rowErrors(cellErrors)
      continue
    }
    if ((!before || before.class === key.class) && !cellsChanged(cells, before)) continue
    planned.push({ index, student, cells, before })
  }
  if (conflicts.length > 0) throw new APIError(SHEET_MESSAGES.conflict, 409, { students: conflicts }, true)
  if (errors.length > 0) throw new ValidationError({ collection: 'grades', errors })

  const skipped: SheetSaveResult['skipped'] = []
  const writes = planned.filter(({ index, student, before }) => {
    const locked = isGradeLocked({ storedLocked: before?.locked === true, termStatus: facts!.termStatus, lockCovered })
    if (!locked) return true
    if (options.onLocked === 'refuse')
      throw new APIError(`Dòng ${index + 1}: ${GRADE_MESSAGES.locked}`, 403, { student }, true)
    skipped.push({ index, student })
    return false
  })

  const now = new Date().toISOString()
  const values = writes.map(({ student, cells, before }) => ({
    student,
    ...cells,
    average: cellsAverage(cells, facts!),
    revision: (before?.revision ?? 0) + 1,
    // As computeRegularFilled does on single-document writes.
    regularFilled: filledRegularMask(cells.regular),
  }))
  const after = new Map<number, GradeDoc>()
  if (values.length > 0 && !options.dryRun) {
    // One statement for every changed grade; a row someone else created or saved since it was read
    // (its revision moved) is not touched, and the count tells: 409, the transaction rolls back.
    const { rows: written } = await db.execute(sql`
      INSERT INTO grades (student_id, subject_id, class_id, term_id, regular, midterm, final, comment, year_comment,
        average, locked, revision, regular_filled, created_at, updated_at)
      SELECT x.student, ${key.subject}, ${key.class}, ${key.term}, x.regular, x.midterm, x.final, x.comment,
        x."yearComment", x.average, false, x.revision, x."regularFilled", ${now}::timestamptz, ${now}::timestamptz
      FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS x(student int, regular jsonb, midterm text,
        final text, comment text, "yearComment" text, average text, revision int, "regularFilled" int)
      ON CONFLICT (student_id, subject_id, term_id) DO UPDATE SET class_id = EXCLUDED.class_id,
        regular = EXCLUDED.regular, midterm = EXCLUDED.midterm, final = EXCLUDED.final, comment = EXCLUDED.comment,
        year_comment = EXCLUDED.year_comment, average = EXCLUDED.average, revision = EXCLUDED.revision,
        regular_filled = EXCLUDED.regular_filled, updated_at = EXCLUDED.updated_at
      WHERE grades.revision = EXCLUDED.revision - 1
      RETURNING ${GRADE_COLUMNS}`)
    if (written.length !== values.length) throw new APIError(SHEET_MESSAGES.conflict, 409, null, true)
    for (const r of written) after.set(Number(r.student_id), docOf(r))
  } else {
    // A dry run answers what the write would give (id and timestamps of new grades unknown yet).
    for (const v of values) {
      const before = stored.get(v.student)
      after.set(v.student, {
        ...(before ?? { id: 0, locked: false, createdAt: now, subject: key.subject, term: key.term }),
        ...v,
        class: key.class,
        updatedAt: now,
      } as GradeDoc)
    }
  }
  const changes = writes.map(({ index, student, before }) => ({ index, student, before, after: after.get(student)! }))
  if (!options.dryRun) {
    const entries = changeEntries(
      req,
      'grades',
      changes.map((c) => ({ operation: c.before ? 'update' : 'create', previousDoc: c.before, doc: c.after })),
    )
    await insertEntries(req, db, entries)
  }
  const docs = students.flatMap((student) => after.get(student) ?? stored.get(student) ?? [])
  return { docs, changes, skipped }
}
