/**
 * The gradebook's benchmarks (part of `npm run bench`), each as a ratio against a baseline measured in
 * the same run, on a scratch database `<DATABASE_URL's name>_gradebench` made afresh (demo school):
 *
 *   progress   GET /api/grades/progress (principal, whole school, anomalies) at the demo school's size
 *              (~560 students) and at 2,000, vs one SQL aggregate of the term's cells per sheet
 *   sheet save POST /api/grades/sheet of a 45-student class (every rule and the audit on) vs the same
 *              cells written by one multi-row SQL upsert; statements per save
 *   year-end   POST /api/year-end-results/compute of that class by its homeroom teacher vs one SQL
 *              aggregate of the class's grades of the year; statements per compute
 *   sheet read GET /api/grades/sheet over HTTP vs a static file (public/favicon.svg) from the same
 *              production server (`scripts/start.sh`, as `npm start`, on the build `npm run build` made; autocannon)
 *   RSS        of that server after warm-up and after a minute of mixed load (sheet, static, progress,
 *              home page, news list)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'

import { distDir } from '../src/lib/ops/build'
import { closePayload, preparePayload } from '../src/lib/prepare'
import { createApi } from '../tests/helpers/api'
import { prepareSettings } from '../scripts/env'

prepareSettings()
const base = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
const benchDb = `${base.pathname.slice(1) || 'postgres'}_gradebench`
// BENCH_REUSE=1: keep an existing bench database (already seeded) instead of making it afresh.
if (process.env.BENCH_REUSE !== '1') {
  const maintenance = new URL(base)
  maintenance.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${benchDb}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${benchDb}"`)
  await admin.end()
}
base.pathname = `/${benchDb}`
process.env.DATABASE_URL = base.toString()

const { default: config } = await import('@payload-config')
const payload: Payload = await getPayload({ config })
await preparePayload(payload, { seed: process.env.BENCH_REUSE === '1' ? 'if-empty' : 'always' })
const api = createApi(payload.config)
const db = payload.db.drizzle
const one = async (q: ReturnType<typeof sql>) => (await db.execute(q)).rows[0] as Record<string, unknown>

// The median of `runs` timed runs after a warm-up: one slow run (a GC pause, the other core busy)
// moves a mean of a few runs by more than the differences measured here.
const timeIt = async (runs: number, run: () => Promise<unknown>) => {
  await run() // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`
const lines: string[] = []
const report = (line: string) => {
  lines.push(line)
  console.log(line)
}

// Statements sent to PostgreSQL (every pg client of this process), counted around one request.
const counted = { n: 0 }
const original = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  counted.n += 1
  return (original as (...a: unknown[]) => unknown).apply(this, args)
} as never
const statementsOf = async (run: () => Promise<unknown>) => {
  counted.n = 0
  await run()
  return counted.n
}

const year = await one(sql`SELECT id FROM school_years WHERE is_current LIMIT 1`)
const termI = Number((await one(sql`SELECT id FROM terms WHERE school_year_id = ${year.id} AND term = 'I'`)).id)
const termII = Number((await one(sql`SELECT id FROM terms WHERE school_year_id = ${year.id} AND term = 'II'`)).id)
const principal = await api.login('hieutruong@haugiang.test')

// --- progress at two sizes ---------------------------------------------------------------------
const aggregate = () =>
  db.execute(sql`SELECT class_id, subject_id, count(*) AS grades,
      sum(CASE WHEN jsonb_typeof(regular) = 'array' THEN jsonb_array_length(regular) ELSE 0 END
        + (midterm IS NOT NULL)::int + (final IS NOT NULL)::int) AS cells
    FROM grades WHERE term_id = ${termI} GROUP BY class_id, subject_id`)
const progress = async () => {
  const res = await api.rest('GET', '/grades/progress', { token: principal, query: { term: termI } })
  if (res.status !== 200) throw new Error(`progress: ${res.status}`)
}
const progressAt = async () => {
  const students = Number((await one(sql`SELECT count(*) AS n FROM enrolments WHERE is_latest`)).n)
  // Warmed up first at each size, so that the first size measured is not also the one the JIT meets cold.
  for (let i = 0; i < 10; i++) await progress()
  const endpoint = await timeIt(15, progress)
  const baseline = await timeIt(15, aggregate)
  const statements = await statementsOf(progress)
  return { students, endpoint, baseline, statements }
}
const small = await progressAt()
const { scaleSchool } = await import('../src/seed/scale')
await scaleSchool(payload, 2000)
const large = await progressAt()
for (const p of [small, large])
  report(
    `progress, ${p.students} students: ${p.endpoint.toFixed(1)} ms vs SQL aggregate ${p.baseline.toFixed(1)} ms  ${ratio(p.endpoint, p.baseline)}; ${p.statements} statements`,
  )
report(`progress ${large.students} vs ${small.students} students: ${ratio(large.endpoint, small.endpoint)}`)

// --- sheet save: 45 students, term II, every rule on -----------------------------------------------
const klass = await one(sql`SELECT c.id, c.grade FROM classes c JOIN enrolments e ON e.class_id = c.id
  WHERE c.name LIKE '7S%' GROUP BY c.id HAVING count(*) = 45 ORDER BY c.id LIMIT 1`)
const subject = Number((await one(sql`SELECT id FROM subjects WHERE code = 'TOAN'`)).id)
const teacher = await one(sql`SELECT u.email FROM teaching_assignments ta JOIN users u ON u.id = ta.teacher_id
  WHERE ta.class_id = ${klass.id} AND ta.subject_id = ${subject}`)
const students = (
  await db.execute(sql`SELECT student_id FROM enrolments WHERE class_id = ${klass.id} ORDER BY student_id`)
).rows.map((r) => Number(r.student_id))
const token = await api.login(String(teacher.email))
const key = { class: Number(klass.id), subject, term: termII }
const cells = (round: number, i: number) => ({
  regular: ['8', '7', String(5 + ((i + round) % 5)), '9'],
  midterm: String(5 + (round % 5)),
  final: '8',
})
// The sheet's current revisions (none on a fresh database; BENCH_REUSE=1 finds the last run's).
const stored = await db.execute(sql`SELECT student_id, revision FROM grades
  WHERE class_id = ${key.class} AND subject_id = ${subject} AND term_id = ${termII}`)
let revisions = new Map<number, number | null>(students.map((s) => [s, null]))
for (const r of stored.rows) revisions.set(Number(r.student_id), Number(r.revision))
let round = 0
const statements: number[] = []
const saveMs = await timeIt(10, async () => {
  round += 1
  counted.n = 0
  const res = await api.rest('POST', '/grades/sheet', {
    token,
    body: { ...key, rows: students.map((s, i) => ({ student: s, revision: revisions.get(s), ...cells(round, i) })) },
  })
  statements.push(counted.n)
  if (res.status !== 200) throw new Error(`sheet save: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
  revisions = new Map(res.body.docs.map((d: { student: number; revision: number }) => [d.student, d.revision]))
})
const upsertMs = await timeIt(10, async () => {
  round += 1
  const rows = students.map((s, i) => ({ student: s, ...cells(round, i), average: '7.5' }))
  await db.execute(sql`
    INSERT INTO grades (student_id, subject_id, class_id, term_id, regular, midterm, final, average, revision)
    SELECT x.student, ${subject}, ${key.class}, ${termI}, x.regular, x.midterm, x.final, x.average, 1
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(student int, regular jsonb, midterm text, final text, average text)
    ON CONFLICT (student_id, subject_id, term_id) DO UPDATE SET regular = EXCLUDED.regular, midterm = EXCLUDED.midterm,
      final = EXCLUDED.final, average = EXCLUDED.average, revision = grades.revision + 1, updated_at = now()`)
})
report(
  `sheet save, 45 students: ${saveMs.toFixed(1)} ms vs one SQL upsert ${upsertMs.toFixed(1)} ms  ${ratio(saveMs, upsertMs)}; ` +
    `statements per save: ${Math.min(...statements)}–${Math.max(...statements)} (first save creates)`,
)

// --- year-end compute of the 45-student class by its homeroom teacher vs one SQL aggregate ----------
// The scale seed's classes have no homeroom teacher: the sheet's teacher becomes this one's (scratch database).
await db.execute(sql`UPDATE classes SET homeroom_teacher_id = (SELECT id FROM users WHERE email = ${String(teacher.email)})
  WHERE id = ${key.class}`)
const compute = async () => {
  const res = await api.rest('POST', '/year-end-results/compute', { token, body: { class: key.class } })
  if (res.status !== 200) throw new Error(`year-end compute: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`)
}
const computeMs = await timeIt(5, compute)
const yearAggregateMs = await timeIt(5, () =>
  db.execute(sql`SELECT g.student_id, count(*) AS grades, count(g.average) AS averaged
    FROM grades g JOIN terms t ON t.id = g.term_id WHERE g.class_id = ${key.class} AND t.school_year_id = ${year.id}
    GROUP BY g.student_id`),
)
const computeStatements = await statementsOf(compute)
report(
  `year-end compute, 45 students: ${computeMs.toFixed(1)} ms vs SQL aggregate ${yearAggregateMs.toFixed(1)} ms  ` +
    `${ratio(computeMs, yearAggregateMs)}; ${computeStatements} statements (target ≤ 40)`,
)

const sheetStatements = await statementsOf(() =>
  api.rest('GET', '/grades/sheet', { token, query: { class: key.class, subject, term: termII } }),
)
report(`sheet read, 45 students: ${sheetStatements} statements per request (authentication included)`)

// --- the production server (scripts/server.mjs on `npm run build`): sheet read vs a static file, RSS ---------------
const serverPort = Number(process.env.BENCH_PORT || 3310)
const origin = `http://127.0.0.1:${serverPort}`
if (!fs.existsSync(path.join(distDir(), 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.')
// Started as `npm start` starts it (scripts/start.sh: its Node options, then `exec` of scripts/server.mjs),
// so the memory measured is that of the production process; the build is already there.
const server = spawn('sh', ['scripts/start.sh'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(serverPort),
    SERVER_URL: process.env.SERVER_URL || origin,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})
/** RSS of the server's process tree (the server and whatever it forks), in MiB, from /proc. */
const rssMiB = () => {
  const tree = [server.pid!]
  for (let i = 0; i < tree.length; i++) {
    const children = `/proc/${tree[i]}/task/${tree[i]}/children`
    if (fs.existsSync(children))
      tree.push(...fs.readFileSync(children, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number))
  }
  const kib = tree.reduce((sum, pid) => {
    const status = fs.existsSync(`/proc/${pid}/status`) ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : ''
    return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  }, 0)
  return { mib: kib / 1024, processes: tree.length }
}
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${origin}/favicon.svg`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (i > 240) throw new Error('the production server did not start')
    await new Promise((r) => setTimeout(r, 500))
  }
  const query = new URLSearchParams({ class: String(key.class), subject: String(subject), term: String(termII) })
  const sheetPath = `/api/grades/sheet?${query}`
  const auth = { Authorization: `JWT ${token}` }
  const first = await fetch(`${origin}${sheetPath}`, { headers: auth })
  if (first.status !== 200) throw new Error(`sheet read on the server: ${first.status}`)
  const cannon = async (opts: Partial<autocannon.Options>) =>
    await autocannon({ url: origin, connections: 4, duration: 8, ...opts } as autocannon.Options)
  await cannon({ url: `${origin}${sheetPath}`, headers: auth, duration: 3 }) // warm-up
  await cannon({ url: `${origin}/favicon.svg`, duration: 3 })
  const warm = rssMiB()
  const sheetRps = (await cannon({ url: `${origin}${sheetPath}`, headers: auth })).requests.average
  const staticRps = (await cannon({ url: `${origin}/favicon.svg` })).requests.average
  report(
    `sheet read over HTTP (production server): ${sheetRps.toFixed(0)} req/s vs static file /favicon.svg ${staticRps.toFixed(0)} req/s  ${ratio(sheetRps, staticRps)}`,
  )
  const mixed = await cannon({
    duration: Number(process.env.BENCH_LOAD_SECONDS || 60),
    requests: [
      { method: 'GET', path: sheetPath, headers: auth },
      { method: 'GET', path: '/favicon.svg' },
      { method: 'GET', path: `/api/grades/progress?term=${termI}`, headers: { Authorization: `JWT ${principal}` } },
      { method: 'GET', path: '/' },
      { method: 'GET', path: '/tin-tuc' },
    ],
  })
  const loaded = rssMiB()
  report(
    `server RSS (production server, ${loaded.processes} process${loaded.processes > 1 ? 'es' : ''}): after warm-up ${warm.mib.toFixed(0)} MiB, ` +
      `after ${mixed.duration.toFixed(0)} s of mixed load (${mixed.requests.average.toFixed(0)} req/s, ${mixed.non2xx} non-2xx) ` +
      `${loaded.mib.toFixed(0)} MiB  (${ratio(loaded.mib, 450)} of the 450 MiB target)`,
  )
} finally {
  server.kill('SIGTERM')
}

console.log('\n' + lines.join('\n'))
await closePayload(payload)
process.exit(0)
