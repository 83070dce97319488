import { buildIfNeeded } from '../../src/lib/ops/build'

/** The one production build the browser and load tests serve (rebuilt only when a source changed). */
export const TEST_DIST_DIR = '.next-test'

/** Environment of `next build` and `next start` for the tests: production, quiet, in the tests' build folder. */
export const productionEnv = (env: Record<string, string | undefined>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  NEXT_DIST_DIR: TEST_DIST_DIR,
  NODE_OPTIONS: '--no-deprecation',
  NEXT_TELEMETRY_DISABLED: '1',
  ...env,
})

/** Builds the app for the tests when needed, printing how long it took. */
export const buildForTests = (env: NodeJS.ProcessEnv) => {
  const started = Date.now()
  buildIfNeeded(env)
  console.log(`tests: production build ready in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
