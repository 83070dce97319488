/** `npm run payload -- <command>`: Payload's CLI with the project's database set up first. */
import { spawnSync } from 'node:child_process'

import { keepAlive } from './keep-alive'

const release = keepAlive()
const { prepareEnvironment, prepareSettings } = await import('./env')

// Code generators read the config only; everything else (migrations) needs the database.
const needsDatabase = !process.argv[2]?.startsWith('generate:')
prepareSettings()
const database = needsDatabase ? await prepareEnvironment() : { stop: async () => {} }
// A non-TTY stdin once made `payload migrate` exit 0 without migrating; keep stdin ignored.
const runCli = () =>
  spawnSync(process.execPath, ['node_modules/payload/bin.js', ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
  })
let result = runCli()
// Payload's CLI compiles the config with its own loader and can hit the same exit 13 as our
// scripts (see keep-alive.ts) on the first run after a change; a second run has a warm cache.
if (result.status === 13) result = runCli()
await database.stop()
release()
process.exit(result.status ?? 1)
