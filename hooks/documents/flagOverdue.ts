import type { FieldHook } from 'payload'

import { isOverdue } from '@/domain/documents/numbering'

/** The overdue flag is computed when read, so it is right on the day the deadline passes. */
export const flagOverdue: FieldHook = ({ siblingData }) => isOverdue(siblingData ?? {}, new Date())
