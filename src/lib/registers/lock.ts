import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { sqlOf } from '@/lib/sql'

/**
 * Locks one row of a table until the request's transaction ends (`select … for update`), so that a
 * check-then-write (stock left to lend) is not raced by a concurrent request on the same row.
 */
export const lockRow = async (req: PayloadRequest, table: string, id: number | string) => {
  const db = await sqlOf(req)
  await db.execute(sql`select id from ${sql.identifier(table)} where id = ${id} for update`)
}
