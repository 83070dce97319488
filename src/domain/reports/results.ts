import { type CommentResult, classifyLearning, formatTenths, LEVELS, type Level, type Tenths } from '../grading'
import { divideHalfUp } from '../grading/scores'
import { addCounts, type Share, shares } from './tally'

/** Learning and training levels, best first, then those not yet complete. */
export const LEVEL_KEYS = [...[...LEVELS].reverse(), 'incomplete'] as const
export type LevelKey = Level | 'incomplete'
export const OUTCOME_KEYS = [
  'promoted',
  'completed',
  'summer-reassessment',
  'summer-training',
  'kept-back',
  'absences-over-limit',
  'not-computed',
] as const
export type OutcomeKey = (typeof OUTCOME_KEYS)[number]
export const TITLE_KEYS = ['xuat-sac', 'gioi', 'no-title', 'not-computed'] as const
export type TitleKey = (typeof TITLE_KEYS)[number]

/** One subject's figures in a class: the sum and count of its averages (scored) or its Đ/CĐ counts. */
export type SubjectCounts = { subjectId: number; sum: number; count: number; d: number; cd: number }

/** What the database counts for one class (a term or the year). */
export type ClassCounts = {
  classId: number
  className: string
  grade: number
  students: number
  learning: Partial<Record<LevelKey, number>>
  training: Partial<Record<LevelKey, number>>
  outcomes?: Partial<Record<OutcomeKey, number>>
  titles?: Partial<Record<TitleKey, number>>
  subjects: SubjectCounts[]
  absences: { excused: number; unexcused: number }
}

export type SubjectFigure = {
  subjectId: number
  count: number
  /** Mean of the students' averages, half up to tenths ("7.4"); null for comment-only subjects. */
  average: string | null
  d: number
  cd: number
}

/** A class, a grade or the whole school. */
export type ReportScope = {
  level: 'class' | 'grade' | 'school'
  id: string
  name: string
  grade: number | null
  students: number
  learning: Share<LevelKey>[]
  training: Share<LevelKey>[]
  outcomes?: Share<OutcomeKey>[]
  titles?: Share<TitleKey>[]
  subjects: SubjectFigure[]
  absences: { excused: number; unexcused: number; total: number; perStudentTenths: number }
}

/** A student's learning level from their subject results of a term, null while a result is missing. */
export const termLearningLevel = (
  scored: readonly Tenths[],
  comments: readonly CommentResult[],
  complete: boolean,
): LevelKey => (complete ? classifyLearning({ scored, comment: comments }) : 'incomplete')

const mergeSubjects = (lists: SubjectCounts[][]): SubjectCounts[] => {
  const bySubject = new Map<number, SubjectCounts>()
  for (const row of lists.flat()) {
    const sum = bySubject.get(row.subjectId) ?? { subjectId: row.subjectId, sum: 0, count: 0, d: 0, cd: 0 }
    bySubject.set(row.subjectId, {
      subjectId: row.subjectId,
      sum: sum.sum + row.sum,
      count: sum.count + row.count,
      d: sum.d + row.d,
      cd: sum.cd + row.cd,
    })
  }
  return [...bySubject.values()]
}

const scopeOf = (
  level: ReportScope['level'],
  id: string,
  name: string,
  grade: number | null,
  parts: ClassCounts[],
  subjectOrder: number[],
): ReportScope => {
  const students = parts.reduce((n, c) => n + c.students, 0)
  const absences = {
    excused: parts.reduce((n, c) => n + c.absences.excused, 0),
    unexcused: parts.reduce((n, c) => n + c.absences.unexcused, 0),
  }
  const total = absences.excused + absences.unexcused
  const subjects = mergeSubjects(parts.map((c) => c.subjects))
    .sort((a, b) => subjectOrder.indexOf(a.subjectId) - subjectOrder.indexOf(b.subjectId))
    .map((s) => ({
      subjectId: s.subjectId,
      count: s.count + s.d + s.cd,
      average: s.count > 0 ? formatTenths(divideHalfUp(s.sum, s.count)) : null,
      d: s.d,
      cd: s.cd,
    }))
  const withYear = parts.some((c) => c.outcomes)
  return {
    level,
    id,
    name,
    grade,
    students,
    learning: shares(LEVEL_KEYS, addCounts(...parts.map((c) => c.learning))),
    training: shares(LEVEL_KEYS, addCounts(...parts.map((c) => c.training))),
    ...(withYear
      ? {
          outcomes: shares(OUTCOME_KEYS, addCounts(...parts.map((c) => c.outcomes ?? {}))),
          titles: shares(TITLE_KEYS, addCounts(...parts.map((c) => c.titles ?? {}))),
        }
      : {}),
    subjects,
    absences: { ...absences, total, perStudentTenths: students > 0 ? divideHalfUp(total * 10, students) : 0 },
  }
}

/**
 * The report's scopes: every class, then each grade (its classes added up), then the school.
 * Subject averages of a grade or the school are the mean over all their students, not a mean of
 * class means.
 */
export const buildResultsScopes = (classes: ClassCounts[], subjectOrder: number[]): ReportScope[] => {
  const sorted = [...classes].sort((a, b) => a.grade - b.grade || a.className.localeCompare(b.className, 'vi'))
  const grades = [...new Set(sorted.map((c) => c.grade))]
  return [
    ...sorted.map((c) => scopeOf('class', `class-${c.classId}`, c.className, c.grade, [c], subjectOrder)),
    ...grades.map((g) =>
      scopeOf(
        'grade',
        `grade-${g}`,
        `Khối ${g}`,
        g,
        sorted.filter((c) => c.grade === g),
        subjectOrder,
      ),
    ),
    scopeOf('school', 'school', 'Toàn trường', null, sorted, subjectOrder),
  ]
}
