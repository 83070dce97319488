import { uploadFolders } from '../src/lib/ops/backup'
import { prepareEnvironment } from './env'

/**
 * Backup and restore alike: the database up, the config's upload folders (under `filesRoot`)
 * found, the work done; an error is printed as the message only (exit 1), the database stopped.
 */
export const withDatabaseAndUploads = async (
  filesRoot: string | undefined,
  work: (url: string, folders: ReturnType<typeof uploadFolders>) => Promise<void>,
) => {
  const database = await prepareEnvironment()
  try {
    const { default: config } = await import('@payload-config')
    await work(database.url, uploadFolders((await config).collections, filesRoot))
  } catch (error) {
    console.error((error as Error).message)
    process.exitCode = 1
  } finally {
    await database.stop()
  }
  process.exit(process.exitCode ?? 0)
}
