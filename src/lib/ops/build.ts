import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** What a production build is made from: a change to any of these calls for a new build. */
const SOURCES = [
  'src',
  'collections',
  'access',
  'hooks',
  'public',
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package-lock.json',
]

const newestMtime = (entry: string): number => {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

export const distDir = (env: NodeJS.ProcessEnv = process.env) => env.NEXT_DIST_DIR || '.next'

/** True when there is no production build, or a source file is newer than it. */
export const buildIsStale = (root = process.cwd(), env: NodeJS.ProcessEnv = process.env): boolean => {
  const buildId = path.join(root, distDir(env), 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return SOURCES.some((entry) => newestMtime(path.join(root, entry)) > built)
}

/** `next build` when the build is missing or stale; throws when the build fails. */
export const buildIfNeeded = (env: NodeJS.ProcessEnv) => {
  if (!buildIsStale(process.cwd(), env)) {
    console.log(`Bản build (${distDir(env)}) còn mới: không build lại.`)
    return
  }
  const startedAt = new Date()
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  })
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`)
  // The build is as old as its start: a file edited while it ran makes it stale.
  fs.utimesSync(path.join(distDir(env), 'BUILD_ID'), startedAt, startedAt)
}
