import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import {
  type ClassRecords,
  type GradeValues,
  type Level,
  type MissingItem,
  missingForClass,
  schoolMonths,
  type SubjectTerms,
  studentYearResult,
} from '@/domain/grading'
import { YEAR_END_SYSTEM } from '@/hooks/yearEnd/context'

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

/**
 * Computes and stores every student's year result of the class (system action: the results are
 * derived data; the callers checked the person first). One document per student and year.
 */
export const storeClassResults = async (
  req: PayloadRequest,
  data: ClassYear,
  extraFor: Record<string, unknown> | ((studentId: string) => Record<string, unknown>) = {},
) => {
  const [termI, termII] = data.terms
  const context = { [YEAR_END_SYSTEM]: true }
  const stored = []
  for (const student of data.records.students) {
    const subjects: SubjectTerms[] = data.taught.map((s) => ({
      code: s.doc.code,
      kind: s.doc.assessment === 'comment' ? 'comment' : 'score',
      termI: data.gradeMap.get(`${student.id}|${s.doc.id}|${termI?.id}`)?.average ?? null,
      termII: data.gradeMap.get(`${student.id}|${s.doc.id}|${termII?.id}`)?.average ?? null,
    }))
    const training = (termId: unknown) =>
      (data.conduct.find((c) => String(relationId(c.student)) === student.id && relationId(c.term) === termId)?.level ??
        null) as Level | null
    const absentSessions = data.attendance
      .filter((a) => String(relationId(a.student)) === student.id)
      .reduce((sum, a) => sum + Number(a.excused ?? 0) + Number(a.unexcused ?? 0), 0)
    const computed = {
      subjects,
      trainingTermI: training(termI?.id),
      trainingTermII: training(termII?.id),
      absentSessions,
    }
    // Checked here too so a broken input never reaches the database half-computed.
    studentYearResult({
      grade: data.grade,
      subjects,
      trainingI: computed.trainingTermI,
      trainingII: computed.trainingTermII,
      absentSessions,
    })
    const extra = typeof extraFor === 'function' ? extraFor(student.id) : extraFor
    const existing = data.results.find((r) => String(relationId(r.student)) === student.id)
    const common = { collection: 'year-end-results' as const, req, overrideAccess: true, context, depth: 0 }
    stored.push(
      existing
        ? await req.payload.update({ ...common, id: existing.id, data: { ...computed, ...extra } as never })
        : await req.payload.create({
            ...common,
            data: {
              student: Number(student.id),
              class: data.klass.id,
              schoolYear: data.yearId,
              status: 'draft',
              ...computed,
              ...extra,
            } as never,
          }),
    )
  }
  return stored
}
