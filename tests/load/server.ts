import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

import { inject } from 'vitest'

import { freePort } from '../../src/lib/database'
import { withServerNodeOptions } from '../../src/lib/ops/serverNodeOptions'
import { productionEnv } from '../helpers/production-build'

export type Server = {
  url: string
  pid: number
  /** Resident memory of the server process, MiB (from /proc). */
  rssMiB: () => number
  /** JSON log lines the server wrote so far. */
  logLines: () => Record<string, unknown>[]
  kill: (signal?: NodeJS.Signals) => Promise<void>
}

/**
 * The production server (`scripts/server.mjs`) on the shared production build, as `npm start` runs it (one node process), on a
 * free loopback port, against the load database; resolves when `/api/health` says ok.
 */
export const startServer = async (extraEnv: Record<string, string> = {}): Promise<Server> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/server.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: withServerNodeOptions(
        productionEnv({
          // Inherited from vitest, it would turn the app's job cron off (payload.config.ts).
          VITEST: '',
          DATABASE_URL: inject('loadDatabaseUrl'),
          PAYLOAD_SECRET: inject('loadSecret'),
          SERVER_URL: url,
          LOG_FORMAT: 'json',
          ...extraEnv,
        }),
      ),
    },
  )
  let output = ''
  // Kept whole in test-results/ too: the server's own account of a failure (its error and stack).
  fs.mkdirSync('test-results', { recursive: true })
  const log = fs.createWriteStream(`test-results/load-server-${port}.log`)
  child.stdout!.on('data', (chunk) => ((output += chunk), log.write(chunk)))
  child.stderr!.on('data', (chunk) => ((output += chunk), log.write(chunk)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not become healthy in time:\n${output}`)
    }
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.status === 200)
      .catch(() => false)
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return {
    url,
    pid: child.pid!,
    rssMiB: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024
    },
    logLines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}

/** A small REST client for one server with one token. */
export const client = (server: { url: string }, token?: string) => {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': 'vi',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    })
    const text = await response.text()
    let json: any = text
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON
    }
    // The server's id of the request (its log lines carry it): to find a failure's own error.
    return { status: response.status, body: json, requestId: response.headers.get('x-request-id') }
  }
  return { call }
}

/**
 * Signs in once; a rate limit on sign-in (429) is waited out as its Retry-After says, and counted
 * in `rateLimited` so the test can report it.
 */
export const loginStats = { rateLimited: 0 }
export const login = async (server: { url: string }, email: string): Promise<string> => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: process.env.DEMO_PASSWORD || 'HauGiang@2026' }),
    })
    if (response.status === 429) {
      loginStats.rateLimited++
      const wait = Math.min(Number(response.headers.get('retry-after') || 5), 60)
      await new Promise((resolve) => setTimeout(resolve, wait * 1000))
      continue
    }
    const body = await response.json().catch(() => ({}))
    if (response.status !== 200) throw new Error(`Login as ${email} failed: ${response.status} ${JSON.stringify(body)}`)
    return body.token as string
  }
  throw new Error(`Login as ${email}: still rate limited`)
}
