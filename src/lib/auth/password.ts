import crypto from 'crypto'

// Payload's local strategy (3.90): `pbkdf2-sha256-v1:<hex>` with 600 000 rounds and 32 bytes, or the
// legacy bare hex with 25 000 rounds and 512 bytes.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

/** Whether `password` matches a Payload hash and salt, in constant time for a given hash. */
export const passwordMatches = async (password: string, hash: unknown, salt: unknown): Promise<boolean> => {
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const { stored, iterations, keyLength } = parameters(hash)
  const key = await pbkdf2(password, salt, iterations, keyLength)
  const expected = Buffer.from(stored, 'hex')
  return key.length === expected.length && crypto.timingSafeEqual(key, expected)
}

/** The same work as checking a current-format password, for an account that does not exist. */
export const wasteAPasswordCheck = async (password: string) => {
  await pbkdf2(password, crypto.randomBytes(32).toString('hex'), 600_000, 32)
}
