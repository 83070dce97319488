import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, type TestUser as User, userByEmail } from '../helpers/payload'
import { paragraphOf, textNode } from '../helpers/lexical'
import { moveArticle } from '../helpers/website'

/**
 * The editorial workflow through every door: each transition only for the roles configured, no
 * self-approval, and no publication before approval by REST, GraphQL, Local API, bulk update,
 * version restore or a scheduled job.
 */
let t: TestContext
let payload: Payload
const u: Record<string, User> = {}
const emails = {
  teacher: 'gv.toan@haugiang.test',
  otherTeacher: 'gv.van@haugiang.test',
  head: 'totruong.toan@haugiang.test',
  viceAcademic: 'pht.chuyenmon@haugiang.test',
  viceFacilities: 'pht.csvc@haugiang.test',
  principal: 'hieutruong@haugiang.test',
  web: 'web@haugiang.test',
  clerk: 'vanthu@haugiang.test',
}

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  for (const [key, email] of Object.entries(emails)) u[key] = await userByEmail(payload, email)
})
afterAll(() => shutdownPayload(t))

const paragraph = (text: string) => paragraphOf(textNode(text))

/** The live (published-or-not main) document, as stored. */
const live = (id: number) =>
  payload.findByID({ collection: 'articles', id, draft: false, depth: 0, overrideAccess: true })
/** The latest version, drafts included. */
const latest = (id: number) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })

const write = (user: User, title = 'Bài thử nghiệm quy trình') =>
  payload.create({
    collection: 'articles',
    data: { title, excerpt: 'Tóm tắt', content: paragraph('Nội dung bài viết.') } as never,
    draft: true,
    user,
    overrideAccess: false,
  })

const move = (user: User, id: number, reviewStage: string, reviewNotes?: string) =>
  moveArticle(payload, user, id, reviewStage, reviewNotes)

/** Publishes or unpublishes as that person, with their access. */
const setStatus = (user: User, id: number, _status: 'published' | 'draft') =>
  payload.update({ collection: 'articles', id, data: { _status }, user, overrideAccess: false })

const refused = async (promise: Promise<unknown>, message?: RegExp) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { message?: string; data?: { errors?: Array<{ message: string }> }; status?: number },
  )
  expect(error, 'expected the operation to be refused').not.toBeNull()
  if (message) {
    const text = [error?.message, ...(error?.data?.errors?.map((e) => e.message) ?? [])].join(' ')
    expect(text).toMatch(message)
  }
  return error
}

/** An article moved through the workflow to the given stage by the right people. */
const articleAt = async (stage: 'draft' | 'department-review' | 'board-review' | 'approved', title?: string) => {
  const doc = await write(u.teacher!, title)
  if (stage === 'draft') return doc.id
  await move(u.teacher!, doc.id, 'department-review')
  if (stage === 'department-review') return doc.id
  await move(u.head!, doc.id, 'board-review')
  if (stage === 'board-review') return doc.id
  await move(u.viceAcademic!, doc.id, 'approved')
  return doc.id
}

describe('writing and the transitions', () => {
  it('any staff member writes a draft; author and department are set by the system, not the request', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Tự đặt tác giả', author: u.principal!.id, reviewStage: 'approved' } as never,
      draft: true,
      user: u.teacher!,
      overrideAccess: false,
    })
    const stored = await latest(doc.id)
    expect(stored.author).toBe(u.teacher!.id)
    expect(stored.reviewStage).toBe('draft')
    expect(stored.department).toBe(u.teacher!.department)
    expect(stored.reviewHistory?.[0]?.event).toBe('create')
  })

  it('walks draft → department review → board review → approved → published, each step by its role', async () => {
    const id = (await write(u.teacher!, 'Hội thi giáo viên dạy giỏi')).id

    // the author cannot skip the department head
    await refused(move(u.teacher!, id, 'board-review'), /không cho phép/)
    await refused(move(u.teacher!, id, 'approved'), /không cho phép/)
    expect((await latest(id)).reviewStage).toBe('draft')

    // only the author sends it for review
    await refused(move(u.head!, id, 'department-review'), /không có quyền/)
    await move(u.teacher!, id, 'department-review')

    // the head of another department, a teacher, the facilities vice principal cannot forward it
    const otherHead = await userByEmail(payload, 'totruong.xahoi@haugiang.test')
    await refused(move(otherHead, id, 'board-review'))
    await refused(move(u.otherTeacher!, id, 'board-review'))
    await refused(move(u.teacher!, id, 'board-review'), /tự duyệt|không có quyền/)
    await move(u.head!, id, 'board-review')

    // the department head is not on the board
    await refused(move(u.head!, id, 'approved'), /không có quyền/)
    await refused(move(u.web!, id, 'approved'), /không có quyền/)
    await move(u.viceFacilities!, id, 'approved')

    const approved = await latest(id)
    expect(approved.reviewStage).toBe('approved')
    expect(approved.reviewHistory?.map((h) => [h.event, h.to])).toEqual([
      ['create', 'draft'],
      ['transition', 'department-review'],
      ['transition', 'board-review'],
      ['transition', 'approved'],
    ])
    expect(approved.reviewHistory?.[3]?.by).toBe(u.viceFacilities!.id)

    // only the website administrator or the principal publishes
    await refused(setStatus(u.viceAcademic!, id, 'published'), /không có quyền xuất bản/)
    await setStatus(u.web!, id, 'published')
    const published = await live(id)
    expect(published._status).toBe('published')
    expect(published.reviewHistory?.at(-1)?.event).toBe('publish')
  })

  it('sending back needs a note and returns the article to its author, who is notified', async () => {
    const id = await articleAt('board-review', 'Bài cần sửa')
    await refused(move(u.viceAcademic!, id, 'changes-requested'), /nhận xét/)
    await move(u.viceAcademic!, id, 'changes-requested', 'Cần thêm ảnh minh họa.')
    const doc = await latest(id)
    expect(doc.reviewStage).toBe('changes-requested')
    expect(doc.reviewHistory?.at(-1)?.note).toBe('Cần thêm ảnh minh họa.')

    const notices = await payload.find({
      collection: 'workflow-notifications',
      where: { and: [{ documentId: { equals: String(id) } }, { toStage: { equals: 'changes-requested' } }] },
      user: u.teacher!,
      overrideAccess: false,
    })
    expect(notices.totalDocs).toBe(1)
    // nobody else reads the author's notifications
    const others = await payload.find({
      collection: 'workflow-notifications',
      where: { documentId: { equals: String(id) } },
      user: u.otherTeacher!,
      overrideAccess: false,
    })
    expect(others.totalDocs).toBe(0)

    // the author corrects and sends it again
    await move(u.teacher!, id, 'department-review')
    expect((await latest(id)).reviewStage).toBe('department-review')
  })

  it('notifies the department head when an article is sent for review', async () => {
    const id = await articleAt('department-review', 'Bài gửi tổ')
    const notices = await payload.find({
      collection: 'workflow-notifications',
      where: { documentId: { equals: String(id) } },
      user: u.head!,
      overrideAccess: false,
    })
    expect(notices.docs.map((n) => n.toStage)).toEqual(['department-review'])
    const viaRest = await t.api.rest('POST', '/workflow-notifications', {
      token: await t.api.login(emails.teacher),
      body: { recipient: u.head!.id, message: 'giả mạo' },
    })
    expect(viaRest.status).toBe(403)
  })

  it('nobody approves an article they wrote, even as a board member', async () => {
    const own = await payload.create({
      collection: 'articles',
      data: { title: 'Bài của phó hiệu trưởng' } as never,
      draft: true,
      user: u.viceAcademic!,
      overrideAccess: false,
    })
    await move(u.viceAcademic!, own.id, 'department-review')
    await refused(move(u.viceAcademic!, own.id, 'board-review'), /tự duyệt|không có quyền/)
    await move(u.principal!, own.id, 'board-review')
    await refused(move(u.viceAcademic!, own.id, 'approved'), /tự duyệt/)
    const token = await t.api.login(emails.viceAcademic)
    const rest = await t.api.rest('PATCH', `/articles/${own.id}`, {
      token,
      query: { draft: 'true' },
      body: { reviewStage: 'approved' },
    })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toContain('Tác giả không được tự duyệt')
    expect((await latest(own.id)).reviewStage).toBe('board-review')
    await move(u.principal!, own.id, 'approved')
    expect((await latest(own.id)).reviewStage).toBe('approved')
  })
})

describe('a teacher cannot publish', () => {
  for (const stage of ['draft', 'department-review', 'board-review', 'approved'] as const) {
    it(`by REST, GraphQL or bulk update at stage ${stage}`, async () => {
      const id = await articleAt(stage, `Không được xuất bản (${stage})`)
      const token = await t.api.login(emails.teacher)

      const patch = await t.api.rest('PATCH', `/articles/${id}`, { token, body: { _status: 'published' } })
      expect(patch.status).toBeGreaterThanOrEqual(400)
      const patchAll = await t.api.rest('PATCH', `/articles/${id}`, {
        token,
        body: { _status: 'published', reviewStage: 'approved' },
      })
      expect(patchAll.status).toBeGreaterThanOrEqual(400)

      const gql = await t.api.graphql(
        `mutation { updateArticle(id: ${id}, data: { _status: published }) { id _status } }`,
        { token },
      )
      expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0)

      const bulk = await t.api.rest('PATCH', '/articles', {
        token,
        query: { where: { id: { equals: id } } },
        body: { _status: 'published' },
      })
      expect(bulk.body.docs ?? []).toHaveLength(0)

      await refused(setStatus(u.teacher!, id, 'published'))
      await refused(
        payload
          .update({
            collection: 'articles',
            where: { id: { equals: id } },
            data: { _status: 'published' },
            user: u.teacher!,
            overrideAccess: false,
          })
          .then((r) => {
            if (r.errors.length > 0) throw new Error(r.errors[0]!.message)
            return r
          }),
      )

      expect((await live(id))._status).not.toBe('published')
      const publishedVersions = await payload.countVersions({
        collection: 'articles',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      })
      expect(publishedVersions.totalDocs).toBe(0)
    })
  }

  it('the website administrator cannot publish before approval either, by any door', async () => {
    const id = await articleAt('board-review', 'Chưa duyệt')
    const token = await t.api.login(emails.web)
    const patch = await t.api.rest('PATCH', `/articles/${id}`, { token, body: { _status: 'published' } })
    expect(patch.status).toBe(400)
    expect(JSON.stringify(patch.body)).toContain('Chỉ được xuất bản bài đã ở bước')
    const gql = await t.api.graphql(`mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }`, {
      token,
    })
    expect(JSON.stringify(gql.body.errors)).toContain('Chỉ được xuất bản')
    const created = await t.api.rest('POST', '/articles', {
      token,
      body: { title: 'Đăng thẳng', _status: 'published' },
    })
    expect(created.status).toBe(400)
    expect((await live(id))._status).not.toBe('published')
  })

  it('by scheduling: the job publishes only an approved article, and only as a publisher', async () => {
    const notApproved = await articleAt('board-review', 'Lên lịch sớm')
    const approved = await articleAt('approved', 'Lên lịch khi đã duyệt')
    const queue = (id: number, user: User) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'articles', value: String(id) },
          user: { relationTo: 'users', value: user.id },
        },
        waitUntil: new Date(Date.now() - 1000),
      } as never)
    await queue(notApproved, u.web!)
    await queue(approved, u.teacher!)
    await payload.jobs.run({ limit: 10 })
    expect((await live(notApproved))._status).not.toBe('published')
    expect((await live(approved))._status).not.toBe('published')

    await queue(approved, u.web!)
    await payload.jobs.run({ limit: 10 })
    expect((await live(approved))._status).toBe('published')
  })

  it('by restoring a published version: the restore comes back as a draft for review', async () => {
    const id = await articleAt('approved', 'Bản gốc đã đăng')
    await setStatus(u.web!, id, 'published')
    const publishedVersion = (
      await payload.findVersions({
        collection: 'articles',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
        sort: '-updatedAt',
        limit: 1,
      })
    ).docs[0]!
    // the website administrator unpublishes; the teacher then tries to bring the published version back
    await setStatus(u.web!, id, 'draft')
    expect((await live(id))._status).toBe('draft')

    const token = await t.api.login(emails.teacher)
    const restore = await t.api.rest('POST', `/articles/versions/${publishedVersion.id}`, { token })
    expect(restore.status === 200 ? restore.body.doc?._status : 'refused').not.toBe('published')
    await refused(
      payload
        .restoreVersion({ collection: 'articles', id: publishedVersion.id, user: u.teacher!, overrideAccess: false })
        .then((doc) => {
          if (doc._status === 'published') throw new Error('published by restore')
          return Promise.reject(new Error('restored as draft'))
        }),
    )
    expect((await live(id))._status).not.toBe('published')
    expect((await latest(id)).reviewStage).toBe('draft')
  })
})

describe('editing a published article', () => {
  it('creates a new draft that goes through review while the published version stays live', async () => {
    const id = await articleAt('approved', 'Tiêu đề đã đăng')
    await setStatus(u.web!, id, 'published')

    await payload.update({
      collection: 'articles',
      id,
      data: { title: 'Tiêu đề sửa sau khi đăng' } as never,
      draft: true,
      user: u.teacher!,
      overrideAccess: false,
    })
    const draft = await latest(id)
    expect(draft.title).toBe('Tiêu đề sửa sau khi đăng')
    expect(draft.reviewStage).toBe('draft')
    expect(draft.reviewHistory?.at(-1)?.event).toBe('reset')

    const stillLive = await payload.findByID({ collection: 'articles', id, overrideAccess: false })
    expect(stillLive.title).toBe('Tiêu đề đã đăng')
    expect(stillLive._status).toBe('published')

    // the edit cannot go live without review, not even by the website administrator
    await refused(setStatus(u.web!, id, 'published'), /Chỉ được xuất bản/)
    // nor by writing the live document directly
    const token = await t.api.login(emails.teacher)
    const direct = await t.api.rest('PATCH', `/articles/${id}`, { token, body: { title: 'Sửa thẳng bản đang đăng' } })
    expect(direct.status).toBeGreaterThanOrEqual(400)
    expect((await live(id)).title).toBe('Tiêu đề đã đăng')

    // an approved article edited after approval returns to the author's draft
    const web = await t.api.login(emails.web)
    const sneaky = await t.api.rest('PATCH', `/articles/${id}`, {
      token: web,
      body: { title: 'Sửa lúc xuất bản', _status: 'published' },
    })
    expect(sneaky.status).toBe(400)
    expect((await live(id)).title).toBe('Tiêu đề đã đăng')

    await move(u.teacher!, id, 'department-review')
    await move(u.head!, id, 'board-review')
    await move(u.principal!, id, 'approved')
    await setStatus(u.principal!, id, 'published')
    expect((await live(id)).title).toBe('Tiêu đề sửa sau khi đăng')
  })

  it('only a publisher unpublishes', async () => {
    const id = await articleAt('approved', 'Bài sẽ gỡ')
    await setStatus(u.web!, id, 'published')
    const token = await t.api.login(emails.teacher)
    const attempt = await t.api.rest('PATCH', `/articles/${id}`, { token, body: { _status: 'draft' } })
    expect(attempt.status).toBeGreaterThanOrEqual(400)
    expect((await live(id))._status).toBe('published')
    await setStatus(u.web!, id, 'draft')
    expect((await live(id))._status).toBe('draft')
  })
})

describe('the review endpoint behind the admin buttons (REST)', () => {
  type Workflow = { stage: { value: string }; transitions: Array<{ to: string }>; mayPublish: boolean }
  const workflowOf = async (id: number, email?: string) => {
    const token = email ? await t.api.login(email) : undefined
    return t.api.rest('GET', `/articles/${id}/workflow`, { token })
  }
  const transition = async (id: number, email: string, body: unknown) =>
    t.api.rest('POST', `/articles/${id}/workflow`, { token: await t.api.login(email), body })
  const targets = (body: unknown) => (body as Workflow).transitions.map((x) => x.to).sort()

  it('offers each user only the transitions the rules allow them, and makes them as that user', async () => {
    const id = await articleAt('draft', 'Bài qua nút duyệt')
    expect((await workflowOf(id)).status).toBe(401)

    const forAuthor = await workflowOf(id, emails.teacher)
    expect(forAuthor.status).toBe(200)
    expect(targets(forAuthor.body)).toEqual(['department-review'])
    expect((forAuthor.body as Workflow).mayPublish).toBe(false)
    // the head may not send someone else's draft
    expect(targets((await workflowOf(id, emails.head)).body)).toEqual([])

    // a stage the rules do not allow from here, and one that does not exist: refused, nothing changes
    const skip = await transition(id, emails.teacher, { to: 'approved' })
    expect(skip.status).toBe(400)
    expect(JSON.stringify(skip.body)).toMatch(/không cho phép/)
    expect((await transition(id, emails.teacher, { to: 'xuat-ban-ngay' })).status).toBe(400)
    expect((await transition(id, emails.teacher, {})).status).toBe(400)
    expect((await latest(id)).reviewStage).toBe('draft')

    expect((await transition(id, emails.teacher, { to: 'department-review' })).status).toBe(200)
    expect(targets((await workflowOf(id, emails.teacher)).body)).toEqual([])
    expect(targets((await workflowOf(id, emails.head)).body)).toEqual(['board-review', 'changes-requested'])

    // sending it back needs a note; the note is kept for the author
    expect((await transition(id, emails.head, { to: 'changes-requested' })).status).toBe(400)
    expect((await transition(id, emails.head, { to: 'changes-requested', note: 'Bổ sung ảnh minh hoạ.' })).status).toBe(
      200,
    )
    expect((await latest(id)).reviewNotes).toBe('Bổ sung ảnh minh hoạ.')
  })

  it('lets the publisher publish only an approved article, and never shows the endpoint to the public', async () => {
    const id = await articleAt('approved', 'Bài đã duyệt qua nút')
    expect((await workflowOf(id, emails.web)).body).toMatchObject({ stage: { value: 'approved' }, mayPublish: true })
    expect((await workflowOf(id, emails.teacher)).body).toMatchObject({ mayPublish: false })
    const draftId = await articleAt('board-review', `Bài đang chờ ban biên tập ${Date.now()}`)
    expect((await workflowOf(draftId, emails.web)).body).toMatchObject({ mayPublish: false })
    // someone who may not read the draft learns nothing about it
    expect((await workflowOf(draftId)).status).toBe(401)
  })
})

describe('content is frozen during department and board review (issue 10, finding 5)', () => {
  const history = async (id: number) => (await latest(id)).reviewHistory ?? []

  it('the author editing at department review (REST, as the attacker did) sends it back to draft, history kept', async () => {
    const id = await articleAt('department-review', `Bài đang thẩm định ${Date.now()}`)
    const token = await t.api.login(emails.teacher)
    const res = await t.api.rest('PATCH', `/articles/${id}`, {
      token,
      query: { draft: 'true' },
      body: { title: 'Sửa khi đang thẩm định', content: paragraph('Nội dung khác hẳn.') },
    })
    expect(res.status).toBe(200)
    const doc = await latest(id)
    expect(doc.title).toBe('Sửa khi đang thẩm định')
    expect(doc.reviewStage).toBe('draft')
    const events = await history(id)
    expect(events.map((e) => e.event)).toEqual(['create', 'transition', 'reset'])
    expect(events.at(-1)).toMatchObject({ from: 'department-review', to: 'draft' })
    expect(events.at(-1)?.note).toMatch(/Tổ chuyên môn thẩm định/)
    // the head can no longer pass on text they did not check
    await refused(move(u.head!, id, 'board-review'), /không cho phép/)
  })

  it('the department head editing at board review (GraphQL) sends it back to draft', async () => {
    const id = await articleAt('board-review', `Bài đang chờ ban biên tập ${Date.now()}`)
    const token = await t.api.login(emails.head)
    const res = await t.api.graphql(
      `mutation { updateArticle(id: ${id}, draft: true, data: { excerpt: "Tóm tắt sửa lén" }) { id reviewStage } }`,
      { token },
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.updateArticle.reviewStage).toBe('draft')
    expect((await latest(id)).reviewStage).toBe('draft')
    // the board cannot approve it now
    await refused(move(u.viceAcademic!, id, 'approved'), /không cho phép/)
  })

  it('anyone, by the Local API or a bulk update: an edit leaves review; an edit with a stage change is refused', async () => {
    const id = await articleAt('board-review', `Bài duyệt hàng loạt ${Date.now()}`)
    await refused(
      payload.update({
        collection: 'articles',
        id,
        data: { reviewStage: 'approved', title: 'Duyệt kèm sửa' } as never,
        draft: true,
        user: u.viceAcademic!,
        overrideAccess: false,
      }),
      /không được sửa nội dung khi chuyển bước/,
    )
    expect((await latest(id)).reviewStage).toBe('board-review')
    const token = await t.api.login(emails.principal)
    const bulk = await t.api.rest('PATCH', '/articles', {
      token,
      query: { draft: 'true', where: { id: { equals: id } } },
      body: { excerpt: 'Sửa hàng loạt' },
    })
    expect(bulk.status).toBe(200)
    expect((await latest(id)).reviewStage).toBe('draft')
    // a stage change alone still works (nothing frozen about the review itself)
    const other = await articleAt('board-review', `Bài chỉ chuyển bước ${Date.now()}`)
    await move(u.viceAcademic!, other, 'approved')
    expect((await latest(other)).reviewStage).toBe('approved')
  })
})
