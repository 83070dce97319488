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

/**
 * A hot read run through the pool as a named statement: PostgreSQL parses it once per connection
 * and may keep its plan, and no SQL is built per call. It reads what is committed, outside any
 * request's transaction: for reads that come before their request writes anything.
 */
export const preparedRead = (payload: Payload, query: { name: string; text: string; values: unknown[] }) =>
  (
    payload.db as unknown as { pool: { query: (q: typeof query) => Promise<{ rows: Record<string, unknown>[] }> } }
  ).pool.query(query)

/** A PostgreSQL array literal of integers: one bind parameter whatever the length (no 65,535 limit). */
export const intArray = (ids: Iterable<number>): string => `{${[...ids].map((id) => Math.trunc(id)).join(',')}}`
