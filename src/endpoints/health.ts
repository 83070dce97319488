import type { Endpoint, PayloadRequest } from 'payload'

import { migrations } from '@/migrations'
import { checkHealth, type Queryable } from '@/lib/ops/health'

/**
 * `GET /api/health`: 200 `{ ok: true }` when the database answers and every committed migration is
 * applied, 503 `{ ok: false }` otherwise. Open to anyone (load balancers, process managers), so it
 * says nothing more: no version, no error text, no migration names.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const pool = (req.payload.db as unknown as { pool: Queryable }).pool
    const ok = await checkHealth(
      pool,
      migrations.map((m) => m.name),
    )
    return Response.json({ ok }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
  },
}
