/**
 * First half of `npm start` (scripts/start.sh): settings, the production build when missing or
 * stale, migrations and the demo school on an empty database. It then ends, and start.sh replaces
 * itself with the production server (`scripts/server.mjs`), the only process left running.
 *
 * Settings that did not come from the environment (a PAYLOAD_SECRET generated into .data/secret)
 * are handed on in `.data/runtime.env` (mode 600), which start.sh gives to `node --env-file`;
 * `.env` and `.env.local` Next reads itself.
 */
import fs from 'node:fs'
import path from 'node:path'

import { buildIfNeeded } from '../src/lib/ops/build'
import { prepareDatabase } from '../src/lib/prepare'
import { prepareSettings } from './env'

const given = new Set(Object.keys(process.env))
prepareSettings()
// No DATABASE_URL: the embedded PostgreSQL needs a process that stays; start.sh runs the wrapper.
if (!process.env.DATABASE_URL) process.exit(3)
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() }
// The database first: the build prerenders the cached public pages (ISR) from it.
await prepareDatabase({ seed: 'if-empty' })
buildIfNeeded(env)

const handOn = ['PAYLOAD_SECRET'].filter((name) => !given.has(name) && process.env[name])
const file = path.resolve('.data/runtime.env')
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(file, handOn.map((name) => `${name}=${process.env[name]}\n`).join(''), { mode: 0o600 })
process.exit(0)
