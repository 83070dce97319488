import { auditTrail } from '@haugiang/payload-plugin-audit-trail'

import { bareConfig } from './bare'

/** audit-trail in a bare app: writes of posts and notes, reads of notes, a note's secret masked. */
export const auditTrailConfig = (databaseUrl: string, enabled = true) =>
  bareConfig(databaseUrl, [
    auditTrail({
      enabled,
      collections: ['posts', 'notes'],
      logReadsOf: ['notes'],
      maskValues: { notes: ['secret'] },
      readAccess: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin',
    }),
  ])
