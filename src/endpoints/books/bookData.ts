import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import type { Conduct, Enrolment, Grade, Subject, TeachingAssignment, Term, YearEndResult } from '@/payload-types'

import { systemRead } from './access'

/**
 * What the books (học bạ, sổ theo dõi) of some classes of a year are printed from, read in a fixed
 * number of queries however many books follow: one book's endpoint reads its class (and student),
 * the year's archive reads every class of the year at once.
 */
export type BookData = {
  subjects: Subject[]
  terms: Term[]
  /** Each class's enrolments (latest), their students populated, in the query's order. */
  enrolmentsOf: (classId: number) => Enrolment[]
  /** A student's grades in a class, every term. */
  gradesOf: (classId: number, studentId: number) => Grade[]
  /** A class's grades of a term. */
  termGradesOf: (classId: number, termId: number) => Grade[]
  /** A class's teaching assignments, newest first, teachers populated. */
  assignmentsOf: (classId: number) => TeachingAssignment[]
  /** A class's conduct of a term. */
  conductOf: (classId: number, termId: number) => Conduct[]
  /** A student's year-end result of the year, its users populated. */
  resultOf: (studentId: number) => YearEndResult | undefined
}

const groupBy = <T>(docs: T[], key: (doc: T) => string) => {
  const groups = new Map<string, T[]>()
  for (const doc of docs) {
    const k = key(doc)
    const group = groups.get(k)
    if (group) group.push(doc)
    else groups.set(k, [doc])
  }
  return (k: string) => groups.get(k) ?? []
}

/**
 * Reads the books' data of the classes (of one year), for every student or only the given ones
 * (a student's year-end result is read by student, whatever its class).
 * The caller checked the right to these books (the book endpoints, or the archive's start).
 */
export const loadBookData = async (
  req: PayloadRequest,
  { yearId, classIds, studentIds }: { yearId: number; classIds: number[]; studentIds?: number[] },
): Promise<BookData> => {
  const common = systemRead(req)
  const ofClasses = { class: { in: classIds } }
  const ofStudents = studentIds ? [{ student: { in: studentIds } }] : []
  const [subjects, terms, enrolments, grades, assignments, conduct, results] = await Promise.all([
    req.payload.find({ ...common, collection: 'subjects', sort: 'order' }),
    req.payload.find({ ...common, collection: 'terms', where: { schoolYear: { equals: yearId } }, sort: 'term' }),
    req.payload.find({
      ...common,
      collection: 'enrolments',
      where: { and: [ofClasses, { isLatest: { equals: true } }, ...ofStudents] },
      depth: 1,
    }),
    req.payload.find({ ...common, collection: 'grades', where: { and: [ofClasses, ...ofStudents] } }),
    req.payload.find({
      ...common,
      collection: 'teaching-assignments',
      where: ofClasses,
      sort: ['-createdAt', '-id'],
      depth: 1,
    }),
    req.payload.find({ ...common, collection: 'conduct', where: { and: [ofClasses, ...ofStudents] } }),
    req.payload.find({
      ...common,
      collection: 'year-end-results',
      where: { and: [{ schoolYear: { equals: yearId } }, studentIds ? ofStudents[0]! : ofClasses] },
      depth: 1,
    }),
  ])
  const classOf = (doc: { class?: unknown }) => String(relationId(doc.class))
  const enrolmentsOf = groupBy(enrolments.docs, classOf)
  const gradesOf = groupBy(grades.docs, (g) => `${classOf(g)}:${relationId(g.student)}`)
  const termGradesOf = groupBy(grades.docs, (g) => `${classOf(g)}:${relationId(g.term)}`)
  const assignmentsOf = groupBy(assignments.docs, classOf)
  const conductOf = groupBy(conduct.docs, (c) => `${classOf(c)}:${relationId(c.term)}`)
  const resultByStudent = new Map<unknown, YearEndResult>()
  for (const r of results.docs)
    if (!resultByStudent.has(relationId(r.student))) resultByStudent.set(relationId(r.student), r)
  return {
    subjects: subjects.docs,
    terms: terms.docs,
    enrolmentsOf: (classId) => enrolmentsOf(String(classId)),
    gradesOf: (classId, studentId) => gradesOf(`${classId}:${studentId}`),
    termGradesOf: (classId, termId) => termGradesOf(`${classId}:${termId}`),
    assignmentsOf: (classId) => assignmentsOf(String(classId)),
    conductOf: (classId, termId) => conductOf(`${classId}:${termId}`),
    resultOf: (studentId) => resultByStudent.get(studentId),
  }
}
