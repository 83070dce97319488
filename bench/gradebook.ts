/**
 * The gradebook's benchmarks (part of `npm run bench`), each as a ratio against a baseline measured in
 * the same run, on a scratch database `<DATABASE_URL's name>_gradebench` made afresh (demo school):
 *
 *   progress   GET /api/grades/progress (principal, whole school, anomalies) at the demo school's size
 *              (~350 students) and at 2,000, vs one SQL aggregate of the term's cells per sheet
 *   sheet save POST /api/grades/sheet of a 45-student class (every rule and the audit on) vs the same
 *              cells written by one multi-row SQL upsert; statements per save
 *   sheet read GET /api/grades/sheet over HTTP vs a static file from the same server (autocannon)
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import autocannon from 'autocannon'
import pg from 'pg'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'

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

const timeIt = async (runs: number, run: () => Promise<unknown>) => {
  await run() // warm-up
  const started = performance.now()
  for (let i = 0; i < runs; i++) await run()
  return (performance.now() - started) / runs
}
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`
const lines: string[] = []
const report = (line: string) => {
  lines.push(line)
  console.log(line)
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
const progressAt = async () => {
  const students = Number((await one(sql`SELECT count(*) AS n FROM enrolments WHERE is_latest`)).n)
  const endpoint = await timeIt(5, async () => {
    const res = await api.rest('GET', '/grades/progress', { token: principal, query: { term: termI } })
    if (res.status !== 200) throw new Error(`progress: ${res.status}`)
  })
  const baseline = await timeIt(5, aggregate)
  return { students, endpoint, baseline }
}
const small = await progressAt()
const { scaleSchool } = await import('../src/seed/scale')
await scaleSchool(payload, 2000)
const large = await progressAt()
for (const p of [small, large])
  report(
    `progress, ${p.students} students: ${p.endpoint.toFixed(1)} ms vs SQL aggregate ${p.baseline.toFixed(1)} ms  ${ratio(p.endpoint, p.baseline)}`,
  )
report(`progress 2,000 vs ~350 students: ${ratio(large.endpoint, small.endpoint)}`)

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
let revisions = new Map<number, number | null>(students.map((s) => [s, null]))
let round = 0
const counted = { n: 0 }
const original = pg.Client.prototype.query
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  counted.n += 1
  return (original as (...a: unknown[]) => unknown).apply(this, args)
} as never
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
pg.Client.prototype.query = original
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

// --- sheet read over HTTP vs a static file, same server -----------------------------------------------
const { REST_GET } = await import('@payloadcms/next/routes')
const restGet = REST_GET(payload.config)
const STATIC = Buffer.from('User-agent: *\nAllow: /\n')
const server = http.createServer(async (req, res) => {
  if (req.url === '/robots.txt') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(STATIC)
    return
  }
  const url = new URL(req.url ?? '/', 'http://localhost')
  const request = new Request(url, { headers: req.headers as Record<string, string> })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await restGet(request, { params: Promise.resolve({ slug }) })
  res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const port = (server.address() as AddressInfo).port
const rps = async (path: string, headers: Record<string, string> = {}) =>
  (await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 4, duration: 8, headers })).requests.average
const query = new URLSearchParams({ class: String(key.class), subject: String(subject), term: String(termII) })
const sheetRps = await rps(`/api/grades/sheet?${query}`, { Authorization: `JWT ${token}` })
const staticRps = await rps('/robots.txt')
report(
  `sheet read over HTTP: ${sheetRps.toFixed(0)} req/s vs static file ${staticRps.toFixed(0)} req/s  ${ratio(sheetRps, staticRps)}`,
)
server.close()

console.log('\n' + lines.join('\n'))
await closePayload(payload)
process.exit(0)
