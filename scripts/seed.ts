/** `npm run seed`: applies migrations and (re)creates the demo school; safe to run again. */
import { keepAlive } from './keep-alive'

const release = keepAlive()
const { prepareDatabase } = await import('../src/lib/prepare')
const { prepareEnvironment } = await import('./env')

const database = await prepareEnvironment()
try {
  await prepareDatabase({ seed: 'always' })
  console.log('Xong: trường mẫu đã sẵn sàng.')
} finally {
  await database.stop()
  release()
}
process.exit(0)
