import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { auditTrailConfig } from '../plugins/audit-trail.config'
import { type Bare, bootBare, collectionOf, createUser, PASSWORD, schemaOf } from '../plugins/bare'

let bare: Bare
beforeAll(async () => {
  bare = await bootBare('audit-trail', (url) => auditTrailConfig(url))
  await createUser(bare, 'admin@example.test', { role: 'admin' })
})
afterAll(() => bare?.close())

const entriesOf = async (collection: string, documentId: number) =>
  (
    await bare.local.find({
      collection: 'audit-log',
      where: { collection: { equals: collection }, documentId: { equals: String(documentId) } },
      sort: 'createdAt',
      depth: 0,
    })
  ).docs

describe('audit-trail in a bare app', () => {
  it('logs creates, updates and deletes with the changed values, masked fields without theirs', async () => {
    const note = await bare.local.create({ collection: 'notes', data: { text: 'one', secret: 's1' } })
    await bare.local.update({ collection: 'notes', id: note.id, data: { text: 'two', secret: 's2' } })
    await bare.local.delete({ collection: 'notes', id: note.id })
    const [created, updated, deleted] = await entriesOf('notes', note.id)
    expect(created).toMatchObject({ action: 'create' })
    expect(created!.changes).toEqual([
      { field: 'secret', masked: true },
      { field: 'text', old: null, new: 'one' },
    ])
    expect(updated!.changes).toEqual([
      { field: 'secret', masked: true },
      { field: 'text', old: 'one', new: 'two' },
    ])
    expect(deleted).toMatchObject({ action: 'delete', changes: { text: 'two', secret: '[hidden]' } })
  })

  it('logs each document read of the chosen collections, with the reader', async () => {
    const admin = await createUser(bare, 'reader@example.test', { role: 'admin' })
    const note = await bare.local.create({ collection: 'notes', data: { text: 'read me' } })
    await bare.local.findByID({ collection: 'notes', id: note.id, user: admin, overrideAccess: false })
    const reads = (await entriesOf('notes', note.id)).filter((e) => e.action === 'read')
    expect(reads).toHaveLength(1)
    expect(reads[0]!.user).toBe(admin.id)
  })

  it('lets only the readers of the log read it, and nobody write it', async () => {
    const token = await bare.api.login('admin@example.test', PASSWORD)
    expect((await bare.api.rest('GET', '/audit-log', { token })).status).toBe(200)
    expect((await bare.api.rest('POST', '/audit-log', { token, body: { action: 'create' } })).status).toBe(403)
    await createUser(bare, 'editor@example.test', { role: 'editor' })
    const editor = await bare.api.login('editor@example.test', PASSWORD)
    expect((await bare.api.rest('GET', '/audit-log', { token: editor })).status).toBe(403)
  })

  it('labels the log in English and Vietnamese, and shows collections with its own cell component', () => {
    const log = bare.payload.collections['audit-log' as 'users'].config
    expect(log.labels.singular).toEqual({ en: 'Audit log', vi: 'Nhật ký hệ thống' })
    const collection = log.fields.find((f) => 'name' in f && f.name === 'collection')
    expect(collection?.admin?.components).toEqual({
      Cell: '@haugiang/payload-plugin-audit-trail/client#CollectionCell',
    })
  })

  it('enabled: false keeps the schema (the log collection) and logs nothing', async () => {
    const off = await auditTrailConfig('postgres://unused/none', false)
    expect(await schemaOf(off)).toEqual(await schemaOf(auditTrailConfig('postgres://unused/none')))
    const notes = collectionOf(off, 'notes')
    expect([...(notes.hooks.afterChange ?? []), ...(notes.hooks.afterDelete ?? [])]).toHaveLength(0)
  })
})
