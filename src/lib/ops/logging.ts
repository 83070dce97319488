import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'

/**
 * Structured logs: one JSON object a line (pino, Payload's logger), each line written while a
 * request is served carrying that request's id, so the lines of one request can be found together.
 * The id is the proxy's `X-Request-Id` when it sends a sane one, else a new UUID; it is echoed in
 * the response's `X-Request-Id`.
 */
const requestStore = new AsyncLocalStorage<{ reqId: string }>()

export const REQUEST_ID_HEADER = 'x-request-id'

/** The id of the request being served, if any. */
export const currentRequestId = () => requestStore.getStore()?.reqId

// Only what a proxy would send: no spaces, quotes or control characters in the logs.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/

export const requestIdOf = (request: Request) => {
  const given = request.headers.get(REQUEST_ID_HEADER)
  return given && SAFE_ID.test(given) ? given : crypto.randomUUID()
}

const ERROR_LEVEL = 50

type LogMethod = (
  this: { info: (object: Record<string, unknown>) => void },
  args: unknown[],
  method: (...args: unknown[]) => void,
  level: number,
) => void

/**
 * Payload logs every APIError it answers at error level with its stack (its `loggingLevels` go by
 * class name), our 4xx refusals included: a wrong password or a locked row read like server faults.
 * A refusal (an `err` with a 4xx status: bad input, no right, a conflict, too many) is the request's
 * answer, so it is logged at info with its message and status, as Payload does for its own
 * Forbidden, NotFound and ValidationError; 5xx errors stay errors.
 */
const refusalsAtInfo: LogMethod = function (args, method, level) {
  const err = (args[0] as { err?: { message?: string; status?: unknown } } | undefined)?.err
  const status = err?.status
  if (level >= ERROR_LEVEL && typeof status === 'number' && status >= 400 && status < 500)
    return this.info({ msg: err!.message ?? 'Refused', status })
  return method.apply(this, args)
}

/** Payload's `logger` option: JSON lines with an ISO time, the level's name and the request id. */
export const jsonLoggerOptions = (level = process.env.LOG_LEVEL || 'info') => ({
  level,
  hooks: { logMethod: refusalsAtInfo },
  timestamp: () => `,"time":"${new Date().toISOString()}"`,
  formatters: { level: (label: string) => ({ level: label }) },
  mixin: () => {
    const reqId = currentRequestId()
    return reqId ? { reqId } : {}
  },
})

type Logger = { info: (object: Record<string, unknown>, message: string) => void }

/**
 * Wraps a route handler: runs it with its request id in scope, logs one line when it is answered
 * (method, path, status, milliseconds) and sets `X-Request-Id` on the response.
 */
export const withRequestId =
  <A extends unknown[]>(
    handler: (request: Request, ...rest: A) => Promise<Response>,
    logger: () => Promise<Logger | undefined>,
  ) =>
  (request: Request, ...rest: A): Promise<Response> => {
    const reqId = requestIdOf(request)
    return requestStore.run({ reqId }, async () => {
      const started = performance.now()
      const response = await handler(request, ...rest)
      try {
        response.headers.set(REQUEST_ID_HEADER, reqId)
      } catch {
        // immutable headers (a redirect made by Response.redirect): the log line still has the id
      }
      const { pathname } = new URL(request.url)
      ;(await logger())?.info(
        {
          method: request.method,
          path: pathname,
          status: response.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      )
      return response
    })
  }

/** JSON lines in production (or LOG_FORMAT=json); Payload's readable default elsewhere (LOG_FORMAT=pretty). */
export const jsonLogging = () =>
  process.env.LOG_FORMAT === 'json' || (process.env.NODE_ENV === 'production' && process.env.LOG_FORMAT !== 'pretty')
