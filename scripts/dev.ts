/**
 * `npm run dev`: database (embedded when DATABASE_URL is unset), migrations, the demo school on a
 * first start, then Next.js. `--prod` serves the production bundle instead (built when missing or
 * stale); `npm start` comes here only without DATABASE_URL (scripts/start.sh).
 */
import { spawn } from 'node:child_process'

import { buildIfNeeded } from '../src/lib/ops/build'
import { withServerNodeOptions } from '../src/lib/ops/serverNodeOptions'
import { prepareDatabase } from '../src/lib/prepare'
import { prepareEnvironment, stopOnExit } from './env'

const production = process.argv.includes('--prod')
const database = await prepareEnvironment()
await prepareDatabase({ seed: 'if-empty' })

const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() }
if (production) buildIfNeeded(env)
const port = process.env.PORT || '3000'
// production: the server of `npm start` (scripts/server.mjs), which completes the pages' CSP
const command = production ? ['scripts/server.mjs'] : ['node_modules/next/dist/bin/next', 'dev']
const child = spawn(process.execPath, [...command, '--port', port], {
  stdio: ['ignore', 'inherit', 'inherit'],
  // production: the heap cap of `npm start` (scripts/server-node-options)
  env: production ? withServerNodeOptions(env) : env,
})
const stop = stopOnExit(database, child)
child.on('exit', (code) => void stop(code ?? 0))
