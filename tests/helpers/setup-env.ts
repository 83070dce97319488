import { inject } from 'vitest'

// Lexical one package at a time before the config pulls them all in at once (see the script).
import '../../scripts/preload-lexical.mjs'

// Set before any test file imports the Payload config, which reads them.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
