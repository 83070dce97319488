import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '@/access/relation-id'

/** A new article belongs to its author's department unless one is chosen. */
export const defaultDepartment: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || data.department || !req.user) return data
  const department = (req.user as { department?: unknown }).department
  if (department) data.department = relationId(department)
  return data
}
