import type { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type SqlExecutor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * The Drizzle handle of the request's transaction (`req.transactionID`), or of the pool outside
 * one: raw SQL run through it commits or rolls back with the Local API calls of the same request.
 */
export const sqlOf = async (req: PayloadRequest): Promise<SqlExecutor> => {
  const id = req.transactionID ? await req.transactionID : null
  return (id !== null && drizzleOf(req.payload).sessions[String(id)]?.db) || poolSql(req.payload)
}

const drizzleOf = (payload: Payload) =>
  payload.db as unknown as { drizzle: SqlExecutor; sessions: Record<string, { db: SqlExecutor }> }

/** The Drizzle handle of the pool, outside any request's transaction. */
export const poolSql = (payload: Payload): SqlExecutor => drizzleOf(payload).drizzle

/** A PostgreSQL array literal of integers: one bind parameter whatever the length (no 65,535 limit). */
export const intArray = (ids: Iterable<number>): string => `{${[...ids].map((id) => Math.trunc(id)).join(',')}}`
