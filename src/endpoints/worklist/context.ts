import type { PayloadRequest, Where } from 'payload'

import { loadScope, type Scope } from '@/access/scope'

/** Vietnam time (UTC+7) has no daylight saving. */
const VN_OFFSET_MS = 7 * 3600 * 1000

/** The month as attendance stores it (`YYYY-MM`), in Vietnam time. */
export const vietnamMonth = (now: Date) => new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 7)

/** `dd/MM/yyyy` in Vietnam time. */
export const vietnamDate = (iso: string | Date) => {
  const d = new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString()
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`
}

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
      : await find<{ id: number; name: string; term: string; startDate?: string | null; endDate?: string | null }>(
          'terms',
          { and: [{ schoolYear: { equals: scope.schoolYearId } }, { status: { equals: 'open' } }] },
          { name: true, term: true, startDate: true, endDate: true },
        )
  // The term under way: the open term whose dates hold today, else the first open one (I before II).
  const today = now.toISOString()
  const ordered = terms.sort((a, b) => a.term.localeCompare(b.term))
  const holdsToday = (t: (typeof terms)[number]) =>
    (!t.startDate || t.startDate <= today) && (!t.endDate || today <= t.endDate)
  const under = ordered.find(holdsToday) ?? ordered[0]
  const openTerm = under ? { id: under.id, name: under.name, term: under.term } : null
  return { req, now, scope, openTerm, count, find }
}
