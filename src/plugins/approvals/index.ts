import type { Config } from 'payload'

import { requestCollection } from './requestCollection'
import type { ApprovalsPluginOptions } from './types'

export { APPROVAL_REQUEST_CONTEXT } from './requestCollection'
export type { ApprovalRequestType, ApprovalsPluginOptions, RequestStatus } from './types'

/**
 * Approvals: each request type becomes a collection where a request is filed, decided once by
 * someone else (two-person rule: the requester never decides their own, whatever roles they hold),
 * and on approval its `apply` step runs in the same transaction as the decision.
 */
export const approvalsPlugin =
  (options: ApprovalsPluginOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      ...options.requests.map((type) => requestCollection(type, options.usersCollection ?? 'users')),
    ],
  })
