import type { EventEmitter } from 'node:events'

import type { Payload } from 'payload'

/**
 * pg's pool re-emits the error of an idle connection (the server restarted, or closed it) on the
 * pool itself, and with no listener there Node throws it as an uncaught exception: a plain `node`
 * process would die on a database restart. Payload's adapter adds none; this logs it instead, and the
 * pool opens a new connection on its next use.
 */
export const logIdleConnectionErrors = (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: EventEmitter }).pool
  pool?.on('error', (err: Error) =>
    payload.logger.warn({ err, msg: 'an idle database connection was lost; the next query opens a new one' }),
  )
}
