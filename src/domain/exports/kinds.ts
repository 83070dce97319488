/**
 * Whole-year exports built by the jobs queue (`buildExport`), each a kind with who may start it,
 * whether the year must be closed first (who may start and read each: `access/exportRuns.ts`).
 */
export const EXPORT_KINDS = ['year-archive', 'csdl-scores', 'csdl-results'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  'year-archive': 'Lưu trữ năm học (sổ theo dõi, học bạ, kết quả)',
  'csdl-scores': 'Điểm cả năm theo mẫu CSDL ngành',
  'csdl-results': 'Kết quả cuối năm theo mẫu CSDL ngành',
}

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const

export const isExportKind = (value: unknown): value is ExportKind =>
  typeof value === 'string' && (EXPORT_KINDS as readonly string[]).includes(value)

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
