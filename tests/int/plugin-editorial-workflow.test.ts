import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Bare, bootBare, collectionOf, createUser, PASSWORD, schemaOf } from '../plugins/bare'
import { editorialWorkflowConfig } from '../plugins/editorial-workflow.config'

let bare: Bare
let editor: Awaited<ReturnType<typeof createUser>>
let reviewer: Awaited<ReturnType<typeof createUser>>
beforeAll(async () => {
  bare = await bootBare('editorial-workflow', (url) => editorialWorkflowConfig(url))
  editor = await createUser(bare, 'editor@example.test', { role: 'editor' })
  reviewer = await createUser(bare, 'reviewer@example.test', { role: 'reviewer' })
})
afterAll(() => bare?.close())

const move = (token: string, id: number, to: string, language = 'en') =>
  bare.api.rest('POST', `/posts/${id}/workflow`, { token, body: { to }, headers: { 'Accept-Language': language } })

describe('editorial-workflow in a bare app', () => {
  it('moves a post through the stages, never approved by its author, published only when approved', async () => {
    const post = await bare.local.create({
      collection: 'posts',
      data: { title: 'Hello' },
      draft: true,
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(post).toMatchObject({ workflowStage: 'draft', author: editor.id })
    const editorToken = await bare.api.login('editor@example.test', PASSWORD)
    const early = await bare.local
      .update({ collection: 'posts', id: post.id, data: { _status: 'published' } })
      .catch((error: { data?: { errors?: Array<{ message: string }> } }) => error.data?.errors?.[0]?.message)
    expect(early).toBe('Only documents at stage "Approved" can be published; this one is at "Draft".')

    const sent = await move(editorToken, post.id, 'review')
    expect(sent.body.stage).toEqual({ value: 'review', label: 'Review' })
    const own = await move(editorToken, post.id, 'approved', 'vi')
    expect(own.status).toBe(400)
    expect(own.body.errors[0].message).toBe('Tác giả không được tự duyệt bài của chính mình.')

    const reviewerToken = await bare.api.login('reviewer@example.test', PASSWORD)
    const allowed = await bare.api.rest('GET', `/posts/${post.id}/workflow`, { token: reviewerToken })
    expect(allowed.body.transitions.map((t: { to: string }) => t.to)).toEqual(['approved', 'draft'])
    expect((await move(reviewerToken, post.id, 'approved')).status).toBe(200)
    const published = await bare.local.update({
      collection: 'posts',
      id: post.id,
      data: { _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    expect(published.workflowHistory.map((e: { event: string }) => e.event)).toEqual([
      'create',
      'transition',
      'transition',
      'publish',
    ])
  })

  it('notifies the next reviewers in the config fallback language', async () => {
    const { docs } = await bare.local.find({
      collection: 'workflow-notifications',
      where: { recipient: { equals: reviewer.id } },
    })
    expect(docs.map((n) => n.message)).toEqual(['"Hello" moved to "Review"'])
  })

  it('labels its fields in English and Vietnamese and uses its own admin components', () => {
    const { config } = bare.payload.collections['posts' as 'users']
    const stage = config.fields.find((f) => 'name' in f && f.name === 'workflowStage')
    expect((stage as { label?: unknown } | undefined)?.label).toEqual({ en: 'Review stage', vi: 'Bước duyệt' })
    expect(stage?.admin?.components).toEqual({
      Field: { path: '@haugiang/payload-plugin-editorial-workflow/client#WorkflowControl' },
    })
    const dashboard = bare.payload.config.admin.components.beforeDashboard ?? []
    expect(JSON.stringify(dashboard)).toContain('@haugiang/payload-plugin-editorial-workflow/rsc#ReviewNotifications')
  })

  it('enabled: false keeps the schema (fields and notifications) without guard, endpoints or components', async () => {
    const off = await editorialWorkflowConfig('postgres://unused/none', false)
    expect(await schemaOf(off)).toEqual(await schemaOf(editorialWorkflowConfig('postgres://unused/none')))
    const posts = collectionOf(off, 'posts')
    expect(posts.hooks.beforeChange ?? []).toHaveLength(0)
    expect((posts.endpoints || []).filter((e) => e.path.includes('workflow'))).toHaveLength(0)
    expect(off.admin.components.beforeDashboard ?? []).toHaveLength(0)
  })
})
