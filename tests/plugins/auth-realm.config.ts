import { authRealm } from '@haugiang/payload-plugin-auth-realm'
import type { CollectionConfig } from 'payload'

import { bareConfig } from './bare'

/** A second auth collection, e.g. the public's accounts, which handles its own access. */
const members: CollectionConfig = { slug: 'members', auth: true, fields: [{ name: 'name', type: 'text' }] }

/** auth-realm in a bare app: members get in the staff's collections what a visitor gets. */
export const authRealmConfig = (databaseUrl: string, enabled = true) =>
  bareConfig(databaseUrl, [authRealm({ enabled, openTo: ['members'] })], [members])
