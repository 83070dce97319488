import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'
import { loadScope } from './scope'

/**
 * Who reads the results statistics (A6.8, A8.4): the principal and the vice principals the whole
 * school; a department head the subjects of the departments they head; everyone else nothing.
 */
export type ResultsReportScope = { kind: 'school' } | { kind: 'departments'; departmentIds: Array<number | string> }

export const resultsReportScope = async (req: PayloadRequest): Promise<ResultsReportScope | null> => {
  const user = req.user
  if (hasRole(user, 'principal', 'vice-principal')) return { kind: 'school' }
  if (!hasRole(user, 'department-head')) return null
  const { headedDepartmentIds } = await loadScope(req)
  return headedDepartmentIds.length > 0 ? { kind: 'departments', departmentIds: headedDepartmentIds } : null
}

/** Health statistics: the principal and the medical staff (who keep the records). */
export const canReadHealthReport = (req: PayloadRequest): boolean => hasRole(req.user, 'principal', 'medical-staff')
