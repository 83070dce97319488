import { yearAverage } from './averages'
import { commentYearResult, type CommentResult } from './comments'
import type { Level } from './levels'
import { learningOf, type Outcome, type Title, yearOutcome, yearTitle, type YearSubjects } from './outcome'
import { formatTenths, parseScore, type Tenths } from './scores'
import { DEFAULT_GRADING_SETTINGS, type GradingSettings } from './settings'
import { trainingYearResult } from './training'
import { type CellValue } from './values'

/** A subject's stored term averages (text, as grades keep them) for one student. */
export type SubjectTerms = { code: string; kind: 'score' | 'comment'; termI: CellValue; termII: CellValue }

export type SubjectYear = {
  code: string
  kind: 'score' | 'comment'
  termI: CellValue
  termII: CellValue
  year: CellValue
}

export type StudentYearInput = {
  grade: number
  subjects: SubjectTerms[]
  trainingI: Level | null
  trainingII: Level | null
  absentSessions: number
  /** After the summer: re-assessment results by subject code, and the training re-evaluation. */
  summer?: { results?: Record<string, CellValue>; training?: Level | null }
}

export type StudentYearResult = {
  subjects: SubjectYear[]
  learning: Level | null
  training: Level | null
  outcome: Outcome | null
  title: Title | null
}

const tenths = (cell: CellValue): Tenths | null => {
  const parsed = cell === null ? null : parseScore(cell)
  return parsed && parsed.ok ? parsed.value : null
}

/**
 * A student's year from term averages, training and absences. Nothing is classified while a piece
 * is missing (`null`); summer results replace year results and the outcome is re-evaluated.
 */
export const studentYearResult = (
  input: StudentYearInput,
  settings: GradingSettings = DEFAULT_GRADING_SETTINGS,
): StudentYearResult => {
  const subjects: SubjectYear[] = input.subjects.map((s) => {
    let year: CellValue
    if (s.kind === 'comment')
      year = s.termII === 'D' || s.termII === 'CD' ? commentYearResult(s.termI as CommentResult, s.termII) : null
    else {
      const avg = yearAverage(tenths(s.termI), tenths(s.termII))
      year = avg === null ? null : formatTenths(avg)
    }
    const summer = input.summer?.results?.[s.code]
    return { ...s, year: summer ?? year }
  })
  const trainingBase =
    input.trainingI && input.trainingII ? trainingYearResult(input.trainingI, input.trainingII) : null
  const training = input.summer?.training ?? trainingBase
  if (subjects.some((s) => s.year === null) || training === null)
    return { subjects, learning: null, training, outcome: null, title: null }
  const yearSubjects: YearSubjects = {
    scored: subjects.filter((s) => s.kind === 'score').map((s) => ({ subject: s.code, average: tenths(s.year)! })),
    comment: subjects
      .filter((s) => s.kind === 'comment')
      .map((s) => ({ subject: s.code, result: s.year as CommentResult })),
  }
  const learning = learningOf(yearSubjects, settings)
  const afterSummer = Boolean(
    input.summer && (input.summer.training || Object.keys(input.summer.results ?? {}).length > 0),
  )
  const outcome = yearOutcome(
    { grade: input.grade, training, subjects: yearSubjects, absentSessions: input.absentSessions, afterSummer },
    settings,
  )
  const title = afterSummer
    ? null
    : yearTitle(
        training,
        learning,
        yearSubjects.scored.map((s) => s.average),
        settings,
      )
  return { subjects, learning, training, outcome, title }
}
