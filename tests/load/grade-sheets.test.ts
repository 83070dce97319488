import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { restartPostgres } from './postgres'
import { startServer, loginStats, type Server } from './server'
import { pickSheets, readSheet, saveSheet, type Sheet, type SheetState, storedSheet, valueOf } from './sheets'

/**
 * Load and faults on a production server (`scripts/server.mjs`, loopback only, bounded in time):
 * 40 teachers save their grade sheets at once; PostgreSQL restarted under that load; the server
 * killed in the middle of a save. Figures are printed; correctness is asserted.
 */
const CLIENTS = Number(process.env.LOAD_CLIENTS || 40)
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS || 60)
const RESTART_SECONDS = 30
const url = inject('loadDatabaseUrl')
const pgDir = inject('loadPgDir')

type Client = {
  sheet: Sheet
  state: SheetState
  initial: Map<number, number>
  k: number
  lastAcked: number | null
  /** Attempts after the last acknowledged one whose outcome is unknown (error, cut connection). */
  pending: number[]
  acked: number
  ackedAt: number[]
  latencies: number[]
  failures: Record<string, number>
  /** Request ids of the answers 500 (the server's log lines carry them). */
  serverErrors: string[]
}

let server: Server
const clients: Client[] = []
const figures: Record<string, string | number> = {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN
}

/** Reads the sheet again after a failure, until the app answers (bounded). */
const resync = async (client: Client, deadline: number) => {
  while (Date.now() < deadline) {
    try {
      client.state = await readSheet(server, client.sheet)
      return
    } catch {
      await sleep(500)
    }
  }
  throw new Error('the app did not answer a sheet read again in time')
}

/** Every client saves its sheet again and again until `until`, each save with the next value. */
const drive = (until: number) =>
  Promise.all(
    clients.map(async (client) => {
      while (Date.now() < until) {
        const k = ++client.k
        client.pending.push(k)
        const started = performance.now()
        const result = await saveSheet(server, client.sheet, client.state, valueOf(k)).catch((error: Error) => ({
          status: `network: ${error.name}`,
          body: null,
          requestId: null,
        }))
        if (result.status === 200) {
          client.latencies.push(performance.now() - started)
          client.lastAcked = k
          client.pending = []
          client.acked++
          client.ackedAt.push(Date.now())
        } else {
          // The status and, for a refusal, its message: a 4xx says why, and the figures should too.
          const message = (result.body as { errors?: Array<{ message?: string }> } | null)?.errors?.[0]?.message
          const key = message ? `${result.status} ${message}` : String(result.status)
          client.failures[key] = (client.failures[key] ?? 0) + 1
          if (result.status === 500 && result.requestId) client.serverErrors.push(result.requestId)
          await resync(client, until + 60_000)
        }
      }
    }),
  )

/** The database holds, for every sheet, one value on every row: the last acknowledged one or a later attempt. */
const checkStored = async ({ exactRevisions }: { exactRevisions: boolean }) => {
  for (const client of clients) {
    const rows = await storedSheet(url, client.sheet, client.state.students)
    expect(rows).toHaveLength(client.state.students.length)
    for (const row of rows) expect(row.copies).toBe(1)
    const values = new Set(rows.map((row) => row.midterm))
    expect(values.size, `sheet ${client.sheet.class}/${client.sheet.subject} is all or nothing`).toBe(1)
    const allowed = [client.lastAcked, ...client.pending].filter((k) => k !== null).map((k) => valueOf(k!))
    expect(allowed).toContain([...values][0])
    if (exactRevisions) {
      for (const row of rows) expect(Number(row.revision)).toBe(client.initial.get(row.student)! + client.acked)
    }
  }
}

beforeAll(async () => {
  server = await startServer()
  // Warm-up: the pages and routes a school day touches first.
  for (const path of ['/', '/admin/login', '/api/health', '/tin-tuc']) await fetch(`${server.url}${path}`)
  const sheets = await pickSheets(url, server, CLIENTS)
  expect(sheets).toHaveLength(CLIENTS)
  for (const sheet of sheets) {
    const state = await readSheet(server, sheet)
    clients.push({
      sheet,
      state,
      initial: new Map(state.revisions),
      k: 0,
      lastAcked: null,
      pending: [],
      acked: 0,
      ackedAt: [],
      latencies: [],
      failures: {},
      serverErrors: [],
    })
  }
  figures['teachers signed in (distinct)'] = new Set(sheets.map((s) => s.email)).size
  figures['sign-ins answered 429 (rate limit)'] = loginStats.rateLimited
  figures['server RSS after warm-up, MiB'] = Math.round(server.rssMiB())
}, 240_000)

afterAll(async () => {
  await server?.kill('SIGKILL')
  console.log(
    `\nLoad and fault figures (${CLIENTS} clients):\n` +
      Object.entries(figures)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n'),
  )
})

describe(`${CLIENTS} teachers save their sheets at once`, () => {
  it(`for ${LOAD_SECONDS} s: no 5xx, no lost and no duplicated write`, async () => {
    const started = Date.now()
    await drive(started + LOAD_SECONDS * 1000)
    const seconds = (Date.now() - started) / 1000
    const latencies = clients.flatMap((c) => c.latencies)
    const failures = clients.flatMap((c) => Object.entries(c.failures))
    figures['saves acknowledged'] = latencies.length
    figures['saves per second'] = (latencies.length / seconds).toFixed(2)
    figures['rows written per second'] = (
      clients.reduce((n, c) => n + c.acked * c.state.students.length, 0) / seconds
    ).toFixed(0)
    figures['save latency p50 / p95 / max, ms'] =
      `${percentile(latencies, 50)?.toFixed(0)} / ${percentile(latencies, 95)?.toFixed(0)} / ${Math.max(...latencies).toFixed(0)}`
    figures['failed saves under load'] = failures.length
    figures['server RSS after load, MiB'] = Math.round(server.rssMiB())
    expect(failures).toEqual([])
    for (const client of clients) expect(client.acked, `sheet ${client.sheet.class}`).toBeGreaterThan(0)
    await checkStored({ exactRevisions: true })
  })

  it('PostgreSQL restarted under that load: the app recovers by itself, every acknowledged save is kept', async () => {
    const started = Date.now()
    const load = drive(started + RESTART_SECONDS * 1000)
    await sleep(8_000)
    const restartedAt = Date.now()
    restartPostgres(pgDir)
    figures['PostgreSQL restart, s'] = ((Date.now() - restartedAt) / 1000).toFixed(1)
    await load
    const failures = clients.flatMap((c) => Object.entries(c.failures))
    figures['failed saves around the restart (status: count)'] =
      JSON.stringify(
        failures.reduce<Record<string, number>>(
          (all, [status, n]) => ({ ...all, [status]: (all[status] ?? 0) + n }),
          {},
        ),
      ) || '{}'
    // The database down answers 503 "try again" (or the connection drops, or a save that did land
    // before the drop is seen as a conflict on retry). A 500 is counted, with the error the server
    // logged for it, rather than asserted: CI runs on a loaded machine where new shapes appear.
    figures['answered 500 around the restart'] = failures.filter(([status]) => status.startsWith('500')).length
    // What the server logged for each of them, so that a 500 that slips through says what it was.
    const serverErrors = new Set(clients.flatMap((c) => c.serverErrors))
    const logged = server.logLines().filter((line) => serverErrors.has(String(line.reqId)) && line.level === 'error')
    if (logged.length)
      figures['the 500s as the server logged them'] = [
        ...new Set(logged.map((line) => String((line.err as { message?: string } | undefined)?.message ?? line.msg))),
      ]
        .map((message) => message.slice(0, 200))
        .join(' | ')
    const firstAfter = clients.map((c) => c.ackedAt.find((at) => at > restartedAt + 1000))
    for (const at of firstAfter) expect(at, 'a save acknowledged after the restart').toBeDefined()
    figures['first acknowledged save after the restart, s'] = (
      (Math.min(...firstAfter.map(Number)) - restartedAt) /
      1000
    ).toFixed(1)
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    await checkStored({ exactRevisions: false })
  })
})

describe('the server killed during a sheet save', () => {
  it('leaves the sheet all or nothing', async () => {
    await server.kill('SIGKILL')
    const median = percentile(
      clients.flatMap((c) => c.latencies),
      50,
    )
    const outcomes: string[] = []
    const client = clients[0]!
    for (const fraction of [0.2, 0.5, 0.8]) {
      server = await startServer()
      client.state = await readSheet(server, client.sheet)
      const before = await storedSheet(url, client.sheet, client.state.students)
      const value = valueOf(++client.k)
      const save = saveSheet(server, client.sheet, client.state, value).catch(() => ({ status: 0 }))
      await sleep(Math.max(5, median * fraction))
      await server.kill('SIGKILL')
      const { status } = await save
      const after = await storedSheet(url, client.sheet, client.state.students)
      const values = new Set(after.map((row) => row.midterm))
      expect(values.size, 'one value on every row').toBe(1)
      const [stored] = [...values]
      if (status === 200) expect(stored).toBe(value)
      else expect([value, ...new Set(before.map((row) => row.midterm))]).toContain(stored)
      for (const row of after) expect(row.copies).toBe(1)
      outcomes.push(
        status === 200 ? 'saved before the kill' : stored === value ? 'committed, unanswered' : 'rolled back',
      )
    }
    figures['kill during save (at 20/50/80 % of the median save)'] = outcomes.join(', ')
    server = await startServer()
  })
})
