import crypto from 'node:crypto'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import {
  buildConfig,
  type CollectionConfig,
  type Field,
  getPayload,
  type Payload,
  type Plugin,
  type SanitizedConfig,
} from 'payload'

import { dropDatabase, ensureDatabase } from '../../src/lib/database'
import { closePayload } from '../../src/lib/prepare'
import { type Api, createApi } from '../helpers/api'

/**
 * A bare Payload app for one plugin of the suite: an auth collection and two generic collections
 * (`posts` with drafts, `notes`), English first and Vietnamese, nothing of the school.
 */
const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'role', type: 'select', options: ['editor', 'reviewer', 'admin'] },
  ],
}
const posts: CollectionConfig = {
  slug: 'posts',
  admin: { useAsTitle: 'title' },
  versions: { drafts: true },
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
  ],
}
const notes: CollectionConfig = {
  slug: 'notes',
  fields: [
    { name: 'text', type: 'text' },
    { name: 'secret', type: 'text' },
  ],
}

export const bareConfig = (databaseUrl: string, plugins: Plugin[], extra: CollectionConfig[] = []) =>
  buildConfig({
    secret: 'bare-plugin-test',
    telemetry: false,
    admin: { user: 'users' },
    i18n: { supportedLanguages: { en, vi }, fallbackLanguage: 'en' },
    collections: [users, posts, notes, ...extra],
    db: postgresAdapter({ pool: { connectionString: databaseUrl }, push: true }),
    logger: { options: { level: 'warn' } },
    plugins,
  })

/** The database schema a config asks for: every collection's fields (name, type, index, relation, options). */
export const schemaOf = async (config: SanitizedConfig | Promise<SanitizedConfig>) => {
  const describe = (fields: Field[], prefix = ''): string[] =>
    fields.flatMap((field) => {
      if (!('name' in field)) return 'fields' in field ? describe(field.fields, prefix) : []
      const f = field as Field & Record<string, unknown>
      const options = Array.isArray(f.options)
        ? (f.options as Array<string | { value: string }>).map((o) => (typeof o === 'string' ? o : o.value))
        : []
      const own = `${prefix}${field.name}:${field.type}:${String(f.index ?? '')}:${String(f.relationTo ?? '')}:${options}`
      const nested = 'fields' in field ? describe(field.fields, `${prefix}${field.name}.`) : []
      return [own, ...nested]
    })
  const { collections } = await config
  return Object.fromEntries(collections.map((c) => [c.slug, describe(c.fields).sort()]))
}

/**
 * The Local API of a bare app: its collections are not the app's generated types, so the calls
 * are typed loosely here once instead of cast in every test.
 */
type Doc = Record<string, any> & { id: number }
type Args = { collection: string; [option: string]: unknown }
export type LocalApi = {
  create: (args: Args & { data: Record<string, unknown> }) => Promise<Doc>
  update: (args: Args & { id: number | string; data: Record<string, unknown> }) => Promise<Doc>
  find: (args: Args) => Promise<{ docs: Doc[]; totalDocs: number }>
  findByID: (args: Args & { id: number | string }) => Promise<Doc>
  delete: (args: Args & { id: number | string }) => Promise<Doc>
  count: (args: Args) => Promise<{ totalDocs: number }>
}

/** A collection of a built bare config (its slugs are not the app's generated ones). */
export const collectionOf = (config: SanitizedConfig, slug: string) =>
  config.collections.find((c) => (c.slug as string) === slug)!

export type Bare = { payload: Payload; local: LocalApi; api: Api; close: () => Promise<void> }

/** Boots a bare config on a new empty database (schema pushed), dropped again by `close`. */
export const bootBare = async (name: string, build: (databaseUrl: string) => ReturnType<typeof bareConfig>) => {
  const url = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
  url.pathname = `/plugin_${name.replace(/-/g, '_')}_${crypto.randomBytes(4).toString('hex')}`
  await ensureDatabase(url.toString())
  const config = await build(url.toString())
  const payload = await getPayload({ config })
  const close = async () => {
    await closePayload(payload)
    await dropDatabase(url.toString())
  }
  return { payload, local: payload as unknown as LocalApi, api: createApi(config), close } satisfies Bare
}

export const PASSWORD = 'Bare-Plugin-1'

/** A user of the bare app, as the Local API wants it for `overrideAccess: false` calls. */
export const createUser = async (bare: Bare, email: string, data: Record<string, unknown> = {}) => {
  const user = await bare.local.create({ collection: 'users', data: { email, password: PASSWORD, ...data } })
  return { ...user, collection: 'users' }
}
