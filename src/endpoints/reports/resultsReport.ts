import type { PayloadRequest } from 'payload'

import { resultsReportScope } from '@/access/reports'
import { buildResultsScopes, type ReportScope } from '@/domain/reports/results'
import { sqlOf } from '@/lib/sql'
import { sql } from '@payloadcms/db-postgres/drizzle'

import type { Period } from './loadPeriod'
import { loadResultCounts } from './resultsData'

export type SubjectInfo = { id: number; name: string; code: string; assessment: string; departmentId: number | null }

export type ResultsReport = {
  schoolYear: { id: number; name: string }
  term: { id: number; name: string } | null
  /** `school`: every figure; `departments`: a department head's subjects only. */
  view: 'school' | 'departments'
  subjects: SubjectInfo[]
  scopes: Array<ReportScope | SubjectScope>
}

/** What a department head sees of a class, a grade or the school: their subjects' figures. */
export type SubjectScope = Pick<ReportScope, 'level' | 'id' | 'name' | 'grade' | 'students' | 'subjects'>

const subjectsOf = async (req: PayloadRequest): Promise<SubjectInfo[]> => {
  const db = await sqlOf(req)
  const rows = (
    await db.execute(sql`select id, name, code, assessment::text as assessment, department_id
      from subjects order by "order" nulls last, name`)
  ).rows
  return rows.map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    code: String(r.code),
    assessment: String(r.assessment),
    departmentId: r.department_id === null ? null : Number(r.department_id),
  }))
}

/**
 * The results statistics of a term or a school year, or null when the reader may not see them.
 * A department head gets the subject figures of their departments and nothing else.
 */
export const resultsReport = async (req: PayloadRequest, period: Period): Promise<ResultsReport | null> => {
  const access = await resultsReportScope(req)
  if (!access) return null
  const allSubjects = await subjectsOf(req)
  const subjects =
    access.kind === 'school'
      ? allSubjects
      : allSubjects.filter((s) => access.departmentIds.map(String).includes(String(s.departmentId)))
  const counts = await loadResultCounts(req, period.year, period.term, period.terms)
  const scopes = buildResultsScopes(
    counts,
    allSubjects.map((s) => s.id),
  )
  const visible = new Set(subjects.map((s) => s.id))
  return {
    schoolYear: { id: period.year.id, name: period.year.name },
    term: period.term ? { id: period.term.id, name: period.term.name } : null,
    view: access.kind,
    subjects,
    scopes:
      access.kind === 'school'
        ? scopes
        : scopes.map(({ level, id, name, grade, students, subjects: figures }) => ({
            level,
            id,
            name,
            grade,
            students,
            subjects: figures.filter((x) => visible.has(x.subjectId)),
          })),
  }
}
