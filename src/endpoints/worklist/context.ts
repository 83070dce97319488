import type { PayloadRequest, Where } from 'payload'

import { loadScope, type Scope } from '@/access/scope'
import { termUnderWay } from '@/domain/structure/terms'

/** An admin list link with a `where` query, as Payload's list view reads it. */
export const listHref = (collection: string, where?: Record<string, Record<string, string | number>>) => {
  const params = new URLSearchParams()
  for (const [field, ops] of Object.entries(where ?? {}))
    for (const [op, value] of Object.entries(ops)) params.set(`where[${field}][${op}]`, String(value))
  const query = params.toString()
  return `/admin/collections/${collection}${query ? `?${query}` : ''}`
}

/**
 * What every part of the worklist needs: the request (the caller's access), their scope, the
 * current year and its open term. Reads go through `read`/`count`, always with the caller's
 * access, so each count is what the REST API returns to the same person.
 */
export type WorklistContext = {
  req: PayloadRequest
  now: Date
  scope: Scope
  openTerm: { id: number; name: string; term: string } | null
  count: (collection: string, where: Where) => Promise<number>
  find: <T = Record<string, unknown>>(collection: string, where: Where, select?: Record<string, true>) => Promise<T[]>
}

export const worklistContext = async (req: PayloadRequest, now: Date): Promise<WorklistContext> => {
  const asCaller = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const count = async (collection: string, where: Where) =>
    (await req.payload.count({ ...asCaller, collection: collection as 'grades', where })).totalDocs
  const find = async <T>(collection: string, where: Where, select?: Record<string, true>) =>
    (
      await req.payload.find({
        ...asCaller,
        collection: collection as 'grades',
        where,
        select,
        pagination: false,
      })
    ).docs as unknown as T[]
  const scope = await loadScope(req)
  const terms =
    scope.schoolYearId === null
      ? []
      : await find<{
          id: number
          name: string
          term: string
          status: string
          startDate?: string | null
          endDate?: string | null
        }>(
          'terms',
          { and: [{ schoolYear: { equals: scope.schoolYearId } }, { status: { equals: 'open' } }] },
          { name: true, term: true, status: true, startDate: true, endDate: true },
        )
  const under = termUnderWay(terms, now)
  const openTerm = under ? { id: under.id, name: under.name, term: under.term } : null
  return { req, now, scope, openTerm, count, find }
}
