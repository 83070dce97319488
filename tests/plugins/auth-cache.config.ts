import { authCache, type Lookup } from '@haugiang/payload-plugin-auth-cache'
import type { CollectionConfig } from 'payload'

import { bareConfig } from './bare'

/** An account with rows in tables of its own: roles (hasMany select) and phones (array). */
const staff: CollectionConfig = {
  slug: 'staff',
  auth: { depth: 0 },
  fields: [
    { name: 'roles', type: 'select', hasMany: true, options: ['teacher', 'principal'] },
    { name: 'phones', type: 'array', fields: [{ name: 'number', type: 'text' }] },
  ],
}
/** An account computed when read (an afterRead hook): never kept. */
const members: CollectionConfig = {
  slug: 'members',
  auth: true,
  fields: [{ name: 'readAt', type: 'text', hooks: { afterRead: [() => new Date().toISOString()] } }],
}

/** auth-cache in a bare app; `lookups` records what each authentication found. */
export const authCacheConfig = (databaseUrl: string, lookups: Lookup[] = [], enabled = true) =>
  bareConfig(databaseUrl, [authCache({ enabled, onLookup: (lookup) => lookups.push(lookup) })], [staff, members])
