import type { Access, CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { CONFIG_KEY } from './bulk'
import { auditLogCollection } from './collection'
import { MASKED } from './diff'
import { logChange, logDelete, logRead, type Writer } from './hooks'
import { withTranslations } from '@haugiang/payload-plugin-i18n'
import { translations } from './translations'

export type AuditTrailOptions = {
  /**
   * Off: the log collection is still added (the schema does not change) but nothing is logged and
   * `changeEntries` returns none. Default true.
   */
  enabled?: boolean
  /** Collections whose creates, updates and deletes are logged. */
  collections: string[]
  /** Collections whose reads are logged too (each document read leaves an entry). */
  logReadsOf?: string[]
  /** Field names never written to the log, at any depth (secrets). Added to the defaults. */
  neverLog?: string[]
  /**
   * Per collection, fields whose change is logged without its values (the log's readers may not
   * be allowed to read them, e.g. diagnoses).
   */
  maskValues?: Record<string, string[]>
  /** Who reads the log. Default: nobody through the API. */
  readAccess?: Access
  /** Slug of the log collection. Default `audit-log`. */
  slug?: string
  /**
   * The `req.context` key where server code names what caused a write, as `{ collection, id }`
   * (e.g. the approved request a change carries out); stored as the entry's cause. Default `auditCause`.
   */
  causeContextKey?: string
  /** Stands for a value a reader may not see, and for a masked value of a deleted document. Default `[hidden]`. */
  maskText?: string
  /** Admin component (Payload component path) for the `changes` field. Default: Payload's JSON field. */
  changesField?: string
}

/** The `collection` column shows the described collection's name (see `exports/client.ts`). */
const COLLECTION_CELL = '@haugiang/payload-plugin-audit-trail/client#CollectionCell'

/** Secrets of Payload's auth collections; never logged whatever the options say. */
export const DEFAULT_NEVER_LOG = [
  'password',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'apiKey',
  'apiKeyIndex',
  'sessions',
  'loginAttempts',
  'lockUntil',
]

const appendHook = <T>(list: T[] | undefined, hook: T): T[] => [...(list ?? []), hook]

/**
 * Append-only audit trail: every create, update and delete of the chosen collections (and every
 * read of some) writes an entry (who, when, IP, collection, document, changed fields with old and
 * new values) in the same transaction as the change.
 */
export const auditTrail =
  (options: AuditTrailOptions): Plugin =>
  (incoming: Config): Config => {
    const config = withTranslations(incoming, translations)
    const enabled = options.enabled !== false
    const slug = options.slug ?? 'audit-log'
    const userCollection = (config.admin?.user ?? 'users') as CollectionSlug
    const maskText = options.maskText ?? MASKED
    const writer: Writer = {
      slug,
      omit: [...new Set([...DEFAULT_NEVER_LOG, ...(options.neverLog ?? [])])],
      mask: options.maskValues ?? {},
      causeKey: options.causeContextKey ?? 'auditCause',
      userCollection,
      maskText,
    }
    const log = auditLogCollection(config, {
      slug,
      userCollection,
      read: options.readAccess ?? (() => false),
      maskText,
      collectionCell: COLLECTION_CELL,
      changesField: options.changesField,
      enabled,
    })
    if (!enabled)
      return {
        ...config,
        custom: { ...config.custom, [CONFIG_KEY]: null },
        collections: [...(config.collections ?? []), log],
      }
    const logged = new Set(options.collections)
    const readsLogged = new Set(options.logReadsOf ?? [])
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      const writes = logged.has(collection.slug)
      const reads = readsLogged.has(collection.slug)
      if (!writes && !reads) return collection
      const hooks = { ...collection.hooks }
      if (writes) {
        hooks.afterChange = appendHook(hooks.afterChange, logChange(writer))
        hooks.afterDelete = appendHook(hooks.afterDelete, logDelete(writer))
      }
      if (reads) hooks.afterOperation = appendHook(hooks.afterOperation, logRead(writer))
      return { ...collection, hooks }
    })
    return {
      ...config,
      custom: { ...config.custom, [CONFIG_KEY]: writer },
      collections: [...collections, log],
    }
  }

export { changeEntries, insertEntries } from './bulk'
export { changedFields, redact } from './diff'
