import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { evaluationActor } from '@/access/staff'
import { missingCriteria, overallRating, type CriterionRatings } from '@/domain/evaluation/standards'
import { canMoveEvaluation, type EvaluationStage, writableFields } from '@/domain/evaluation/workflow'

const WORKFLOW_FIELDS = [
  'staff',
  'schoolYear',
  'ratings',
  'selfComment',
  'departmentHeadComment',
  'principalComment',
  'classification',
]

const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'staff-evaluations', errors: [{ path, message }] })
}

const asCriteria = (ratings: Record<string, string | null | undefined> | null | undefined): CriterionRatings =>
  Object.fromEntries(
    Object.entries(ratings ?? {}).map(([key, value]) => [Number(key.replace(/^c/, '')), value]),
  ) as CriterionRatings

/**
 * Keeps an evaluation on its path: each stage's writers change only their fields (others keep the
 * stored value, as Payload's field access does), the status moves only as `canMoveEvaluation`
 * allows, an evaluation leaves self-assessment only with all 15 criteria rated, and the principal
 * finalises only with a classification. The overall rating is always computed, never typed.
 */
export const enforceEvaluationWorkflow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context.systemWrite) return data
  if (operation === 'create') {
    data.status = 'self-assessment'
  } else if (req.user) {
    const from = originalDoc.status as EvaluationStage
    const to = (data.status ?? from) as EvaluationStage
    const actor = await evaluationActor(req, originalDoc.staff)
    if (!canMoveEvaluation(from, to, actor)) fail('status', 'Bạn không được chuyển phiếu đánh giá sang bước này.')
    const allowed = writableFields(from, actor)
    for (const field of WORKFLOW_FIELDS) if (!allowed.includes(field)) data[field] = originalDoc[field]
    if (allowed.includes('ratings')) data.ratings = { ...originalDoc.ratings, ...data.ratings }
    data.status = to
    if (to === 'finalised' && from !== 'finalised') {
      if (!(data.classification ?? originalDoc.classification))
        fail('classification', 'Hiệu trưởng phải xếp loại viên chức khi phê duyệt.')
      data.approvedBy = req.user.id
      data.approvedAt = new Date().toISOString()
    }
  }
  const criteria = asCriteria(data.ratings ?? originalDoc?.ratings)
  const missing = missingCriteria(criteria)
  if (data.status !== 'self-assessment' && missing.length > 0) {
    fail(`ratings.c${missing[0]}`, `Chưa đánh giá tiêu chí ${missing[0]} (thiếu: ${missing.join(', ')}).`)
  }
  data.overallRating = missing.length === 0 ? overallRating(criteria) : null
  return data
}
