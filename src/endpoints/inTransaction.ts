import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

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
      else await commitTransaction(req)
    }
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
