import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

/**
 * What every seed step gets. Steps find what earlier steps made through the database (by e-mail,
 * class name, code), so each step stands alone and can be run again: the seed is idempotent.
 * The seed is a system action: it writes with access overridden and no user.
 */
export type SeedContext = {
  payload: Payload
  password: string
  log: (message: string) => void
  findOrCreate: <S extends CollectionSlug>(
    collection: S,
    where: Where,
    data: RequiredDataFromCollectionSlug<S>,
  ) => Promise<{ id: number; created: boolean }>
  idOf: (collection: CollectionSlug, where: Where) => Promise<number>
}

export type SeedStep = { name: string; run: (ctx: SeedContext) => Promise<void> }

export const createSeedContext = (payload: Payload, log: (message: string) => void): SeedContext => ({
  payload,
  password: process.env.DEMO_PASSWORD || 'HauGiang@2026',
  log,
  async findOrCreate(collection, where, data) {
    // Widened to one slug's type: the union over every collection is too complex for the compiler.
    const found = await payload.find({ collection: collection as 'users', where, limit: 1, depth: 0, pagination: false, select: {} })
    const existing = found.docs[0] as { id: number } | undefined
    if (existing) return { id: existing.id, created: false }
    const doc = (await payload.create({ collection, data, depth: 0, overrideAccess: true })) as { id: number }
    return { id: doc.id, created: true }
  },
  async idOf(collection, where) {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false, select: {} })
    const doc = found.docs[0] as { id: number } | undefined
    if (!doc) throw new Error(`Seed: nothing in ${collection} matches ${JSON.stringify(where)}`)
    return doc.id
  },
})
