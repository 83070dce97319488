import type { RequestContext } from 'payload'

/** Set only by the year-end endpoints (server code): writes computed fields and the approval. */
export const YEAR_END_SYSTEM = 'yearEndSystemWrite'

export const isYearEndSystem = (context: RequestContext | undefined) => context?.[YEAR_END_SYSTEM] === true
