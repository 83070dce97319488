// Runs a TypeScript script with tsx, with Lexical preloaded, and again when it ends with exit 13.
//
// Loading Payload's config outside Next sometimes ended with Node's exit 13 ("unsettled top-level
// await") before any of our code ran: Lexical's Node builds use top-level await, and evaluated
// concurrently one of them stalls (see preload-lexical.mjs). Preloading them one by one removed the
// stall in our trials; the retry stays as a safety net, which is safe because nothing has happened
// by then and the scripts are idempotent.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const preload = fileURLToPath(new URL('./preload-lexical.mjs', import.meta.url))
const [script, ...args] = process.argv.slice(2)
const attempts = 4
let result
for (let attempt = 1; attempt <= attempts; attempt++) {
  result = spawnSync(process.execPath, ['--import', preload, '--import', 'tsx', script, ...args], { stdio: 'inherit' })
  if (result.status !== 13) break
  console.warn(`${script}: stalled while loading (exit 13); running it again (${attempt}/${attempts - 1})`)
}
process.exit(result.status ?? 1)
