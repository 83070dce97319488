import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { isDatabaseUnavailable } from '@/lib/errors/databaseUnavailable'
import { poolSql, sqlOf } from '@/lib/sql'

const NOT_COMMITTED_MESSAGE = 'Cơ sở dữ liệu không ghi nhận thao tác này; chưa có gì được lưu. Hãy thử lại.'
const UNCONFIRMED_MESSAGE =
  'Cơ sở dữ liệu vừa mất kết nối nên chưa xác nhận được thao tác đã lưu hay chưa. Hãy tải lại trang để kiểm tra.'

/**
 * The outcome of a transaction by its id, asked again for a few seconds while the database does not
 * answer (a restart takes about one): undefined when it stays unreachable.
 */
const transactionStatus = async (payload: Payload, txid: string, withinMs = 5_000) => {
  const until = Date.now() + withinMs
  for (;;) {
    try {
      return (await poolSql(payload).execute(sql`SELECT txid_status(${txid}::bigint) AS status`)).rows[0]?.status
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() > until) return undefined
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/**
 * Commits the request's transaction and makes sure it did commit. Payload's commit swallows a failed
 * COMMIT (a connection lost at that moment): the write would be answered as saved and be gone. The
 * transaction's id, taken before, is looked up afterwards (`txid_status`); a transaction that wrote
 * nothing has no id and needs no check.
 */
const commitConfirmed = async (req: PayloadRequest) => {
  const { rows } = await (await sqlOf(req)).execute(sql`SELECT txid_current_if_assigned()::text AS txid`)
  const txid = rows[0]?.txid as string | null | undefined
  await commitTransaction(req)
  if (!txid) return
  const status = await transactionStatus(req.payload, txid)
  if (status === undefined) throw new APIError(UNCONFIRMED_MESSAGE, 503, null, true)
  if (status !== 'committed') throw new APIError(NOT_COMMITTED_MESSAGE, 503, null, true)
}

/**
 * Runs a multi-document write in one transaction: all of it or nothing. A thrown error (an
 * `APIError` refusal too) or an answer that is not ok rolls back; a transaction the caller already
 * opened is left to the caller.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) {
      if (result instanceof Response && !result.ok) await killTransaction(req)
      else await commitConfirmed(req)
    }
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
