import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import { GRADE_MESSAGES, isGradeLocked } from '@/domain/grading'

import { isSystemGradeWrite } from './context'
import { loadGradeFacts } from './gradeFacts'

type Scope = { term: unknown; class: unknown; subject: unknown }

/** Whether a lock scope (term; term + class; term + class + subject) covers the grade's cell. */
export const isCoveredByLock = async (req: PayloadRequest, scope: Scope): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'grade-locks',
    where: {
      and: [
        { term: { equals: relationId(scope.term) } },
        { or: [{ class: { exists: false } }, { class: { equals: relationId(scope.class) } }] },
        { or: [{ subject: { exists: false } }, { subject: { equals: relationId(scope.subject) } }] },
      ],
    },
    req,
    // The lock check runs for every writer; it reads the locks whatever the writer may see.
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Nobody writes a locked grade directly, through any API, the sheet or a bulk update: the term is
 * not open, the grade is locked, or a lock scope covers it. Only an approved correction (server
 * code, see `SYSTEM_GRADE_WRITE`) gets through.
 */
export const rejectLockedGrade: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  if (isSystemGradeWrite(context)) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const facts = await loadGradeFacts(req, merged)
  const locked = isGradeLocked({
    storedLocked: originalDoc?.locked === true,
    termStatus: facts?.termStatus,
    lockCovered: await isCoveredByLock(req, merged),
  })
  if (locked) {
    throw new APIError(GRADE_MESSAGES.locked, 403, { errors: [{ path: 'locked', message: 'Điểm đã khoá.' }] }, true)
  }
  return data
}
