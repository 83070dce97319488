import {
  type Access,
  type CollectionAfterOperationHook,
  type CollectionBeforeChangeHook,
  Forbidden,
  NotFound,
  type PayloadRequest,
  type SanitizedConfig,
  type Where,
} from 'payload'

import { hasRole } from './roles'
import { userOf } from './common'
import { relationId } from '@/access/relation-id'

/**
 * Payload's document locks (`payload-locked-documents`, added by Payload itself after the plugins
 * ran, so its access is set on the built config): a user creates, renews and deletes only their own
 * locks; the sysadmin may clear any. Another user's lock is listed only on a document the reader
 * may read, which is what the admin needs to say "being edited by X".
 */
const LOCKS = 'payload-locked-documents'

const ownLocks = (req: PayloadRequest): Where => ({
  and: [{ 'user.relationTo': { equals: req.user!.collection } }, { 'user.value': { equals: req.user!.id } }],
})

const isSysadmin = (req: PayloadRequest) => hasRole(userOf(req), 'sysadmin')

/** The read rule each collection gives this reader (cached for the request). */
const readRule = async (req: PayloadRequest, slug: string): Promise<boolean | Where> => {
  const key = `locks:read:${slug}`
  if (req.context[key] === undefined) {
    const read = req.payload.collections[slug as 'users']?.config.access?.read
    req.context[key] = read ? await read({ req }) : false
  }
  return req.context[key] as boolean | Where
}

const readLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSysadmin(req)) return true
  const document = req.payload.collections[LOCKS]!.config.fields.find((f) => 'name' in f && f.name === 'document')
  const lockable = (document as { relationTo?: string[] } | undefined)?.relationTo ?? []
  const readable: Where[] = []
  for (const slug of lockable) {
    // `in` is not queryable on a polymorphic relationTo: one `equals` per collection
    if ((await readRule(req, slug)) !== false) readable.push({ 'document.relationTo': { equals: slug } })
  }
  // candidates: narrowed to readable documents after the query (`keepReadableLocks`)
  return { or: [ownLocks(req), ...readable, { globalSlug: { exists: true } }] }
}

const ownOrSysadmin: Access = ({ req }) => (!req.user ? false : isSysadmin(req) ? true : ownLocks(req))
const ownOnly: Access = ({ req }) => (req.user ? ownLocks(req) : false)

type Lock = { id: number | string; user?: { relationTo?: string; value?: unknown }; document?: unknown }

const isOwn = (req: PayloadRequest, lock: Lock) =>
  lock.user?.relationTo === req.user?.collection && String(relationId(lock.user?.value)) === String(req.user?.id)

/** Drops the locks on documents the reader may not read (their collection's rule, not just its slug). */
const keepReadableLocks: CollectionAfterOperationHook = async (args) => {
  const { operation, req } = args
  if (operation !== 'find' && operation !== 'findByID') return args.result
  if (!req.user || isSysadmin(req) || (args.args as { overrideAccess?: boolean }).overrideAccess) return args.result
  const readable = async (lock: Lock) => {
    if (isOwn(req, lock) || !lock.document) return true
    const { relationTo, value } = lock.document as { relationTo: string; value: unknown }
    const rule = await readRule(req, relationTo)
    if (rule === true) return true
    if (rule === false) return false
    const { totalDocs } = await req.payload.count({
      collection: relationTo as 'users',
      where: { and: [{ id: { equals: relationId(value) } }, rule] },
      overrideAccess: true, // the reader's own rule is the where above
      req,
    })
    return totalDocs > 0
  }
  if (operation === 'findByID') {
    if (!(await readable(args.result as Lock))) throw new NotFound(req.t)
    return args.result
  }
  const result = args.result as { docs: Lock[]; totalDocs: number }
  const docs: Lock[] = []
  for (const lock of result.docs) if (await readable(lock)) docs.push(lock)
  return { ...result, docs, totalDocs: result.totalDocs - (result.docs.length - docs.length) } as never
}

/** A lock names its holder: always the signed-in user, whatever the request says. */
const lockForSelf: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user) return data
  const user = data.user as { relationTo?: string; value?: unknown } | undefined
  if (user && (user.relationTo !== req.user.collection || String(relationId(user.value)) !== String(req.user.id))) {
    throw new Forbidden(req.t)
  }
  data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}

/** Applies the rules above to Payload's lock collection in the built config. */
export const restrictDocumentLocks = async (built: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await built
  const locks = config.collections.find((c) => c.slug === LOCKS)
  if (!locks) return config
  locks.access = { ...locks.access, read: readLocks, create: ({ req }) => Boolean(req.user), update: ownOnly }
  locks.access.delete = ownOrSysadmin
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockForSelf]
  locks.hooks.afterOperation = [...(locks.hooks.afterOperation ?? []), keepReadableLocks]
  return config
}
