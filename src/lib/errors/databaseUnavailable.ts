import { sql } from '@payloadcms/db-postgres'
import type { AfterErrorHook, Payload, PayloadRequest } from 'payload'

import { poolSql } from '@/lib/sql'

/** PostgreSQL's codes for a server shutting down, starting up or a connection lost (classes 57P and 08). */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006'])
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'])
// As the driver words them; Payload's "cannot begin transaction: …" keeps only the words of the error
// it met, without its cause: "Failed query: begin" when the pool handed out a client whose connection
// had broken (the last 500s of the load test's PostgreSQL restart). A BEGIN fails only that way.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Client has encountered a connection error|the database system is (shutting down|starting up|not yet accepting connections|in recovery mode)|terminating connection due to administrator command|is not currently accepting connections|cannot begin transaction: Failed query: begin/i

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

/** Whether PostgreSQL answers a `SELECT 1` through the pool within a few seconds. */
export const databaseAnswers = async (payload: Payload, withinMs = 3_000): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), withinMs)))
  const answer = poolSql(payload)
    .execute(sql`SELECT 1`)
    .then(
      () => true,
      () => false,
    )
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer))
}

/** Whether the request carried a sign-in token (Payload's header forms or its cookie). */
const carriesSignIn = (req: PayloadRequest) =>
  /^(JWT|Bearer) \S/i.test(req.headers?.get('authorization') ?? '') ||
  (req.headers?.get('cookie') ?? '').includes(`${req.payload.config.cookiePrefix}-token=`)

/**
 * Payload's JWT strategy swallows a failed user lookup and goes on without a user, so while the
 * database is down a signed-in request is refused as if anonymous (a teacher told "you do not teach
 * this class"). A 401/403 of a request that carried a token, with the database not answering now,
 * is the database's. Checked only on that refusal path: no statement is added to other requests.
 */
const refusedForUncheckedSignIn = async (error: unknown, req: PayloadRequest) => {
  const status = (error as { status?: unknown } | null)?.status
  if ((status !== 401 && status !== 403) || req.user || !carriesSignIn(req)) return false
  return !(await databaseAnswers(req.payload))
}

/**
 * A request that met the database down (a restart, a failover) answers 503 with a message that says
 * nothing was done and to try again, instead of Payload's 500 "Something went wrong." or a refusal.
 * A client may retry; the transaction was rolled back, so nothing is half written.
 */
export const databaseUnavailableAnswer: AfterErrorHook = async ({ error, req, result, graphqlResult }) => {
  if (!isDatabaseUnavailable(error) && !(req && (await refusedForUncheckedSignIn(error, req)))) return undefined
  if (graphqlResult)
    return {
      graphqlResult: { ...graphqlResult, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { statusCode: 503 } },
    }
  return { response: { ...(result ?? {}), errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] }, status: 503 }
}
