import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { type AuditEntry, changeEntryOf, type Writer } from './hooks'

/** Where the installed plugin keeps its settings in the config, for code that writes in bulk. */
export const CONFIG_KEY = 'auditTrail'

/** The installed plugin's writer; null when it is installed with `enabled: false` (nothing is logged). */
const writerOf = (payload: Payload): Writer | null => {
  const custom = payload.config.custom as Record<string, unknown> | undefined
  if (!custom || !(CONFIG_KEY in custom)) throw new Error('audit-trail plugin not installed')
  return (custom[CONFIG_KEY] as Writer | null) ?? null
}

/**
 * The entries the plugin's hooks would write for these creates and updates (updates that changed
 * nothing leave none), for server code that writes many documents in one SQL statement.
 */
export const changeEntries = (
  req: PayloadRequest,
  collection: string,
  changes: Array<{ operation: 'create' | 'update'; previousDoc: unknown; doc: { id?: unknown } }>,
): AuditEntry[] => {
  const writer = writerOf(req.payload)
  if (!writer) return []
  return changes.flatMap((change) => changeEntryOf(writer, req, { ...change, collection }) ?? [])
}

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }

/**
 * Inserts entries in one statement (PostgreSQL; one JSON parameter, whatever their number) through
 * `db`, which must be the caller's transaction so the entries exist exactly when the changes do.
 */
export const insertEntries = async (req: PayloadRequest, db: Executor, entries: AuditEntry[]): Promise<void> => {
  if (entries.length === 0) return
  const writer = writerOf(req.payload)
  if (!writer) return
  const table = writer.slug.replace(/-/g, '_')
  const now = new Date().toISOString()
  const rows = entries.map((e) => ({ ...e, user: e.user === null ? null : Number(e.user), at: now }))
  await db.execute(sql`
    INSERT INTO ${sql.identifier(table)}
      (action, collection, document_id, user_id, actor, changes, ip, cause_collection, cause_id, created_at, updated_at)
    SELECT x.action::${sql.identifier(`enum_${table}_action`)}, x.collection, x."documentId", x."user", x.actor,
           x.changes, x.ip, x."causeCollection", x."causeId", x.at, x.at
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
      action text, collection text, "documentId" text, "user" integer, actor text, changes jsonb, ip text,
      "causeCollection" text, "causeId" text, at timestamptz)`)
}
