/** `npm run seed`: applies migrations and (re)creates the demo school; safe to run again. */
import { prepareDatabase } from '../src/lib/prepare'
import { prepareEnvironment } from './env'

const database = await prepareEnvironment()
try {
  await prepareDatabase({ seed: 'always' })
  console.log('Xong: trường mẫu đã sẵn sàng.')
} finally {
  await database.stop()
}
process.exit(0)
