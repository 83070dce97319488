import { type ChildProcess, spawn } from 'node:child_process'

import type { TestProject } from 'vitest/node'

import { freePort } from '../../src/lib/database'
import { withServerNodeOptions } from '../../src/lib/ops/serverNodeOptions'
import { startFakeGateway } from './fakeGateway'
import { buildForTests, productionEnv } from './production-build'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The fake SMS gateway the app sends to: `GET` it for the messages sent so far. */
    smsGatewayUrl: string
  }
}

/**
 * Starts the app for the browser tests against the test database that `global-setup.ts` prepared:
 * a production build served by `scripts/server.mjs`, as `npm start` runs it (built once, reused while no
 * source changed; `E2E_SERVER=dev` serves `next dev` instead, for working on a test).
 */
export default async function startAppServer(project: TestProject) {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const dev = process.env.E2E_SERVER === 'dev'
  // Codes and invitations by SMS reach a local fake gateway (no network); the tests read it.
  const sms = await startFakeGateway({ ok: true })
  const env = {
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    PAYLOAD_SECRET: process.env.TEST_PAYLOAD_SECRET,
    // The CSRF allow-list (src/lib/security/origins.ts) follows the port.
    PORT: String(port),
    SMS_GATEWAY_URL: sms.url,
    SMS_GATEWAY_TOKEN: 'e2e-sms',
  }
  const serverEnv = dev
    ? {
        ...process.env,
        ...env,
        NEXT_DIST_DIR: '.next-e2e',
        NODE_OPTIONS: '--no-deprecation',
        NEXT_TELEMETRY_DISABLED: '1',
      }
    : productionEnv({ ...env, SERVER_URL: baseURL })
  if (!dev) buildForTests(serverEnv)
  const child: ChildProcess = spawn(
    process.execPath,
    [
      dev ? 'node_modules/next/dist/bin/next' : 'scripts/server.mjs',
      ...(dev ? ['dev'] : []),
      '--port',
      String(port),
      '--hostname',
      '127.0.0.1',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: `next dev` runs the server in a child of its own, which must go too.
      detached: true,
      env: dev ? serverEnv : withServerNodeOptions(serverEnv),
    },
  )
  const stop = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // already gone
    }
  }
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  // generous: the machine running the tests may be busy (a cold `next dev` start takes minutes then)
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await sms.close()
      throw new Error(`The app server exited early:\n${output}`)
    }
    try {
      const response = await fetch(`${baseURL}/api/users/me`)
      if (response.status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  if (Date.now() >= deadline) {
    stop('SIGKILL')
    await sms.close()
    throw new Error(`The app server did not answer in time:\n${output}`)
  }
  // Under `next dev` the first request to a route compiles it; warm the admin and the home page
  // up once here so that the tests measure behaviour, not the compiler.
  if (dev)
    for (const path of ['/admin/login', '/']) {
      await fetch(`${baseURL}${path}`, { signal: AbortSignal.timeout(180_000) }).catch(() => {})
    }
  project.provide('baseURL', baseURL)
  project.provide('smsGatewayUrl', sms.url)
  return async () => {
    stop('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    stop('SIGKILL')
    await sms.close()
  }
}
