import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { approvalsConfig } from '../plugins/approvals.config'
import { type Bare, bootBare, collectionOf, createUser, PASSWORD, schemaOf } from '../plugins/bare'

let bare: Bare
let editor: Awaited<ReturnType<typeof createUser>>
let postId: number
beforeAll(async () => {
  bare = await bootBare('approvals', (url) => approvalsConfig(url))
  editor = await createUser(bare, 'editor@example.test', { role: 'editor' })
  await createUser(bare, 'reviewer@example.test', { role: 'reviewer' })
  postId = (await bare.local.create({ collection: 'posts', data: { title: 'Old title' } })).id
})
afterAll(() => bare?.close())

const ask = (newTitle: string) =>
  bare.local.create({
    collection: 'title-changes',
    data: { post: postId, newTitle, status: 'approved' },
    user: editor,
    overrideAccess: false,
    depth: 0,
  })

describe('approvals in a bare app', () => {
  it('files a request as pending, whatever status is sent', async () => {
    const request = await ask('Asked title')
    expect(request).toMatchObject({ status: 'pending', requestedBy: editor.id })
  })

  it('refuses a rejection without a note, in the caller language', async () => {
    const request = await ask('Another title')
    const token = await bare.api.login('reviewer@example.test', PASSWORD)
    const send = (language: string) =>
      bare.api.rest('PATCH', `/title-changes/${request.id}`, {
        token,
        body: { status: 'rejected' },
        headers: { 'Accept-Language': language },
      })
    const en = await send('en')
    expect(en.status).toBe(400)
    expect(JSON.stringify(en.body)).toContain('A note is required with the decision.')
    expect(JSON.stringify((await send('vi')).body)).toContain('Cần ghi chú khi quyết định.')
  })

  it('applies an approved request in the decision, once, never by its requester', async () => {
    const request = await ask('New title')
    const own = bare.local.update({
      collection: 'title-changes',
      id: request.id,
      data: { status: 'approved', decidedBy: editor.id },
    })
    await expect(own).rejects.toThrow('You cannot decide your own request.')
    const token = await bare.api.login('reviewer@example.test', PASSWORD)
    const decided = await bare.api.rest('PATCH', `/title-changes/${request.id}`, {
      token,
      body: { status: 'approved' },
    })
    expect(decided.status).toBe(200)
    expect((await bare.local.findByID({ collection: 'posts', id: postId })).title).toBe('New title')
    const again = bare.local.update({ collection: 'title-changes', id: request.id, data: { status: 'rejected' } })
    await expect(again).rejects.toThrow('The request has already been decided; it cannot be changed.')
  })

  it('labels its fields in English and Vietnamese and uses its own decision control', () => {
    const { config } = bare.payload.collections['title-changes' as 'users']
    expect(config.admin.group).toEqual({ en: 'Approvals', vi: 'Phê duyệt' })
    const status = config.fields.find((f) => 'name' in f && f.name === 'status')
    expect(status?.admin?.components).toEqual({ Field: '@haugiang/payload-plugin-approvals/client#DecisionField' })
  })

  it('enabled: false keeps the schema (the request collection and its fields) without the rules', async () => {
    const off = await approvalsConfig('postgres://unused/none', false)
    expect(await schemaOf(off)).toEqual(await schemaOf(approvalsConfig('postgres://unused/none')))
    expect(collectionOf(off, 'title-changes').hooks.beforeChange ?? []).toHaveLength(0)
  })
})
