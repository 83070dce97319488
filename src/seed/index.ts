import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { poolSql } from '@/lib/sql'

import { createSeedContext, type SeedStep } from './context'
import { accounts } from './steps/accounts'
import { health } from './steps/health'
import { gradebook } from './steps/gradebook'
import { guardians } from './steps/guardians'
import { administration } from './steps/administration'
import { structure } from './steps/structure'
import { studentHistory } from './steps/student-history'
import { students } from './steps/students'
import { website } from './steps/website'
import { publicSite } from './steps/public-site'

/**
 * The demo school, step by step. Each later area (grades, health, articles, documents…) adds its
 * own step here; every step is idempotent, so `npm run seed` can be run again at any time.
 */
export const seedSteps: SeedStep[] = [
  accounts,
  structure,
  students,
  studentHistory,
  health,
  gradebook,
  website,
  administration,
  publicSite,
  guardians,
]

export const seedDemoSchool = async (payload: Payload, log: (message: string) => void = console.log) => {
  const context = createSeedContext(payload, log)
  for (const step of seedSteps) {
    const started = Date.now()
    await step.run(context)
    log(`  ✓ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
  // The demo's grades stand for work of the months before: none of it counts as entered this month.
  await poolSql(payload).execute(sql`DELETE FROM grade_sheet_month_entries`)
  // The planner's statistics of the tables just filled: without them (autovacuum off or not yet
  // run) it takes the new tables for nearly empty, and a report's joins ran 2-3 times slower.
  await poolSql(payload).execute(sql`ANALYZE`)
}
