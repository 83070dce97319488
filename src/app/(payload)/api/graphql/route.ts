/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// Request ids and access lines (structured logs): src/lib/ops/logging.ts.
import { logged } from '@/lib/ops/routeLogging'

export const POST = logged(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
