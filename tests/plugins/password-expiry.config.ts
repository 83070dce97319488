import { passwordExpiry } from '@haugiang/payload-plugin-password-expiry'

import { bareConfig } from './bare'

/** password-expiry in a bare app: a user named "expired" must change their password. */
export const passwordExpiryConfig = (databaseUrl: string, enabled = true) =>
  bareConfig(databaseUrl, [passwordExpiry({ enabled, mustChange: (user) => user.name === 'expired' })])
