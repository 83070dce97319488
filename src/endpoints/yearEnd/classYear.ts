import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import {
  type ClassRecords,
  classStatus,
  type YearEndStatus,
  type GradeValues,
  type Level,
  type MissingItem,
  missingForClass,
  schoolMonths,
  deriveYearEndRecord,
  type SubjectTerms,
  type SummerList,
  summerListOf,
  summerMissing,
  type CellValue,
} from '@/domain/grading'
import { sqlOf } from '@/lib/sql'
import { changeEntries, insertEntries } from '@haugiang/payload-plugin-audit-trail'
import type { YearEndResult } from '@/payload-types'

const nameOf = (value: unknown, fallback = '—') =>
  value && typeof value === 'object' && 'fullName' in value
    ? String((value as { fullName: unknown }).fullName)
    : fallback

/**
 * Everything the year-end needs about one class, read in a handful of queries. Read with access
 * overridden: the endpoints check who the caller is before calling this, and answer only what
 * that person may know (results of the class, or the list of what is missing).
 */
export const loadClassYear = async (req: PayloadRequest, classId: number | string) => {
  const { payload } = req
  const common = { req, overrideAccess: true, pagination: false } as const
  const klass = await payload.findByID({
    collection: 'classes',
    id: classId,
    depth: 1,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!klass) return null
  const yearId = relationId(klass.schoolYear)!
  const year =
    typeof klass.schoolYear === 'object'
      ? klass.schoolYear
      : await payload.findByID({ collection: 'school-years', id: yearId, req, overrideAccess: true })
  const byClass = { class: { equals: classId } }
  const [terms, enrolments, subjects, assignments, grades, conduct, attendance, results] = await Promise.all([
    payload.find({ ...common, collection: 'terms', where: { schoolYear: { equals: yearId } }, sort: 'term', depth: 0 }),
    payload.find({
      ...common,
      collection: 'enrolments',
      where: { and: [byClass, { status: { in: ['studying', 'transferred-in'] } }] },
      depth: 1,
    }),
    payload.find({ ...common, collection: 'subjects', sort: 'order', depth: 0 }),
    payload.find({ ...common, collection: 'teaching-assignments', where: byClass, depth: 1 }),
    payload.find({ ...common, collection: 'grades', where: byClass, depth: 0 }),
    payload.find({ ...common, collection: 'conduct', where: byClass, depth: 0 }),
    payload.find({ ...common, collection: 'attendance', where: byClass, depth: 0 }),
    payload.find({ ...common, collection: 'year-end-results', where: byClass, depth: 0 }),
  ])
  const grade = Number(klass.grade)
  const taught = subjects.docs
    .map((s) => ({
      doc: s,
      required: Number((s.regularAssessments as Record<string, number | null> | undefined)?.[`grade${grade}`] ?? 0),
    }))
    .filter((s) => s.required > 0)
  const teacherOf = (subjectId: number) =>
    nameOf(assignments.docs.find((a) => relationId(a.subject) === subjectId)?.teacher, 'Chưa phân công')
  const students = enrolments.docs.map((e) => ({ id: String(relationId(e.student)), name: nameOf(e.student) }))
  const gradeMap = new Map<string, GradeValues & { average: string | null }>()
  for (const g of grades.docs) {
    gradeMap.set(`${relationId(g.student)}|${relationId(g.subject)}|${relationId(g.term)}`, {
      regular: Array.isArray(g.regular) ? (g.regular as Array<string | null>) : [],
      midterm: g.midterm ?? null,
      final: g.final ?? null,
      average: g.average ?? null,
    })
  }
  const records: ClassRecords = {
    homeroomTeacher: nameOf(klass.homeroomTeacher, 'Chưa có GVCN'),
    students,
    subjects: taught.map((s) => ({
      id: String(s.doc.id),
      name: s.doc.name,
      teacher: teacherOf(s.doc.id),
      requiredRegular: s.required,
    })),
    terms: terms.docs.map((t) => ({ id: String(t.id), name: t.name })),
    months: schoolMonths(String(year.startDate).slice(0, 10), String(year.endDate).slice(0, 10)),
    grades: gradeMap,
    conduct: new Set(conduct.docs.map((c) => `${relationId(c.student)}|${relationId(c.term)}`)),
    attendance: new Set(attendance.docs.map((a) => `${relationId(a.student)}|${a.month}`)),
    comments: new Set(
      results.docs
        .filter((r) => typeof r.comment === 'string' && r.comment.trim() !== '')
        .map((r) => String(relationId(r.student))),
    ),
  }
  return {
    klass,
    yearId,
    grade,
    terms: terms.docs,
    taught,
    conduct: conduct.docs,
    attendance: attendance.docs,
    results: results.docs,
    records,
    gradeMap,
  }
}

export type ClassYear = NonNullable<Awaited<ReturnType<typeof loadClassYear>>>

export const missingOf = (data: ClassYear): MissingItem[] => missingForClass(data.records)

/** What a student's result still owes from the summer (re-assessed subjects, training); empty when nothing. */
export const summerOwed = (result: Pick<YearEndResult, 'summerList' | 'summerResults' | 'summerTraining'>) =>
  summerMissing(
    (result.summerList ?? null) as SummerList | null,
    result.summerResults as Record<string, CellValue> | null | undefined,
    result.summerTraining,
  )

export const YEAR_END_STATUS_WORDS: Record<YearEndStatus, string> = {
  draft: 'đang lập',
  proposed: 'GVCN đã đề xuất',
  approved: 'đã duyệt, đang giai đoạn hè',
  closed: 'đã khoá sổ',
}

/** The class's step: draft while a student has no result yet, else its earliest student's. */
export const classYearStatus = (data: ClassYear): YearEndStatus =>
  data.results.length < data.records.students.length ? 'draft' : classStatus(data.results.map((r) => r.status))

const COLUMNS: Array<[field: string, column: string, type: string]> = [
  ['student', 'student_id', 'int'],
  ['class', 'class_id', 'int'],
  ['schoolYear', 'school_year_id', 'int'],
  ['subjects', 'subjects', 'jsonb'],
  ['trainingTermI', 'training_term_i', 'enum_year_end_results_training_term_i'],
  ['trainingTermII', 'training_term_i_i', 'enum_year_end_results_training_term_i_i'],
  ['training', 'training', 'enum_year_end_results_training'],
  ['learning', 'learning', 'enum_year_end_results_learning'],
  ['absentSessions', 'absent_sessions', 'numeric'],
  ['outcome', 'outcome', 'enum_year_end_results_outcome'],
  ['reassessmentSubjects', 'reassessment_subjects', 'jsonb'],
  ['title', 'title', 'enum_year_end_results_title'],
  ['comment', 'comment', 'varchar'],
  ['summerList', 'summer_list', 'jsonb'],
  ['summerResults', 'summer_results', 'jsonb'],
  ['summerTraining', 'summer_training', 'enum_year_end_results_summer_training'],
  ['status', 'status', 'enum_year_end_results_status'],
  ['proposedBy', 'proposed_by_id', 'int'],
  ['proposedAt', 'proposed_at', 'timestamptz'],
  ['approvedBy', 'approved_by_id', 'int'],
  ['approvedAt', 'approved_at', 'timestamptz'],
  ['closedBy', 'closed_by_id', 'int'],
  ['closedAt', 'closed_at', 'timestamptz'],
]

/** The year-end inputs of one student from the class's loaded records. */
const inputsOf = (data: ClassYear, studentId: string) => {
  const [termI, termII] = data.terms
  const subjects: SubjectTerms[] = data.taught.map((s) => ({
    code: s.doc.code,
    kind: s.doc.assessment === 'comment' ? 'comment' : 'score',
    termI: data.gradeMap.get(`${studentId}|${s.doc.id}|${termI?.id}`)?.average ?? null,
    termII: data.gradeMap.get(`${studentId}|${s.doc.id}|${termII?.id}`)?.average ?? null,
  }))
  const training = (termId: unknown) =>
    (data.conduct.find((c) => String(relationId(c.student)) === studentId && relationId(c.term) === termId)?.level ??
      null) as Level | null
  const absentSessions = data.attendance
    .filter((a) => String(relationId(a.student)) === studentId)
    .reduce((sum, a) => sum + Number(a.excused ?? 0) + Number(a.unexcused ?? 0), 0)
  return { subjects, trainingTermI: training(termI?.id), trainingTermII: training(termII?.id), absentSessions }
}

type Row = Record<string, unknown>

/**
 * Computes and stores every student's year result of the class in a bounded number of statements
 * whatever the class size (issue 14): the derived fields from the same domain function as the
 * collection's hook, then one multi-row upsert and one multi-row insert of the audit entries, in
 * the caller's transaction. A system write: the results are derived data, and the callers checked
 * the person first. `extraFor` adds a step's fields (status, who, when) per student.
 */
export const storeClassResults = async (
  req: PayloadRequest,
  data: ClassYear,
  extraFor: Row | ((studentId: string, previous: Row | undefined) => Row) = {},
  options: { listSummer?: boolean } = {},
) => {
  const rows: Row[] = []
  const previousOf = new Map(data.results.map((r) => [String(relationId(r.student)), r as unknown as Row]))
  for (const student of data.records.students) {
    const previous = previousOf.get(student.id)
    const extra = typeof extraFor === 'function' ? extraFor(student.id, previous) : extraFor
    const base: Row = {
      student: Number(student.id),
      class: data.klass.id,
      schoolYear: data.yearId,
      status: 'draft',
      ...(previous ? Object.fromEntries(COLUMNS.map(([f]) => [f, previous[f] ?? null])) : {}),
      ...inputsOf(data, student.id),
      ...extra,
    }
    for (const f of ['proposedBy', 'approvedBy', 'closedBy']) base[f] = relationId(base[f]) ?? null
    const derive = () => {
      const derived = deriveYearEndRecord({
        grade: data.grade,
        subjects: base.subjects as SubjectTerms[],
        trainingTermI: (base.trainingTermI ?? null) as Level | null,
        trainingTermII: (base.trainingTermII ?? null) as Level | null,
        absentSessions: Number(base.absentSessions ?? 0),
        summerList: (base.summerList ?? null) as SummerList | null,
        summerResults: (base.summerResults ?? null) as Record<string, unknown> | null,
        summerTraining: (base.summerTraining ?? null) as Level | null,
      })
      if (!derived.ok) throw new Error(`${student.name}: ${derived.message}`)
      return derived.record
    }
    let record = derive()
    if (options.listSummer) {
      // The principal's approval fixes who owes what in summer, from the outcome at that moment.
      base.summerList = summerListOf(record.outcome, record.reassessmentSubjects, record.learning, record.subjects)
      record = derive()
    }
    rows.push({ ...base, ...record })
  }
  if (rows.length === 0) return []
  const db = await sqlOf(req)
  const payloadRows = rows.map((r) =>
    Object.fromEntries(COLUMNS.map(([f, column, type]) => [column, type === 'jsonb' ? r[f] : (r[f] ?? null)])),
  )
  const recordType = sql.raw(
    COLUMNS.map(([, column, type]) => `${column} ${type.startsWith('enum_') ? 'varchar' : type}`).join(', '),
  )
  const select = sql.raw(
    COLUMNS.map(([, column, type]) => (type.startsWith('enum_') ? `r.${column}::${type}` : `r.${column}`)).join(', '),
  )
  const columns = sql.raw(COLUMNS.map(([, column]) => column).join(', '))
  const updates = sql.raw(
    COLUMNS.filter(([f]) => f !== 'student' && f !== 'schoolYear')
      .map(([, column]) => `${column} = EXCLUDED.${column}`)
      .join(', '),
  )
  const stored = await db.execute(sql`INSERT INTO year_end_results (${columns})
    SELECT ${select} FROM jsonb_to_recordset(${JSON.stringify(payloadRows)}::jsonb) AS r(${recordType})
    ON CONFLICT (student_id, school_year_id) DO UPDATE SET ${updates}, updated_at = now()
    RETURNING id, student_id, created_at, updated_at`)
  const idOf = new Map(stored.rows.map((r) => [String(r.student_id), r]))
  const docs = rows.map((r): Row & { id: number } => {
    const row = idOf.get(String(r.student))!
    return { ...r, id: Number(row.id), createdAt: row.created_at, updatedAt: row.updated_at }
  })
  // the plugin's own entries (its never-logged fields, masks, user or actor, IP, cause), in one insert
  await insertEntries(
    req,
    db,
    changeEntries(
      req,
      'year-end-results',
      docs.map((doc) => {
        const before = previousOf.get(String(doc.student))
        return { operation: before ? 'update' : 'create', previousDoc: before ?? null, doc }
      }),
    ),
  )
  return docs
}
