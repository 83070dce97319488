import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { type CellValue, type Level, normalizeCell, type SubjectTerms, studentYearResult } from '@/domain/grading'

import { isYearEndSystem } from './context'

const COMPUTED = [
  'student',
  'class',
  'schoolYear',
  'subjects',
  'trainingTermI',
  'trainingTermII',
  'absentSessions',
  'approvedBy',
  'approvedAt',
] as const

/**
 * Year-end results are computed: users (the homeroom teacher) change only the comment, the summer
 * results and training re-evaluation, and propose; the outcome is recomputed from the stored inputs
 * by the domain rules every time. Approval and computed inputs come from the year-end endpoints only.
 */
export const recomputeYearEnd: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  context,
  operation,
  collection,
}) => {
  let next = { ...data }
  if (!isYearEndSystem(context)) {
    if (operation === 'create')
      throw new APIError('Kết quả cuối năm được tính từ sổ điểm, không nhập tay.', 403, undefined, true)
    if (originalDoc.status === 'approved')
      throw new APIError('Kết quả cuối năm đã được duyệt; không thể sửa.', 403, undefined, true)
    if (data.status === 'approved')
      throw new APIError('Chỉ hiệu trưởng duyệt kết quả cuối năm, cho cả lớp.', 403, undefined, true)
    next = { ...data }
    for (const field of COMPUTED) next[field] = originalDoc[field]
    next.status = data.status === 'proposed' ? 'proposed' : originalDoc.status
  }
  const merged = { ...(operation === 'update' ? originalDoc : {}), ...next }
  const subjects = (Array.isArray(merged.subjects) ? merged.subjects : []) as SubjectTerms[]
  const summerInput = (merged.summerResults ?? {}) as Record<string, unknown>
  const summerResults: Record<string, CellValue> = {}
  for (const [code, value] of Object.entries(summerInput)) {
    const subject = subjects.find((s) => s.code === code)
    const parsed = subject
      ? normalizeCell(value, subject.kind)
      : { ok: false as const, message: 'Môn không có trong kết quả.' }
    if (!parsed.ok)
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: `summerResults.${code}`, message: parsed.message }],
      })
    if (parsed.value !== null) summerResults[code] = parsed.value
  }
  const klass = await req.payload.findByID({
    collection: 'classes',
    id: relationId(merged.class)!,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const result = studentYearResult({
    grade: Number(klass?.grade ?? 6),
    subjects,
    trainingI: (merged.trainingTermI ?? null) as Level | null,
    trainingII: (merged.trainingTermII ?? null) as Level | null,
    absentSessions: Number(merged.absentSessions ?? 0),
    summer: { results: summerResults, training: (merged.summerTraining ?? null) as Level | null },
  })
  return {
    ...next,
    summerResults: Object.keys(summerResults).length > 0 ? summerResults : null,
    subjects: result.subjects,
    learning: result.learning,
    training: result.training,
    outcome: result.outcome?.kind ?? null,
    reassessmentSubjects: result.outcome?.kind === 'summer-reassessment' ? result.outcome.subjects : null,
    title: result.title,
  }
}
