// Runs a TypeScript script with tsx, again when it ends with exit code 13.
//
// Under tsx on Node 20, the first run after a source change sometimes ends before any code ran
// with Node's exit 13 ("unsettled top-level await"): the module loader stalls while compiling.
// Nothing has happened by then, and the scripts are idempotent, so running again is safe; the
// second run often gets through. In our trials the stalls came with tsx's compile cache (a run
// right after touching a source file stalled with it and went through with `--no-cache`), so the
// cache is turned off: a few seconds of compiling per start against a start that may not happen.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const tsx = require.resolve('tsx/cli')
const [script, ...args] = process.argv.slice(2)
let result
for (let attempt = 1; attempt <= 8; attempt++) {
  result = spawnSync(process.execPath, [tsx, '--no-cache', script, ...args], { stdio: 'inherit' })
  if (result.status !== 13) break
  console.warn(`${script}: tsx stalled while loading (exit 13); running it again (${attempt}/7)`)
}
process.exit(result.status ?? 1)
