/**
 * The yearly evaluation's path: the teacher assesses themselves, the department head gives their
 * input, the principal approves (with the civil-servant classification). Pure: who may move an
 * evaluation from one stage to another, and which fields each may write at that stage.
 */
export const EVALUATION_STAGES = ['self-assessment', 'department-review', 'principal-review', 'finalised'] as const
export type EvaluationStage = (typeof EVALUATION_STAGES)[number]

/** The capacities a user has towards one evaluation (a user may have several). */
export type EvaluationActor = { isSelf: boolean; isReviewingHead: boolean; isPrincipal: boolean; isHrOfficer: boolean }

const MOVES: Array<{ from: EvaluationStage; to: EvaluationStage; by: keyof EvaluationActor }> = [
  { from: 'self-assessment', to: 'department-review', by: 'isSelf' },
  { from: 'department-review', to: 'principal-review', by: 'isReviewingHead' },
  { from: 'department-review', to: 'self-assessment', by: 'isReviewingHead' },
  { from: 'principal-review', to: 'finalised', by: 'isPrincipal' },
  { from: 'principal-review', to: 'department-review', by: 'isPrincipal' },
]

export const canMoveEvaluation = (from: EvaluationStage, to: EvaluationStage, actor: EvaluationActor): boolean =>
  from === to || MOVES.some((m) => m.from === from && m.to === to && actor[m.by])

/** Fields an actor may write at a stage (the status aside, checked by `canMoveEvaluation`). */
export const writableFields = (stage: EvaluationStage, actor: EvaluationActor): string[] => {
  const fields = new Set<string>()
  if (actor.isHrOfficer && stage !== 'finalised') ['staff', 'schoolYear'].forEach((f) => fields.add(f))
  if (stage === 'self-assessment' && actor.isSelf) ['ratings', 'selfComment'].forEach((f) => fields.add(f))
  if (stage === 'department-review' && actor.isReviewingHead)
    ['ratings', 'departmentHeadComment'].forEach((f) => fields.add(f))
  if (stage === 'principal-review' && actor.isPrincipal)
    ['principalComment', 'classification'].forEach((f) => fields.add(f))
  return [...fields]
}
