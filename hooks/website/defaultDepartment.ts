import type { CollectionBeforeChangeHook } from 'payload'

/** A new article belongs to its author's department unless one is chosen. */
export const defaultDepartment: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || data.department || !req.user) return data
  const department = (req.user as { department?: unknown }).department
  if (department) data.department = typeof department === 'object' ? (department as { id: number }).id : department
  return data
}
