// How often does loading the Payload config outside Next stall (Node's exit 13, "unsettled
// top-level await")? Starts a process that only imports the config, N times, with and without
// scripts/preload-lexical.mjs, and prints the exit codes. When "without" shows no exit 13 over
// 20 starts on the Node and Lexical versions of the lock file, the preload can go.
//
//   node scripts/startup-trials.mjs [starts=20]
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const starts = Number(process.argv[2]) || 20
const preload = fileURLToPath(new URL('./preload-lexical.mjs', import.meta.url))
const probe = "await import('./payload.config.ts'); process.exit(0)"

const trial = (withPreload) => {
  const codes = {}
  for (let i = 0; i < starts; i++) {
    const args = [...(withPreload ? ['--import', preload] : []), '--import', 'tsx', '--input-type=module', '-e', probe]
    const { status } = spawnSync(process.execPath, args, { stdio: 'ignore', env: process.env })
    codes[status] = (codes[status] ?? 0) + 1
  }
  return codes
}

for (const withPreload of [true, false]) {
  const codes = trial(withPreload)
  const summary = Object.entries(codes)
    .map(([code, count]) => `exit ${code}: ${count}`)
    .join(', ')
  console.log(`${withPreload ? 'with' : 'without'} the preload, ${starts} starts: ${summary}`)
}
