/**
 * `npm run bench`: what access control costs on reads, as ratios against a baseline measured in
 * the same run (no absolute thresholds: machines differ). Uses the demo school of the database
 * that `npm run dev` uses (or DATABASE_URL).
 *
 *   baseline   Local API, overrideAccess: true (no access functions)
 *   teacher    Local API as a teacher, overrideAccess: false (access functions, scope from req)
 *   rest       REST GET through Payload's route handler in-process, as the same teacher
 */
import { getPayload, type Payload } from 'payload'

import { closePayload, preparePayload } from '../src/lib/prepare'
import { createApi } from '../tests/helpers/api'
import { prepareEnvironment } from '../scripts/env'

const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 200)

const time = async (name: string, run: () => Promise<unknown>) => {
  for (let i = 0; i < 10; i++) await run() // warm-up
  const started = process.hrtime.bigint()
  for (let i = 0; i < ITERATIONS; i++) await run()
  const perCall = Number(process.hrtime.bigint() - started) / 1e6 / ITERATIONS
  return { name, perCall }
}

const main = async () => {
  const database = await prepareEnvironment()
  const { default: config } = await import('@payload-config')
  const payload: Payload = await getPayload({ config })
  try {
    await preparePayload(payload, { seed: 'if-empty' })
    const teacher = (await payload.find({ collection: 'users', where: { email: { equals: 'gv.toan@haugiang.test' } } }))
      .docs[0]!
    const user = { ...teacher, collection: 'users' as const }
    const api = createApi(payload.config)
    const token = await api.login('gv.toan@haugiang.test')
    const query = { collection: 'classes' as const, limit: 50, depth: 0 }

    const results = [
      await time('baseline: Local API, no access', () => payload.find({ ...query, overrideAccess: true })), // the baseline: access skipped on purpose
      await time('Local API as teacher', () => payload.find({ ...query, user, overrideAccess: false })),
      await time('REST in-process as teacher', () =>
        api.rest('GET', '/classes', { token, query: { limit: 50, depth: 0 } }),
      ),
    ]
    const baseline = results[0]!.perCall
    console.log(`\n${ITERATIONS} iterations each`)
    for (const { name, perCall } of results) {
      console.log(`${name.padEnd(36)} ${perCall.toFixed(2).padStart(8)} ms/call   ×${(perCall / baseline).toFixed(2)}`)
    }
  } finally {
    await closePayload(payload)
    await database.stop()
  }
}

await main()
process.exit(0)
