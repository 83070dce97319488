import { inject } from 'vitest'

// Set before any test file imports the Payload config, which reads them.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
