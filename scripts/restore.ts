/**
 * `npm run restore -- <archive> [--files <root>]`: restores a backup into the EMPTY database of
 * DATABASE_URL (created when missing) and the upload folders (empty or missing) under `--files`
 * (default: here). Then start the app as usual: migrations newer than the backup are applied then.
 */
import { parseArgs } from 'node:util'

import { restore, uploadFolders } from '../src/lib/ops/backup'
import { prepareEnvironment } from './env'

const { values, positionals } = parseArgs({ options: { files: { type: 'string' } }, allowPositionals: true })
if (positionals.length !== 1) {
  console.error('Cách dùng (usage): npm run restore -- <backup.tar.gz> [--files <folder>]')
  process.exit(2)
}
const database = await prepareEnvironment()
try {
  const { default: config } = await import('@payload-config')
  const manifest = await restore({
    archive: positionals[0]!,
    url: database.url,
    folders: uploadFolders((await config).collections, values.files),
  })
  console.log(`Đã khôi phục bản sao lưu lúc ${manifest.createdAt} (restored the backup of ${manifest.createdAt}).`)
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
} finally {
  await database.stop()
}
process.exit(process.exitCode ?? 0)
