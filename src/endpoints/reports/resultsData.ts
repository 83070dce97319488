import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { type CommentResult, schoolMonths, termsOfMonth } from '@/domain/grading'
import type { ClassCounts, LevelKey, OutcomeKey, SubjectCounts, TitleKey } from '@/domain/reports/results'
import { termLearningLevel } from '@/domain/reports/results'
import { sqlOf } from '@/lib/sql'

type Row = Record<string, unknown>
export type YearRow = { id: number; name: string; startDate: string; endDate: string }
export type TermRow = { id: number; name: string; term: string; startDate: string | null; endDate: string | null }

const num = (v: unknown) => Number(v ?? 0)

/**
 * The students holding a seat in each class of the year (latest enrolment, studying or
 * transferred in), and those who finished it by graduating: the population every figure counts.
 */
const seats = (yearId: number) => sql`
  seats as (
    select e.student_id, e.class_id
    from enrolments e join classes c on c.id = e.class_id
    where c.school_year_id = ${yearId} and e.is_latest and e.status in ('studying', 'transferred-in', 'graduated')
  )`

/** `7.5` → 75 in SQL (numeric is decimal: no binary rounding). Only well-formed scores count. */
const tenths = (column: ReturnType<typeof sql>) => sql`round(${column}::numeric * 10)::int`
const isScore = (column: ReturnType<typeof sql>) => sql`${column} ~ '^[0-9]{1,2}(\\.[0-9])?$'`

/** The months of a term: its dates, or the usual calendar within the school year. */
export const monthsOfTerm = (term: TermRow, year: YearRow): string[] =>
  term.startDate && term.endDate
    ? schoolMonths(term.startDate.slice(0, 10), term.endDate.slice(0, 10))
    : schoolMonths(year.startDate.slice(0, 10), year.endDate.slice(0, 10)).filter(
        (month) => termsOfMonth(month, [{ id: term.id, term: term.term }]).length > 0,
      )

const byClass = <T>(rows: Row[], make: (row: Row) => T) => {
  const map = new Map<number, T[]>()
  for (const row of rows) map.set(num(row.class_id), [...(map.get(num(row.class_id)) ?? []), make(row)])
  return map
}

const countsOf = <K extends string>(rows: Row[] | undefined, key = 'key'): Partial<Record<K, number>> =>
  Object.fromEntries((rows ?? []).map((r) => [String(r[key]), num(r.n)])) as Partial<Record<K, number>>

/**
 * Everything the results report counts, per class, in a fixed number of aggregate queries whatever
 * the school's size. A system read (no `req` access): the endpoint has decided who may see which
 * part before calling it, and only counts leave it.
 */
export const loadResultCounts = async (
  req: PayloadRequest,
  year: YearRow,
  term: TermRow | null,
  yearTerms: TermRow[],
): Promise<ClassCounts[]> => {
  const db = await sqlOf(req)
  const months = term ? monthsOfTerm(term, year) : schoolMonths(year.startDate.slice(0, 10), year.endDate.slice(0, 10))
  const monthList = months.join(',')

  const classes = (
    await db.execute(sql`with ${seats(year.id)}
      select c.id as class_id, c.name, c.grade, count(s.student_id)::int as n
      from classes c left join seats s on s.class_id = c.id
      where c.school_year_id = ${year.id}
      group by c.id, c.name, c.grade`)
  ).rows

  const absences = byClass(
    (
      await db.execute(sql`with ${seats(year.id)}
        select s.class_id, coalesce(sum(a.excused), 0)::int as excused, coalesce(sum(a.unexcused), 0)::int as unexcused
        from seats s join attendance a on a.student_id = s.student_id
        where a.month = any(string_to_array(${monthList}, ','))
        group by s.class_id`)
    ).rows,
    (r) => ({ excused: num(r.excused), unexcused: num(r.unexcused) }),
  )

  const subjects = term ? await termSubjects(db, year.id, term.id) : await yearSubjects(db, year.id, yearTerms)
  const learning = term ? await termLearning(db, year.id, term.id) : null
  const training = term
    ? byClass(
        (
          await db.execute(sql`with ${seats(year.id)}
            select s.class_id, c.level::text as key, count(*)::int as n
            from seats s join conduct c on c.student_id = s.student_id and c.term_id = ${term.id}
            group by 1, 2`)
        ).rows,
        (r) => r,
      )
    : null
  const yearEnd = term
    ? null
    : (
        await db.execute(sql`with ${seats(year.id)}
          select s.class_id,
            y.learning::text as learning, y.training::text as training,
            y.outcome::text as outcome, coalesce(y.title::text, 'no-title') as title, count(*)::int as n
          from seats s join year_end_results y on y.student_id = s.student_id and y.school_year_id = ${year.id}
          group by 1, 2, 3, 4, 5`)
      ).rows

  return classes.map((c) => {
    const classId = num(c.class_id)
    const students = num(c.n)
    const complete = (counts: Partial<Record<string, number>>) => {
      const counted = Object.values(counts).reduce((a: number, b) => a + (b ?? 0), 0)
      return { ...counts, incomplete: (counts.incomplete ?? 0) + Math.max(0, students - counted) }
    }
    const sumBy = (key: 'learning' | 'training' | 'outcome' | 'title') => {
      const counts: Record<string, number> = {}
      for (const r of (yearEnd ?? []).filter((r) => num(r.class_id) === classId)) {
        const k = r[key] === null ? (key === 'outcome' ? 'not-computed' : 'incomplete') : String(r[key])
        counts[k] = (counts[k] ?? 0) + num(r.n)
      }
      return counts
    }
    const yearCounts = yearEnd
      ? {
          learning: complete(sumBy('learning')) as Partial<Record<LevelKey, number>>,
          training: complete(sumBy('training')) as Partial<Record<LevelKey, number>>,
          outcomes: (() => {
            const o = sumBy('outcome')
            const counted = Object.values(o).reduce((a, b) => a + b, 0)
            return { ...o, 'not-computed': (o['not-computed'] ?? 0) + Math.max(0, students - counted) }
          })() as Partial<Record<OutcomeKey, number>>,
          titles: (() => {
            const t = sumBy('title')
            const counted = Object.values(t).reduce((a, b) => a + b, 0)
            return { ...t, 'not-computed': Math.max(0, students - counted) }
          })() as Partial<Record<TitleKey, number>>,
        }
      : null
    return {
      classId,
      className: String(c.name),
      grade: num(c.grade),
      students,
      learning: yearCounts?.learning ?? complete(learning?.get(classId) ?? {}),
      training: yearCounts?.training ?? complete(countsOf(training?.get(classId))),
      ...(yearCounts ? { outcomes: yearCounts.outcomes, titles: yearCounts.titles } : {}),
      subjects: subjects.get(classId) ?? [],
      absences: absences.get(classId)?.[0] ?? { excused: 0, unexcused: 0 },
    }
  })
}

type Db = Awaited<ReturnType<typeof sqlOf>>

const subjectRow = (r: Row): SubjectCounts => ({
  subjectId: num(r.subject_id),
  sum: num(r.sum),
  count: num(r.count),
  d: num(r.d),
  cd: num(r.cd),
})

/** Per class and subject: sum and count of the term averages, or the Đ/CĐ counts. */
const termSubjects = async (db: Db, yearId: number, termId: number) =>
  byClass(
    (
      await db.execute(sql`with ${seats(yearId)}
        select s.class_id, g.subject_id,
          coalesce(sum(${tenths(sql`g.average`)}) filter (where ${isScore(sql`g.average`)}), 0)::int as sum,
          count(*) filter (where ${isScore(sql`g.average`)})::int as count,
          count(*) filter (where g.average = 'D')::int as d,
          count(*) filter (where g.average = 'CD')::int as cd
        from seats s join grades g on g.student_id = s.student_id and g.term_id = ${termId}
        group by 1, 2`)
    ).rows,
    subjectRow,
  )

/**
 * Per class and subject over the year: each student's year average (term I + 2 × term II) / 3,
 * half up by integer arithmetic as the domain rounds it, summed; comment subjects by their term II
 * result (the year's result of a comment subject follows term II).
 */
const yearSubjects = async (db: Db, yearId: number, terms: TermRow[]) => {
  const termI = terms.find((t) => t.term === 'I')?.id ?? -1
  const termII = terms.find((t) => t.term === 'II')?.id ?? -1
  return byClass(
    (
      await db.execute(sql`with ${seats(yearId)},
        pairs as (
          select s.class_id, g2.subject_id,
            case when ${isScore(sql`g1.average`)} and ${isScore(sql`g2.average`)}
              then (2 * (${tenths(sql`g1.average`)} + 2 * ${tenths(sql`g2.average`)}) + 3) / 6 end as year_tenths,
            g2.average as term_ii
          from seats s
          join grades g2 on g2.student_id = s.student_id and g2.term_id = ${termII}
          left join grades g1 on g1.student_id = s.student_id and g1.subject_id = g2.subject_id and g1.term_id = ${termI}
        )
        select class_id, subject_id,
          coalesce(sum(year_tenths), 0)::int as sum, count(year_tenths)::int as count,
          count(*) filter (where term_ii = 'D')::int as d, count(*) filter (where term_ii = 'CD')::int as cd
        from pairs group by 1, 2`)
    ).rows,
    subjectRow,
  )
}

/**
 * Learning level per student for a term: the database gathers each student's subject results in one
 * row (a handful of small values), the domain classifies them; a student lacking any result of the
 * subjects their class is taught is counted as incomplete.
 */
const termLearning = async (db: Db, yearId: number, termId: number) => {
  const rows = (
    await db.execute(sql`with ${seats(yearId)},
      taught as (
        select class_id, count(distinct subject_id)::int as subjects from teaching_assignments group by class_id
      )
      select s.class_id, s.student_id, coalesce(t.subjects, 0) as required,
        count(g.id) filter (where g.average is not null and g.average <> '')::int as present,
        coalesce(array_agg(${tenths(sql`g.average`)}) filter (where sub.assessment = 'score' and ${isScore(sql`g.average`)}), '{}') as scored,
        coalesce(array_agg(g.average) filter (where sub.assessment = 'comment' and g.average in ('D', 'CD')), '{}') as comments
      from seats s
      left join taught t on t.class_id = s.class_id
      left join grades g on g.student_id = s.student_id and g.term_id = ${termId}
      left join subjects sub on sub.id = g.subject_id
      group by s.class_id, s.student_id, t.subjects`)
  ).rows
  const counts = new Map<number, Partial<Record<LevelKey, number>>>()
  for (const r of rows) {
    const scored = (r.scored as number[]).map(Number)
    const comments = r.comments as CommentResult[]
    const complete = num(r.required) > 0 && scored.length + comments.length >= num(r.required)
    const level = termLearningLevel(scored, comments, complete)
    const classCounts = counts.get(num(r.class_id)) ?? {}
    classCounts[level] = (classCounts[level] ?? 0) + 1
    counts.set(num(r.class_id), classCounts)
  }
  return counts
}
