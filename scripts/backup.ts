/**
 * `npm run backup [-- --out <folder>] [-- --files <root>]`: the database (pg_dump) and every upload
 * folder in one dated archive, `backups/haugiang-<UTC time>.tar.gz` by default (BACKUP_DIR).
 */
import { parseArgs } from 'node:util'

import { backup, uploadFolders } from '../src/lib/ops/backup'
import { prepareEnvironment } from './env'

const { values } = parseArgs({ options: { out: { type: 'string' }, files: { type: 'string' } } })
const database = await prepareEnvironment()
try {
  const { default: config } = await import('@payload-config')
  const archive = await backup({
    url: database.url,
    folders: uploadFolders((await config).collections, values.files),
    outDir: values.out || process.env.BACKUP_DIR || 'backups',
  })
  console.log(`Đã sao lưu (backup written): ${archive}`)
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
} finally {
  await database.stop()
}
process.exit(process.exitCode ?? 0)
