// Runs a TypeScript script with tsx, with Lexical preloaded (see preload-lexical.mjs).
//
// It used to run the script again when it ended with Node's exit 13 (a stalled top-level await
// while loading Lexical). Measured over 20 starts of the config (scripts/startup-trials.mjs,
// 2026-12-02, Node 20.20, the lock file's Lexical): no exit 13 with the preload, and none without
// it either; the retry is gone and an exit 13 now surfaces as the script's failure.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const preload = fileURLToPath(new URL('./preload-lexical.mjs', import.meta.url))
const [script, ...args] = process.argv.slice(2)
const result = spawnSync(process.execPath, ['--import', preload, '--import', 'tsx', script, ...args], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
