import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { deriveYearEndRecord, type Level, type SubjectTerms, type SummerList } from '@/domain/grading'

import { isYearEndSystem } from './context'

/** Fields people may write through the collection's doors (REST, GraphQL, Local API with a user). */
const USER_FIELDS = ['comment', 'status'] as const

/**
 * Year-end results are computed: through the collection's doors the homeroom teacher changes only
 * the year comment and proposes, while the class is not yet approved. Summer results, approvals
 * and the final close come from the year-end endpoints (server context), after their own checks;
 * a closed class changes only through the principal's correction. The derived fields are
 * recomputed from the stored inputs by the domain rules on every write.
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
    if (originalDoc.status === 'approved' || originalDoc.status === 'closed')
      throw new APIError(
        originalDoc.status === 'closed'
          ? 'Lớp đã khoá sổ cuối năm; chỉ sửa qua đề nghị điều chỉnh được hiệu trưởng duyệt.'
          : 'Kết quả cuối năm đã được duyệt; kết quả hè nhập qua chức năng kiểm tra lại.',
        403,
        undefined,
        true,
      )
    if (data.status === 'approved' || data.status === 'closed')
      throw new APIError('Chỉ hiệu trưởng duyệt kết quả cuối năm, cho cả lớp.', 403, undefined, true)
    if (
      (data.summerResults !== undefined &&
        JSON.stringify(data.summerResults) !== JSON.stringify(originalDoc.summerResults)) ||
      (data.summerTraining !== undefined && data.summerTraining !== originalDoc.summerTraining)
    )
      throw new APIError(
        'Kết quả hè chỉ nhập sau khi hiệu trưởng duyệt, qua chức năng kiểm tra lại.',
        403,
        undefined,
        true,
      )
    next = { ...data }
    for (const field of Object.keys(next))
      if (!(USER_FIELDS as readonly string[]).includes(field)) next[field] = originalDoc[field]
    next.status = data.status === 'proposed' ? 'proposed' : originalDoc.status
    if (next.status === 'proposed' && originalDoc.status !== 'proposed') {
      next.proposedBy = req.user?.id ?? null
      next.proposedAt = new Date().toISOString()
    }
  }
  const merged = { ...(operation === 'update' ? originalDoc : {}), ...next }
  let grade = Number(context.yearEndGrade ?? 0)
  if (!grade) {
    const klass = await req.payload.findByID({
      collection: 'classes',
      id: relationId(merged.class)!,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    grade = Number(klass?.grade ?? 6)
  }
  const derived = deriveYearEndRecord({
    grade,
    subjects: (Array.isArray(merged.subjects) ? merged.subjects : []) as SubjectTerms[],
    trainingTermI: (merged.trainingTermI ?? null) as Level | null,
    trainingTermII: (merged.trainingTermII ?? null) as Level | null,
    absentSessions: Number(merged.absentSessions ?? 0),
    summerList: (merged.summerList ?? null) as SummerList | null,
    summerResults: (merged.summerResults ?? null) as Record<string, unknown> | null,
    summerTraining: (merged.summerTraining ?? null) as Level | null,
  })
  if (!derived.ok)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: derived.path, message: derived.message }],
    })
  return { ...next, ...derived.record }
}
