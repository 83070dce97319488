/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

// Request ids and access lines (structured logs): src/lib/ops/logging.ts.
import { logged } from '@/lib/ops/routeLogging'

export const GET = logged(REST_GET(config))
export const POST = logged(REST_POST(config))
export const DELETE = logged(REST_DELETE(config))
export const PATCH = logged(REST_PATCH(config))
export const PUT = logged(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
