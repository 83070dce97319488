import type { Migration } from 'payload'
import { getPayload, type Payload } from 'payload'

import { migrations } from '@/migrations'
import { seedDemoSchool } from '@/seed'

/** Applies the committed migrations. */
export const migrate = async (payload: Payload) => {
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}

type Pool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }

/**
 * Ends Payload and lets its connection pool go. Payload's `destroy` leaves the pool open, and the
 * adapter keeps one client checked out for good, so `pool.end()` never settles: it is started, not
 * awaited, and errors from the database shutting down under it are expected.
 */
export const closePayload = async (payload: Payload) => {
  await payload.destroy()
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', () => {})
  void pool?.end().catch(() => {}) // already ended by payload.destroy(): nothing left to close
}

/** True when the database has no account yet: a first start. */
export const isEmpty = async (payload: Payload) => (await payload.count({ collection: 'users' })).totalDocs === 0

/**
 * Brings a database to a runnable state: migrations applied, and the demo school seeded when
 * `seed` is 'always', or when it is 'if-empty' and there is no account yet.
 */
export const prepareDatabase = async ({ seed, students }: { seed: SeedWhen; students?: number }) => {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    await preparePayload(payload, { seed })
    // Scale data for benchmarks (`npm run seed -- --students N`).
    if (students) await (await import('@/seed/scale')).scaleSchool(payload, students)
  } finally {
    await closePayload(payload)
  }
}

type SeedWhen = 'always' | 'if-empty' | 'never'

/** The same, on a Payload instance the caller keeps using. */
export const preparePayload = async (payload: Payload, { seed }: { seed: SeedWhen }) => {
  await migrate(payload)
  if (seed === 'always' || (seed === 'if-empty' && (await isEmpty(payload)))) {
    console.log('Tạo dữ liệu trường mẫu (demo school)…')
    await seedDemoSchool(payload)
  }
}
