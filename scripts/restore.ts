/**
 * `npm run restore -- <archive> [--files <root>]`: restores a backup into the EMPTY database of
 * DATABASE_URL (created when missing) and the upload folders (empty or missing) under `--files`
 * (default: here). Then start the app as usual: migrations newer than the backup are applied then.
 */
import { parseArgs } from 'node:util'

import { restore } from '../src/lib/ops/backup'
import { withDatabaseAndUploads } from './withUploads'

const { values, positionals } = parseArgs({ options: { files: { type: 'string' } }, allowPositionals: true })
if (positionals.length !== 1) {
  console.error('Cách dùng (usage): npm run restore -- <backup.tar.gz> [--files <folder>]')
  process.exit(2)
}
await withDatabaseAndUploads(values.files, async (url, folders) => {
  const manifest = await restore({ archive: positionals[0]!, url, folders })
  console.log(`Đã khôi phục bản sao lưu lúc ${manifest.createdAt} (restored the backup of ${manifest.createdAt}).`)
})
