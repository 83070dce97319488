import type { Access, CollectionConfig, Config, Field, FieldAccess, GlobalConfig } from 'payload'

/**
 * Keeps the accounts of one auth collection (e.g. the public's) out of everything built for the
 * accounts of another (the staff's). Access functions written for staff read `req.user` and often
 * grant "any signed-in user" something; a second auth collection would pass them. This plugin
 * wraps every collection's and global's access (including Payload's defaults, which let any
 * signed-in user in) so that a user of another collection than `staffCollection` gets what the
 * public gets: reads are decided as for a visitor without an account, writes are refused.
 * Collections listed in `openTo` handle such users themselves and are left alone.
 * Install it last, so it also wraps the collections other plugins add.
 */
export type AuthRealmOptions = {
  /** Off: the config is left as it is (the plugin adds no schema). Default true. */
  enabled?: boolean
  /** The auth collection the wrapped access functions were written for. Default: the admin's user collection. */
  staffCollection?: string
  /** Collections whose own access decides for users of other auth collections. Default none. */
  openTo?: string[]
}

const OPERATIONS = ['read', 'create', 'update', 'delete', 'readVersions', 'unlock'] as const

/** Payload's default when an operation has no access function: any signed-in user. */
const payloadDefault: Access = ({ req }) => Boolean(req.user)

/** Access functions this plugin made, so that none is wrapped twice. */
const made = new WeakSet<object>()

export const staffOnly = (staffCollection: string, access: Access | undefined, operation: string): Access => {
  const guarded: Access = (args) => {
    const decide = access ?? payloadDefault
    if (!isOutsider(args.req.user, staffCollection)) return decide(args)
    if (operation !== 'read') return false
    return decide({ ...args, req: anonymous(args.req) })
  }
  made.add(guarded)
  return guarded
}

/** The same request seen without its user: what an anonymous visitor may do. */
const anonymous = <R extends object>(req: R): R =>
  Object.assign(Object.create(Object.getPrototypeOf(req)), req, { user: null })

const isOutsider = (user: unknown, staffCollection: string) =>
  Boolean(user) && (user as { collection?: string }).collection !== staffCollection

/** Field access: an outsider reads a field as a visitor would, and writes no field. */
const staffOnlyField =
  (staffCollection: string, access: FieldAccess | undefined, operation: string): FieldAccess =>
  (args) => {
    if (!isOutsider(args.req.user, staffCollection)) return access ? access(args) : true
    if (operation !== 'read') return false
    return access ? access({ ...args, req: anonymous(args.req) }) : true
  }

const wrapFields = (staffCollection: string, fields: Field[]): Field[] =>
  fields.map((field) => {
    const next = { ...field } as Record<string, any>
    const access = (field as { access?: Record<string, FieldAccess> }).access
    if (access) {
      next.access = Object.fromEntries(
        (['read', 'create', 'update'] as const).map((op) => [op, staffOnlyField(staffCollection, access[op], op)]),
      )
    }
    if (Array.isArray(next.fields)) next.fields = wrapFields(staffCollection, next.fields)
    if (Array.isArray(next.tabs))
      next.tabs = next.tabs.map((tab: { fields: Field[] }) => ({
        ...tab,
        fields: wrapFields(staffCollection, tab.fields),
      }))
    if (Array.isArray(next.blocks))
      next.blocks = next.blocks.map((block: { fields: Field[] }) => ({
        ...block,
        fields: wrapFields(staffCollection, block.fields),
      }))
    return next as Field
  })

const wrap = <T extends Record<string, unknown> | undefined>(staffCollection: string, access: T): T => {
  const wrapped: Record<string, unknown> = { ...(access ?? {}) }
  // Entry to the admin panel, where a collection defines it: never for an outsider.
  const admin = (access as Record<string, Access> | undefined)?.admin
  if (admin && !made.has(admin)) wrapped.admin = staffOnly(staffCollection, admin, 'admin')
  for (const operation of OPERATIONS) {
    const current = (access as Record<string, Access> | undefined)?.[operation]
    if (current && made.has(current)) continue
    wrapped[operation] = staffOnly(
      staffCollection,
      (access as Record<string, Access> | undefined)?.[operation],
      operation,
    )
  }
  return wrapped as T
}

export const authRealm =
  (options: AuthRealmOptions = {}) =>
  (config: Config): Config => {
    if (options.enabled === false) return config
    const staffCollection = options.staffCollection ?? config.admin?.user ?? 'users'
    const openTo = options.openTo ?? []
    return realm(config, staffCollection, openTo)
  }

const realm = (config: Config, staffCollection: string, openTo: string[]): Config => ({
  ...config,
  // Payload adds its own collections (locked documents, preferences, jobs, migrations) after the
  // plugins ran, with "any signed-in user" access: they are wrapped once Payload is up.
  onInit: async (payload) => {
    for (const collection of Object.values(payload.collections)) {
      if (openTo.includes(collection.config.slug)) continue
      collection.config.access = wrap(staffCollection, collection.config.access as never)
    }
    await config.onInit?.(payload)
  },
  collections: (config.collections ?? []).map((collection): CollectionConfig =>
    openTo.includes(collection.slug)
      ? collection
      : {
          ...collection,
          access: wrap(staffCollection, collection.access as Record<string, unknown>),
          fields: wrapFields(staffCollection, collection.fields),
        },
  ),
  globals: (config.globals ?? []).map((global): GlobalConfig => ({
    ...global,
    access: wrap(staffCollection, global.access as Record<string, unknown>),
    fields: wrapFields(staffCollection, global.fields),
  })),
})
