import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { ensureDatabase } from '@/lib/database'

import { findPgTool, serverMajor, toolMajor } from './pgTools'

/** An upload collection's folder: files are stored under `files/<slug>/` in the archive. */
export type UploadFolder = { slug: string; dir: string }

export type Manifest = {
  format: 1
  createdAt: string
  serverMajor: number
  /** pg_dump's own major version: pg_restore must be at least as new. */
  dumpMajor: number
  folders: string[]
  migrations: string[]
}

const MANIFEST = 'manifest.json'
const DUMP = 'database.dump'

/** `haugiang-2026-12-02T031500Z.tar.gz`: sortable, one per second. */
export const archiveName = (now = new Date()) =>
  `haugiang-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.tar.gz`

const withTempDir = async <T>(fn: (dir: string) => Promise<T>): Promise<T> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haugiang-backup-'))
  try {
    return await fn(dir)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const appliedMigrations = async (url: string): Promise<string[]> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query('SELECT name FROM payload_migrations ORDER BY id')
    return rows.map((row) => String(row.name))
  } finally {
    await client.end()
  }
}

/**
 * One dated archive: `database.dump` (pg_dump's custom format, without owners or grants so it
 * restores under any role), every upload folder under `files/<slug>/`, and a manifest.
 */
export const backup = async ({
  url,
  folders,
  outDir,
}: {
  url: string
  folders: UploadFolder[]
  outDir: string
}): Promise<string> => {
  const major = await serverMajor(url)
  const pgDump = findPgTool('pg_dump', major)
  fs.mkdirSync(outDir, { recursive: true })
  const archive = path.resolve(outDir, archiveName())
  await withTempDir(async (dir) => {
    execFileSync(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(dir, DUMP)}`, url], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    fs.mkdirSync(path.join(dir, 'files'))
    for (const folder of folders) {
      const target = path.join(dir, 'files', folder.slug)
      if (fs.existsSync(folder.dir)) fs.cpSync(folder.dir, target, { recursive: true, preserveTimestamps: true })
      else fs.mkdirSync(target)
    }
    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      serverMajor: major,
      dumpMajor: toolMajor(pgDump),
      folders: folders.map((f) => f.slug),
      migrations: await appliedMigrations(url),
    }
    fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2))
    // Written beside, then renamed: a half-written archive never carries the final name.
    execFileSync('tar', ['-czf', `${archive}.partial`, '-C', dir, MANIFEST, DUMP, 'files'])
    fs.renameSync(`${archive}.partial`, archive)
  })
  return archive
}

/** Tables of the public schema: an empty database has none. */
const tableCount = async (url: string): Promise<number> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    )
    return rows[0].n
  } finally {
    await client.end()
  }
}

/**
 * Restores an archive into an EMPTY database (created when missing; one with tables is refused, so
 * a restore never mixes with live data) and writes the upload folders, refusing a folder that
 * already holds files.
 */
export const restore = async ({
  archive,
  url,
  folders,
}: {
  archive: string
  url: string
  folders: UploadFolder[]
}): Promise<Manifest> => {
  if (!fs.existsSync(archive)) throw new Error(`Không thấy tệp sao lưu ${archive} (archive not found)`)
  await ensureDatabase(url)
  if ((await tableCount(url)) > 0) {
    throw new Error('Cơ sở dữ liệu đích không trống (the target database is not empty): restore into a new database.')
  }
  for (const folder of folders) {
    if (fs.existsSync(folder.dir) && fs.readdirSync(folder.dir).length > 0) {
      throw new Error(`Thư mục ${folder.dir} đã có tệp (the upload folder is not empty): restore into empty folders.`)
    }
  }
  return withTempDir(async (dir) => {
    execFileSync('tar', ['-xzf', archive, '-C', dir])
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest
    const pgRestore = findPgTool('pg_restore', manifest.dumpMajor)
    execFileSync(
      pgRestore,
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${url}`,
        path.join(dir, DUMP),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    )
    for (const folder of folders) {
      const source = path.join(dir, 'files', folder.slug)
      if (fs.existsSync(source)) fs.cpSync(source, folder.dir, { recursive: true, preserveTimestamps: true })
    }
    return manifest
  })
}

/** The upload collections of a Payload config, their folders resolved under `root`. */
export const uploadFolders = (
  collections: Array<{ slug: string; upload?: unknown }>,
  root = process.cwd(),
): UploadFolder[] =>
  collections
    .filter((c) => c.upload && typeof c.upload === 'object')
    .map((c) => {
      const staticDir = (c.upload as { staticDir?: string }).staticDir || c.slug
      return { slug: c.slug, dir: path.resolve(root, staticDir) }
    })
