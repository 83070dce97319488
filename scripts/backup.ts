/**
 * `npm run backup [-- --out <folder>] [-- --files <root>]`: the database (pg_dump) and every upload
 * folder in one dated archive, `backups/haugiang-<UTC time>.tar.gz` by default (BACKUP_DIR).
 */
import { parseArgs } from 'node:util'

import { backup } from '../src/lib/ops/backup'
import { withDatabaseAndUploads } from './withUploads'

const { values } = parseArgs({ options: { out: { type: 'string' }, files: { type: 'string' } } })
await withDatabaseAndUploads(values.files, async (url, folders) => {
  const archive = await backup({ url, folders, outDir: values.out || process.env.BACKUP_DIR || 'backups' })
  console.log(`Đã sao lưu (backup written): ${archive}`)
})
