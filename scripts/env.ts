import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { resolveDatabase, type RunningDatabase } from '../src/lib/database'

/**
 * Sets up the environment every script needs: a database (DATABASE_URL, or an embedded one) and a
 * PAYLOAD_SECRET (from the environment, or one generated once and kept under .data/).
 */
export const prepareEnvironment = async (): Promise<RunningDatabase> => {
  prepareSettings()
  const database = await resolveDatabase()
  process.env.DATABASE_URL = database.url
  return database
}

/** Everything but the database: .env files, the secret, the config path. */
export const prepareSettings = () => {
  loadDotEnv()
  if (!process.env.PAYLOAD_SECRET) process.env.PAYLOAD_SECRET = localSecret()
  process.env.PAYLOAD_CONFIG_PATH ||= path.resolve('payload.config.ts')
}

const loadDotEnv = () => {
  for (const file of ['.env.local', '.env']) {
    if (fs.existsSync(file)) process.loadEnvFile(file)
  }
}

const localSecret = () => {
  const file = path.resolve('.data/secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** Stops the embedded database when the process is asked to end. */
export const stopOnExit = (database: RunningDatabase, child?: { kill: (signal?: NodeJS.Signals) => boolean }) => {
  let stopping = false
  const stop = async (code = 0) => {
    if (stopping) return
    stopping = true
    child?.kill('SIGTERM')
    await database.stop().catch(() => {})
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(130))
  process.on('SIGTERM', () => void stop(143))
  return stop
}
