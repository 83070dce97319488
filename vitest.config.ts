import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

import { SlowFirstSequencer } from './tests/helpers/sequencer'

/**
 * Four projects: `unit` (pure functions, no database), `int` (Payload against PostgreSQL: Local
 * API, REST and GraphQL in-process), `e2e` (Chromium against a production build of the app) and
 * `load`. The demo school is seeded once per run; each integration file boots Payload once on its
 * own copy of that database, so files run in any order and side by side (`TEST_WORKERS`, default 2).
 */
const workers = Number(process.env.TEST_WORKERS) || 2

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    sequence: { sequencer: SlowFirstSequencer },
    // Under CI each run also writes a JSON report, which .ci/run sums into one closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: `test-results/vitest-${process.pid}.json` }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          setupFiles: ['tests/helpers/setup-env.ts', 'tests/helpers/setup-own-database.ts'],
          maxWorkers: workers,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/helpers/app-server.ts'],
          setupFiles: ['tests/helpers/setup-env.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
      {
        // `npm run test:load`: production servers on their own embedded PostgreSQL (tests/load/setup.ts).
        extends: true,
        test: {
          name: 'load',
          include: ['tests/load/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/load/setup.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
