import { sameId } from './rules'
import type { PermissionArgs, ResolvedOptions, Transition } from './types'

export type Refusal = 'selfApproval' | 'forbidden' | null

/** Why the user may not make this transition, or null when they may: one rule for the guard and the admin. */
export const transitionRefusal = async (
  o: ResolvedOptions,
  transition: Transition,
  args: PermissionArgs,
): Promise<Refusal> => {
  if (transition.approval && sameId(args.doc[o.fieldNames.author], args.user.id)) return 'selfApproval'
  return (await transition.can(args)) ? null : 'forbidden'
}

/** The transitions out of the document's current stage that the user may make. */
export const allowedTransitions = async (o: ResolvedOptions, args: PermissionArgs): Promise<Transition[]> => {
  const from = (args.doc[o.fieldNames.stage] as string | undefined) ?? o.initialStage
  const out = o.transitions.filter((t) => (Array.isArray(t.from) ? t.from.includes(from) : t.from === from))
  const allowed: Transition[] = []
  for (const t of out) if ((await transitionRefusal(o, t, args)) === null) allowed.push(t)
  return allowed
}
