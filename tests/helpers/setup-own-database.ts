import crypto from 'node:crypto'

import { afterAll, inject } from 'vitest'

import { copyDatabase, dropDatabase } from '../../src/lib/database'

/**
 * Each integration file works on its own copy of the seeded database (PostgreSQL's
 * `CREATE DATABASE … TEMPLATE`): what one file changes no other file sees, so files pass in any
 * order and run side by side. Runs after `setup-env.ts`, before the file imports the config.
 */
const template = inject('databaseUrl')
const own = new URL(template)
own.pathname = `${own.pathname}_${crypto.randomBytes(4).toString('hex')}`
await copyDatabase(template, own.toString())
process.env.DATABASE_URL = own.toString()

// Registered before the file's own hooks, so it runs after them (after Payload has closed its pool).
afterAll(() => dropDatabase(own.toString()))
