import type { CollectionConfig } from 'payload'

import { nobody, signedIn, userOf } from './common'
import { canManageStructure } from './roles'

/**
 * School structure (years, terms, departments, classes, subjects, assignments): every staff
 * member reads it, the gradebook administrator and leadership keep it (R2.3). Deleting is left
 * to the same people; records that others point to are protected by the database's foreign keys.
 */
export const structureAccess: CollectionConfig['access'] = {
  read: signedIn,
  create: ({ req }) => canManageStructure(userOf(req)),
  update: ({ req }) => canManageStructure(userOf(req)),
  delete: ({ req }) => canManageStructure(userOf(req)),
  readVersions: nobody,
}
