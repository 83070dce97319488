import type { AfterErrorHook } from 'payload'

/** PostgreSQL's codes for a server shutting down, starting up or a connection lost (classes 57P and 08). */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006'])
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'])
// As the driver words them; Payload's "cannot begin transaction: …" keeps only the words of the error
// it met, without its cause: "Failed query: begin" when the pool handed out a client whose connection
// had broken (the last 500s of the load test's PostgreSQL restart). A BEGIN fails only that way.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Client has encountered a connection error|the database system is (shutting down|starting up|not yet accepting connections|in recovery mode)|terminating connection due to administrator command|cannot begin transaction: Failed query: begin/i

export const DATABASE_UNAVAILABLE_MESSAGE =
  'Cơ sở dữ liệu tạm thời không kết nối được; thao tác chưa được thực hiện. Hãy thử lại sau ít giây.'

/** Whether an error (or one it wraps: drizzle and Payload keep the driver's as `cause`) says the database is unreachable. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; depth += 1) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true
    e = cause
  }
  return false
}

/**
 * A request that met the database down (a restart, a failover) answers 503 with a message that says
 * nothing was done and to try again, instead of Payload's 500 "Something went wrong." A client may
 * retry; the transaction was rolled back, so nothing is half written.
 */
export const databaseUnavailableAnswer: AfterErrorHook = ({ error, result, graphqlResult }) => {
  if (!isDatabaseUnavailable(error)) return undefined
  if (graphqlResult)
    return {
      graphqlResult: { ...graphqlResult, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { statusCode: 503 } },
    }
  return { response: { ...(result ?? {}), errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] }, status: 503 }
}
