import config from '@payload-config'
import { getPayload } from 'payload'

import { jsonLogging, withRequestId } from './logging'

// Access lines only with JSON logs: in development they would bury the console.
const logger = async () => (jsonLogging() ? (await getPayload({ config })).logger : undefined)

/** A Payload route handler with request ids and an access line (see logging.ts). */
export const logged = <A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) =>
  withRequestId(handler, logger)
