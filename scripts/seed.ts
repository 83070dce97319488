/**
 * `npm run seed`: applies migrations and (re)creates the demo school; safe to run again.
 * `npm run seed -- --students 2000`: then scales the current year to that many students (benchmarks).
 * `npm run seed -- --students 2000 --schools 3`: the same in 3 databases of the same PostgreSQL server
 * (this one and `<name>_school2`, `<name>_school3`): a district's schools side by side.
 */
import { spawnSync } from 'node:child_process'

import { prepareDatabase } from '../src/lib/prepare'
import { prepareEnvironment } from './env'

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  const value = i === -1 ? undefined : Number(process.argv[i + 1])
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined
}
const students = option('students')
const schools = option('schools') ?? 1

const database = await prepareEnvironment()
try {
  await prepareDatabase({ seed: 'always', students })
  console.log('Xong: trường mẫu đã sẵn sàng.')
} finally {
  await database.stop()
}
for (let school = 2; school <= schools; school++) {
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = `${url.pathname}_school${school}`
  const args = ['scripts/run-ts.mjs', 'scripts/seed.ts', ...(students ? ['--students', String(students)] : [])]
  const run = spawnSync('node', args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url.toString() } })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
process.exit(0)
