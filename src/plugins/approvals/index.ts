import type { CollectionSlug, Config, Plugin } from 'payload'

import { withTranslations } from '@haugiang/payload-plugin-i18n'
import { requestCollection } from './requestCollection'
import { translations } from './translations'
import type { ApprovalsPluginOptions } from './types'

export { APPROVAL_REQUEST_CONTEXT } from './requestCollection'
export type { ApprovalRequestType, ApprovalsPluginOptions, RequestStatus } from './types'

/** The admin control that replaces the status select (see `exports/client.ts`). */
const DECISION_FIELD = '@haugiang/payload-plugin-approvals/client#DecisionField'

/**
 * Approvals: each request type becomes a collection where a request is filed, decided once by
 * someone else (two-person rule: the requester never decides their own, whatever roles they hold),
 * and on approval its `apply` step runs in the same transaction as the decision.
 */
export const approvalsPlugin =
  (options: ApprovalsPluginOptions): Plugin =>
  (incoming: Config): Config => {
    const config = withTranslations(incoming, translations)
    const built = {
      config,
      usersCollection: (options.usersCollection ?? config.admin?.user ?? 'users') as CollectionSlug,
      enabled: options.enabled !== false,
      decisionField: options.decisionField ?? DECISION_FIELD,
    }
    return {
      ...config,
      collections: [...(config.collections ?? []), ...options.requests.map((type) => requestCollection(type, built))],
    }
  }
