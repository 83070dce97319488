import type { Level } from './levels'
import type { Title } from './outcome'
import { normalizeCell, type CellValue } from './values'
import { type SummerList, summerMissing } from './yearEndLifecycle'
import { type SubjectTerms, type SubjectYear, studentYearResult } from './yearResult'

export type YearEndRecordInput = {
  grade: number
  subjects: SubjectTerms[]
  trainingTermI: Level | null
  trainingTermII: Level | null
  absentSessions: number
  summerList: SummerList | null
  summerResults: Record<string, unknown> | null
  summerTraining: Level | null
}

export type YearEndRecord = {
  subjects: SubjectYear[]
  learning: Level | null
  training: Level | null
  outcome: string | null
  reassessmentSubjects: string[] | null
  title: Title | null
  summerResults: Record<string, CellValue> | null
}

/**
 * The derived part of a student's year-end result, from its stored inputs. Summer results count
 * only for a student listed at approval, and only once every listed item is in: then they replace
 * the year results and outcome and title are evaluated again (after the summer, failing means kept
 * back). Errors name the field (`summerResults.TOAN`).
 */
export const deriveYearEndRecord = (
  input: YearEndRecordInput,
): { ok: true; record: YearEndRecord } | { ok: false; path: string; message: string } => {
  const summerResults: Record<string, CellValue> = {}
  for (const [code, value] of Object.entries(input.summerResults ?? {})) {
    const subject = input.subjects.find((s) => s.code === code)
    if (!subject) return { ok: false, path: `summerResults.${code}`, message: `Môn ${code} không có trong kết quả.` }
    const parsed = normalizeCell(value, subject.kind)
    if (!parsed.ok) return { ok: false, path: `summerResults.${code}`, message: parsed.message }
    if (parsed.value !== null) summerResults[code] = parsed.value
  }
  const complete =
    input.summerList !== null && summerMissing(input.summerList, summerResults, input.summerTraining).length === 0
  const result = studentYearResult({
    grade: input.grade,
    subjects: input.subjects,
    trainingI: input.trainingTermI,
    trainingII: input.trainingTermII,
    absentSessions: input.absentSessions,
    summer: complete ? { results: summerResults, training: input.summerTraining } : undefined,
  })
  const listed = input.summerList?.subjects ?? []
  return {
    ok: true,
    record: {
      subjects: result.subjects,
      learning: result.learning,
      training: result.training,
      outcome: result.outcome?.kind ?? null,
      reassessmentSubjects:
        result.outcome?.kind === 'summer-reassessment' ? result.outcome.subjects : listed.length > 0 ? listed : null,
      title: result.title,
      summerResults: Object.keys(summerResults).length > 0 ? summerResults : null,
    },
  }
}
