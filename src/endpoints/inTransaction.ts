import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/** Runs a multi-document write in one transaction: all of it or nothing (a 4xx answer rolls back too). */
export const inTransaction = async (req: PayloadRequest, work: () => Promise<Response>) => {
  const started = await initTransaction(req)
  try {
    const response = await work()
    if (started) {
      if (response.ok) await commitTransaction(req)
      else await killTransaction(req)
    }
    return response
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
