import { type AfterErrorHook, APIError, type CollectionBeforeOperationHook, type Config, type Plugin } from 'payload'

import { translate, withTranslations } from '@haugiang/payload-plugin-i18n'
import { translations } from './translations'

export type ApiLimitsOptions = {
  /** Off: the config is left as it is (the plugin adds no schema). Default true. */
  enabled?: boolean
  /** The largest page a caller may ask for (REST, GraphQL, Local API without `overrideAccess`). Default 100. */
  maxLimit?: number
}

export const API_LIMITS_DEFAULTS = { enabled: true, maxLimit: 100 } as const

const READ_OPERATIONS = new Set(['read', 'readDistinct', 'findVersions', 'count', 'update', 'delete'])

/** PostgreSQL errors that mean "this value is not of the column's type": the caller's fault. */
const BAD_INPUT_CODES = new Set(['22P02', '22021', '22003', '22007', '22008', '22001', '42804'])

const pgCode = (error: unknown): string | undefined => {
  let current = error as { code?: unknown; cause?: unknown } | undefined
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string' && BAD_INPUT_CODES.has(current.code)) return current.code
    current = current.cause as typeof current
  }
  return undefined
}

const isBadInput = (error: unknown) =>
  // eslint-disable-next-line no-control-regex -- a NUL byte in the message is what this looks for
  Boolean(pgCode(error)) || error instanceof SyntaxError || /\\u0000|\u0000/.test(String((error as Error)?.message))

/**
 * Page size and bad input for every collection:
 * - `limit` must be a positive whole number (400 otherwise; Payload reads `0` and some malformed
 *   values as "everything") and is capped at `maxLimit`; `pagination=false` from a REST or
 *   GraphQL caller becomes one capped page. System reads (`overrideAccess`) are not limited.
 * - a value the database cannot read as its column's type (a malformed id in a path or a `where`,
 *   a NUL byte, a `where` that is not JSON) answers 400 instead of 500, on REST and GraphQL.
 */
export const apiLimits =
  (options: ApiLimitsOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const { enabled, maxLimit } = { ...API_LIMITS_DEFAULTS, ...options }
    const config = withTranslations(incoming, translations)
    if (!enabled) return config
    const capLimit: CollectionBeforeOperationHook = ({ args, operation, req }) => {
      if (!READ_OPERATIONS.has(operation) || (args as { overrideAccess?: boolean }).overrideAccess === true) return args
      const next = args as { limit?: unknown; pagination?: unknown }
      if (next.limit !== undefined && next.limit !== null) {
        const limit = typeof next.limit === 'string' && /^\d+$/.test(next.limit) ? Number(next.limit) : next.limit
        if (typeof limit !== 'number' || !Number.isInteger(limit) || limit <= 0) {
          throw new APIError(translate(req, 'apiLimits:invalidLimit', { maxLimit }), 400, undefined, true)
        }
        next.limit = Math.min(limit, maxLimit)
      }
      if (next.pagination === false && req.payloadAPI !== 'local') {
        next.pagination = true
        next.limit = Math.min((next.limit as number | undefined) ?? maxLimit, maxLimit)
      }
      return args
    }
    const badInputAnswer: AfterErrorHook = ({ error, result, graphqlResult, req }) => {
      if (!isBadInput((error as { originalError?: unknown })?.originalError ?? error)) return undefined
      const message = translate(req, 'apiLimits:badValue')
      if (graphqlResult) {
        return { graphqlResult: { ...graphqlResult, message, extensions: { statusCode: 400 } } }
      }
      return { response: { ...result, errors: [{ message }] }, status: 400 }
    }
    const afterError = [...(config.hooks?.afterError ?? []), badInputAnswer]
    return {
      ...config,
      hooks: { ...config.hooks, afterError },
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: { ...collection.hooks, beforeOperation: [capLimit, ...(collection.hooks?.beforeOperation ?? [])] },
      })),
    }
  }
