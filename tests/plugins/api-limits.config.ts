import { apiLimits } from '@haugiang/payload-plugin-api-limits'

import { bareConfig } from './bare'

/** api-limits in a bare app: pages of at most 3. */
export const apiLimitsConfig = (databaseUrl: string, enabled = true) =>
  bareConfig(databaseUrl, [apiLimits({ enabled, maxLimit: 3 })])
