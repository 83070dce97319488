import type {
  CollectionSlug,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import type { AuditAction } from './collection'
import { changedFields, redact } from './diff'

/**
 * Where entries go, which fields never reach the log, (per collection) whose values are masked, and
 * the `req.context` key where server code names what caused a write (`{ collection, id }`).
 */
export type Writer = {
  slug: string
  omit: string[]
  mask: Record<string, string[]>
  causeKey: string
  /** The admin's auth collection: `user` relates to it; a user of another auth collection is named in `actor`. */
  userCollection: string
  /** Stands for a masked value in a deleted document's snapshot. */
  maskText: string
}

/** The cause named in the request context, if it has the expected shape. */
const causeOf = (req: PayloadRequest, key: string): { collection: string; id: string } | null => {
  const cause = req.context?.[key] as { collection?: unknown; id?: unknown } | undefined
  if (!cause || typeof cause.collection !== 'string' || (typeof cause.id !== 'string' && typeof cause.id !== 'number'))
    return null
  return { collection: cause.collection, id: String(cause.id) }
}

const clientIp = (req: PayloadRequest): string | null => {
  const forwarded = req.headers?.get?.('x-forwarded-for')
  if (forwarded) return forwarded.split(',')[0]!.trim()
  return req.headers?.get?.('x-real-ip') ?? null
}

export type AuditEntry = {
  action: AuditAction
  collection: string
  documentId: string | null
  user: number | string | null
  actor: string | null
  changes: unknown
  ip: string | null
  causeCollection: string | null
  causeId: string | null
}

/** The entry the log keeps for an action of the request's user (who, IP, cause named in the context). */
export const entryOf = (
  { causeKey, userCollection }: Writer,
  req: PayloadRequest,
  entry: { action: AuditAction; collection: string; documentId: unknown; changes: unknown },
): AuditEntry => {
  const cause = causeOf(req, causeKey)
  return {
    action: entry.action,
    collection: entry.collection,
    documentId: entry.documentId === undefined || entry.documentId === null ? null : String(entry.documentId),
    user: req.user?.collection === userCollection ? req.user.id : null,
    actor: req.user && req.user.collection !== userCollection ? `${req.user.collection}:${req.user.id}` : null,
    changes: entry.changes,
    ip: clientIp(req),
    causeCollection: cause?.collection ?? null,
    causeId: cause?.id ?? null,
  }
}

/** The entry of a create or an update (null: an update that changed nothing), as the hooks write it. */
export const changeEntryOf = (
  writer: Writer,
  req: PayloadRequest,
  change: { operation: 'create' | 'update'; collection: string; previousDoc: unknown; doc: { id?: unknown } },
): AuditEntry | null => {
  const changes = changedFields(
    change.operation === 'create' ? null : (change.previousDoc as Record<string, unknown>),
    change.doc as Record<string, unknown>,
    writer.omit,
    writer.mask[change.collection],
  )
  if (change.operation === 'update' && changes.length === 0) return null
  return entryOf(writer, req, {
    action: change.operation,
    collection: change.collection,
    documentId: change.doc.id,
    changes,
  })
}

const virtualFields = new WeakMap<SanitizedCollectionConfig, string[]>()

/** What a collection's document holds but never stores (virtual fields): not a change worth logging. */
const notStored = (writer: Writer, collection: SanitizedCollectionConfig): string[] => {
  if (!virtualFields.has(collection))
    virtualFields.set(
      collection,
      collection.flattenedFields.filter((field) => 'virtual' in field && field.virtual).map((field) => field.name),
    )
  return [...writer.omit, ...virtualFields.get(collection)!]
}

const write = async (writer: Writer, req: PayloadRequest, entry: AuditEntry) => {
  // system action: the log is written by the system whatever the caller may do, in the caller's
  // transaction (`req`), so an entry exists exactly when the change does.
  await req.payload.create({
    collection: writer.slug as CollectionSlug,
    data: entry as never,
    req,
    overrideAccess: true,
    depth: 0,
    select: { id: true } as never,
  })
}

export const logChange =
  (writer: Writer): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    const entry = changeEntryOf({ ...writer, omit: notStored(writer, collection) }, req, {
      operation,
      collection: collection.slug,
      previousDoc,
      doc,
    })
    if (entry) await write(writer, req, entry)
    return doc
  }

export const logDelete =
  (writer: Writer): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    await write(
      writer,
      req,
      entryOf(writer, req, {
        action: 'delete',
        collection: collection.slug,
        documentId: doc?.id,
        changes: redact(doc, notStored(writer, collection), writer.mask[collection.slug], writer.maskText),
      }),
    )
  }

/** One entry per document returned by a read (list, single document, or population at depth). */
export const logRead =
  (writer: Writer): CollectionAfterOperationHook =>
  async (args) => {
    const { operation, req, collection } = args
    if (operation !== 'find' && operation !== 'findByID') return args.result
    const result = args.result as { docs?: Array<{ id?: unknown }> } & { id?: unknown }
    const docs = operation === 'find' ? (result?.docs ?? []) : result ? [result] : []
    for (const doc of docs) {
      const entry = entryOf(writer, req, {
        action: 'read',
        collection: collection.slug,
        documentId: doc?.id,
        changes: null,
      })
      await write(writer, req, entry)
    }
    return args.result
  }
