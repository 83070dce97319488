import type { PayloadRequest } from 'payload'

import { userOf } from '@/access/common'
import { mayStartExport } from '@/access/exportRuns'
import { EXPORT_KIND_LABELS, EXPORT_KINDS, needsClosedYear } from '@/domain/exports/kinds'
import { closedYearState } from '@/lib/exports/closedYear'

import { type PanelRun, YearExportsPanel } from './YearExportsPanel'

/**
 * The whole-year exports the signed-in person may start (the year's archive for the principal, the
 * clerk and the gradebook administrator; the CSDL exports for those who exchange with the CSDL),
 * for the last three years, with the latest run of each, read with their access.
 */
export const YearExports = async ({ req }: { req: PayloadRequest }) => {
  const user = userOf(req)
  const kinds = EXPORT_KINDS.filter((kind) => mayStartExport(user, kind))
  if (kinds.length === 0) return null
  const common = { req, overrideAccess: false, depth: 0 } as const
  const [years, runs] = await Promise.all([
    req.payload.find({ ...common, collection: 'school-years', sort: '-startDate', limit: 3 }),
    req.payload.find({ ...common, collection: 'export-runs', sort: '-createdAt', limit: 60 }),
  ])
  const withState = await Promise.all(
    years.docs.map(async (y) => ({ id: y.id, name: y.name, closed: (await closedYearState(req, y.id)).closed })),
  )
  const panelRuns: PanelRun[] = runs.docs.map((r) => ({
    id: r.id,
    kind: r.kind,
    schoolYear: Number(r.schoolYear),
    status: r.status,
    done: Number(r.done ?? 0),
    total: Number(r.total ?? 0),
    url: r.status === 'done' ? (r.url ?? null) : null,
    message: r.message ?? null,
  }))
  return (
    <YearExportsPanel
      years={withState}
      kinds={kinds.map((kind) => ({ kind, label: EXPORT_KIND_LABELS[kind], needsClosedYear: needsClosedYear(kind) }))}
      runs={panelRuns}
    />
  )
}
