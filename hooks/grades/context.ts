import type { RequestContext } from 'payload'

/**
 * Set only by server code (the approved-correction step, the seed): writes a locked grade. Request
 * context cannot be set through REST or GraphQL, so no client reaches this.
 */
export const SYSTEM_GRADE_WRITE = 'gradebookSystemWrite'

export const isSystemGradeWrite = (context: RequestContext | undefined): boolean =>
  context?.[SYSTEM_GRADE_WRITE] === true
