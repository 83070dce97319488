import type { ExportKind } from '@/domain/exports/kinds'

import { buildCsdlYearResults, buildCsdlYearScores } from './csdlYear'
import type { ExportBuilder } from './types'
import { buildYearArchive } from './yearArchive'

/** Which builder makes each kind of whole-year export (kinds: `src/domain/exports/kinds.ts`, rights: `access/exportRuns.ts`). */
export const EXPORT_BUILDERS: Record<ExportKind, ExportBuilder> = {
  'year-archive': buildYearArchive,
  'csdl-scores': buildCsdlYearScores,
  'csdl-results': buildCsdlYearResults,
}
