import type { Access } from 'payload'

import { readableExportKinds } from '@/domain/exports/kinds'

import { userOf } from './common'

/**
 * Whole-year exports and the year's archive: each reader sees the runs (and their files) of the
 * kinds they may read (`src/domain/exports/kinds.ts`); nobody writes them through the API — the
 * start endpoint and the `buildExport` job do.
 */
export const canReadExportRuns: Access = ({ req }) => {
  const kinds = readableExportKinds(userOf(req))
  return kinds.length > 0 ? { kind: { in: kinds } } : false
}
