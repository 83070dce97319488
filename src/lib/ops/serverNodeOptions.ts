import fs from 'node:fs'

/**
 * The production server's Node options (scripts/server-node-options: the heap cap) ahead of those
 * the environment gives, which so win: what `npm start` (scripts/start.sh) does, for the other ways
 * the server is started (`npm run dev -- --prod`, the tests' servers).
 */
export const withServerNodeOptions = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  NODE_OPTIONS: `${fs.readFileSync('scripts/server-node-options', 'utf8').trim()} ${env.NODE_OPTIONS ?? ''}`.trim(),
})
