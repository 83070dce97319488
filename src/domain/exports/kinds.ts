import { canExchangeWithCsdl } from '@/access/exchange'
import { hasRole, isViceArea, type RoleHolder } from '@/access/roles'

/**
 * Whole-year exports built by the jobs queue (`buildExport`), each a kind with who may start it,
 * who may read its file, and whether the year must be closed first. Pure: roles only.
 */
export const EXPORT_KINDS = ['year-archive', 'csdl-scores', 'csdl-results'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  'year-archive': 'Lưu trữ năm học (sổ theo dõi, học bạ, kết quả)',
  'csdl-scores': 'Điểm cả năm theo mẫu CSDL ngành',
  'csdl-results': 'Kết quả cuối năm theo mẫu CSDL ngành',
}

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const
export type ExportStatus = (typeof EXPORT_STATUSES)[number]

export const isExportKind = (value: unknown): value is ExportKind =>
  typeof value === 'string' && (EXPORT_KINDS as readonly string[]).includes(value)

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

export const needsClosedYear = (kind: ExportKind): boolean => kind === 'year-archive'

/** "running 12 of 380" for the admin, in Vietnamese. */
export const progressText = (run: { status?: string | null; done?: number | null; total?: number | null }) => {
  switch (run.status) {
    case 'queued':
      return 'Đang chờ chạy'
    case 'running':
      return run.total ? `Đang chạy ${run.done ?? 0}/${run.total}` : 'Đang chạy'
    case 'done':
      return 'Đã xong'
    case 'failed':
      return 'Thất bại'
    default:
      return ''
  }
}
