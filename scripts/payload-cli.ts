/** `npm run payload:cli -- <command>`: Payload's CLI with the project's database set up first. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { prepareEnvironment, prepareSettings } from './env'

// Code generators read the config only; everything else (migrations) needs the database.
const needsDatabase = !process.argv[2]?.startsWith('generate:')
prepareSettings()
const database = needsDatabase ? await prepareEnvironment() : { stop: async () => {} }
// A non-TTY stdin once made `payload migrate` exit 0 without migrating; keep stdin ignored.
const result = spawnSync(process.execPath, ['node_modules/payload/bin.js', ...process.argv.slice(2)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  // Lexical preloaded here too: when its top-level awaits stall, Payload's CLI (which does not await
  // its command) exits 0 having written nothing.
  env: {
    ...process.env,
    NODE_OPTIONS: `--no-deprecation --import ${JSON.stringify(path.resolve('scripts/preload-lexical.mjs'))}`,
  },
})
await database.stop()
process.exit(result.status ?? 1)
