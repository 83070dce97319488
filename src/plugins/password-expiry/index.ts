import { APIError, type CollectionBeforeOperationHook, type Config, type Plugin } from 'payload'

import { translate, withTranslations } from '@haugiang/payload-plugin-i18n'
import { translations } from './translations'

export type PasswordExpiryOptions = {
  /** Off: the config is left as it is (the plugin adds no schema). Default true. */
  enabled?: boolean
  /** The auth collection whose users are checked. Default: the admin's user collection. */
  authCollection?: string
  /** Whether this user's password must be changed now (e.g. older than the maximum age). */
  mustChange: (user: Record<string, unknown>) => boolean
  /** Collections the admin panel needs while the password is changed, besides preferences and locks. */
  alwaysAllowed?: string[]
}

const OWN_ACCOUNT_OPERATIONS = new Set(['read', 'update'])
const AUTH_OPERATIONS = new Set(['login', 'refresh', 'forgotPassword', 'resetPassword', 'me', 'logout'])

/**
 * A user whose password must be changed can do nothing else until it is: every collection
 * operation they request (REST, GraphQL, Local API with their user) answers 403, except reading
 * their own account and updating it with a new password. System actions (`overrideAccess`) pass.
 * The 403 message is `passwordExpiry:mustChange` in the request's language.
 */
export const passwordExpiry =
  (options: PasswordExpiryOptions): Plugin =>
  (incoming: Config): Config => {
    const config = withTranslations(incoming, translations)
    if (options.enabled === false) return config
    const authCollection = options.authCollection ?? config.admin?.user ?? 'users'
    const allowed = new Set(['payload-preferences', 'payload-locked-documents', ...(options.alwaysAllowed ?? [])])
    const hook: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
      const user = req.user as Record<string, unknown> | null
      if (!user || user.collection !== authCollection || (args as { overrideAccess?: boolean }).overrideAccess === true)
        return args
      if (allowed.has(collection.slug) || AUTH_OPERATIONS.has(operation)) return args
      if (!options.mustChange(user)) return args
      if (collection.slug === authCollection && OWN_ACCOUNT_OPERATIONS.has(operation)) {
        const id = (args as { id?: unknown }).id
        const ownAccount = id !== undefined && String(id) === String(user.id)
        const data = (args as { data?: { password?: unknown } }).data
        const setsPassword = typeof data?.password === 'string' && data.password !== ''
        if (ownAccount && (operation === 'read' || setsPassword)) return args
      }
      throw new APIError(translate(req, 'passwordExpiry:mustChange'), 403, undefined, true)
    }
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: { ...collection.hooks, beforeOperation: [hook, ...(collection.hooks?.beforeOperation ?? [])] },
      })),
    }
  }
