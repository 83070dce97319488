import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { changedFields } from './diff'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Array<Record<string, unknown>> }> }

export type BulkEntry = {
  action: 'create' | 'update'
  documentId: number | string
  before: Record<string, unknown> | null
  after: Record<string, unknown>
}

/**
 * The audit entries of a set-based write, in one INSERT on the caller's connection (its transaction):
 * for code that writes many documents of an audited collection in one statement instead of through
 * the Local API. Same shape as the per-document hook: changed fields only, secrets never; an update
 * that changed nothing is not logged. `omit` must be the plugin's `neverLog` list.
 */
export const logChangesInBulk = async (
  db: Executor,
  req: PayloadRequest,
  collection: string,
  entries: BulkEntry[],
  options: { table?: string; omit?: string[]; cause?: { collection: string; id: string } } = {},
) => {
  const rows = entries
    .map((e) => ({
      action: e.action,
      document_id: String(e.documentId),
      changes: changedFields(e.before, e.after, options.omit ?? ['password', 'hash', 'salt']),
    }))
    .filter((r) => r.action === 'create' || r.changes.length > 0)
  if (rows.length === 0) return 0
  const table = sql.identifier(options.table ?? 'audit_log')
  await db.execute(sql`INSERT INTO ${table} (action, collection, document_id, user_id, changes, cause_collection, cause_id)
    SELECT r.action::enum_audit_log_action, ${collection}, r.document_id, ${req.user?.id ?? null}::int, r.changes,
      ${options.cause?.collection ?? null}::varchar, ${options.cause?.id ?? null}::varchar
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(action varchar, document_id varchar, changes jsonb)`)
  return rows.length
}
