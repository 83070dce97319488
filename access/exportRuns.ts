import type { Access } from 'payload'

import { EXPORT_KINDS, type ExportKind } from '@/domain/exports/kinds'

import { userOf } from './common'
import { canExchangeWithCsdl } from './exchange'
import { hasRole, isViceArea, type RoleHolder } from './roles'

/**
 * The year's archive (A13.3, A14.2, R10.3): the gradebook administrator exports it, the clerk keeps
 * it, the principal oversees it; the academic vice principal, who reads the whole gradebook and
 * every document, reads it too. Nobody else: it holds every student's results.
 */
const ARCHIVE_STARTERS = (user: RoleHolder) => hasRole(user, 'principal', 'clerk', 'gradebook-admin')
const ARCHIVE_READERS = (user: RoleHolder) => ARCHIVE_STARTERS(user) || isViceArea(user, 'academic')

export const mayStartExport = (user: RoleHolder, kind: ExportKind): boolean =>
  kind === 'year-archive' ? ARCHIVE_STARTERS(user) : canExchangeWithCsdl(user)

export const mayReadExport = (user: RoleHolder, kind: ExportKind): boolean =>
  kind === 'year-archive' ? ARCHIVE_READERS(user) : canExchangeWithCsdl(user)

export const readableExportKinds = (user: RoleHolder): ExportKind[] =>
  EXPORT_KINDS.filter((kind) => mayReadExport(user, kind))

/**
 * Whole-year exports and the year's archive: each reader sees the runs (and their files) of the
 * kinds they may read (above); nobody writes them through the API — the
 * start endpoint and the `buildExport` job do.
 */
export const canReadExportRuns: Access = ({ req }) => {
  const kinds = readableExportKinds(userOf(req))
  return kinds.length > 0 ? { kind: { in: kinds } } : false
}
