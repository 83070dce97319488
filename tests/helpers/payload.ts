import { getPayload, type Payload } from 'payload'

import { closePayload } from '@/lib/prepare'

import { createApi, type Api } from './api'

export type TestContext = { payload: Payload; api: Api }

/** Boots Payload once for a test file (call it in `beforeAll`). */
export const bootPayload = async (): Promise<TestContext> => {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return { payload, api: createApi(payload.config) }
}

export const shutdownPayload = async (context: TestContext | undefined) => {
  if (context) await closePayload(context.payload)
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'HauGiang@2026'

/** The signed-in user as the Local API wants it, for `overrideAccess: false` calls. */
export const userByEmail = async (payload: Payload, email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`No user ${email}`)
  return { ...docs[0], collection: 'users' as const }
}
