import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, loadPeople, shutdownPayload, type TestContext, type TestUser as User } from '../helpers/payload'
import { paragraphOf, textNode } from '../helpers/lexical'
import { moveArticle, uploadMedia } from '../helpers/website'

/**
 * The website section of the access policy: the public sees published content only, never drafts,
 * versions, reviewer notes or reviewer names, through REST, GraphQL, where, sort and depth; bad
 * input (scripts, unsafe links, SVG, executables) is refused with a Vietnamese message.
 */
let t: TestContext
let payload: Payload
const u: Record<string, User> = {}
const ids = { published: 0, draftOnly: 0, studentImage: 0, plainImage: 0 }
const REVIEWER_NOTE = 'Ghi chú bí mật của người duyệt'
const DRAFT_TITLE = 'Bản nháp chưa duyệt không được lộ'

const link = (url: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, linkType: 'custom', newTab: false },
  children: [textNode('bấm vào đây')],
})

const move = (user: User, id: number, reviewStage: string, reviewNotes?: string) =>
  moveArticle(payload, user, id, reviewStage, reviewNotes)

const image = (format: 'jpeg' | 'png') =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: '#2a6f97' } })
    .withExif({ IFD0: { Artist: 'Nguoi chup', Copyright: 'GPS 10.75N 106.63E' } })
    .toFormat(format)
    .toBuffer()

const upload = (user: User, data: Buffer, name: string, mimetype: string, extra: Record<string, unknown> = {}) =>
  uploadMedia(payload, user, { data, name, mimetype }, { alt: 'Ảnh thử', ...extra })

const errorText = (body: unknown) => JSON.stringify(body)

/** Who acts in this file, by e-mail. */
const PEOPLE = [
  'gv.toan@haugiang.test',
  'gv.van@haugiang.test',
  'totruong.toan@haugiang.test',
  'pht.chuyenmon@haugiang.test',
  'web@haugiang.test',
]

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  await loadPeople(t, PEOPLE, u)
  const teacher = u['gv.toan']!
  const doc = await payload.create({
    collection: 'articles',
    data: { title: 'Bài đã đăng công khai', content: paragraphOf(textNode('Nội dung công khai.')) } as never,
    draft: true,
    user: teacher,
    overrideAccess: false,
  })
  ids.published = doc.id
  await move(teacher, doc.id, 'department-review')
  await move(u['totruong.toan']!, doc.id, 'board-review')
  await move(u['pht.chuyenmon']!, doc.id, 'changes-requested', REVIEWER_NOTE)
  await move(teacher, doc.id, 'department-review')
  await move(u['totruong.toan']!, doc.id, 'board-review')
  await move(u['pht.chuyenmon']!, doc.id, 'approved')
  await payload.update({
    collection: 'articles',
    id: doc.id,
    data: { _status: 'published' },
    user: u.web!,
    overrideAccess: false,
  })
  // a pending edit of the published article
  await payload.update({
    collection: 'articles',
    id: doc.id,
    data: { title: DRAFT_TITLE } as never,
    draft: true,
    user: teacher,
    overrideAccess: false,
  })

  const draft = await payload.create({
    collection: 'articles',
    data: { title: `${DRAFT_TITLE} (2)` } as never,
    draft: true,
    user: teacher,
    overrideAccess: false,
  })
  ids.draftOnly = draft.id

  const student = (await payload.find({ collection: 'students', limit: 1, depth: 0 })).docs[0]!
  ids.studentImage = (
    await upload(teacher, await image('jpeg'), 'lop-7a1.jpg', 'image/jpeg', { students: [student.id] })
  ).id
  ids.plainImage = (await upload(teacher, await image('png'), 'san-truong.png', 'image/png')).id
})
afterAll(() => shutdownPayload(t))

describe('the public sees published articles only', () => {
  it('REST lists and reads only the live version, without review fields', async () => {
    const list = await t.api.rest('GET', '/articles', { query: { limit: 100, depth: 2 } })
    expect(list.status).toBe(200)
    const titles = list.body.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('Bài đã đăng công khai')
    const raw = errorText(list.body)
    expect(raw).not.toContain(DRAFT_TITLE)
    expect(raw).not.toContain(REVIEWER_NOTE)
    expect(raw).not.toContain('Trần Thị Thu Hà')
    for (const doc of list.body.docs) {
      expect(doc.reviewNotes).toBeUndefined()
      // a field the reader may not see comes back absent (arrays as an empty list)
      expect(doc.reviewHistory ?? []).toEqual([])
      expect(doc.assignee).toBeUndefined()
      expect(typeof doc.author === 'object' && doc.author !== null ? doc.author.fullName : undefined).toBeUndefined()
    }

    const asDraft = await t.api.rest('GET', '/articles', { query: { draft: 'true', limit: 100 } })
    expect(errorText(asDraft.body)).not.toContain(DRAFT_TITLE)
    const one = await t.api.rest('GET', `/articles/${ids.published}`, { query: { draft: 'true', depth: 2 } })
    expect(one.body.title).toBe('Bài đã đăng công khai')
    expect(errorText(one.body)).not.toContain(REVIEWER_NOTE)

    const hidden = await t.api.rest('GET', `/articles/${ids.draftOnly}`, { query: { draft: 'true' } })
    expect([403, 404]).toContain(hidden.status)
  })

  it('versions are closed to the public', async () => {
    const versions = await t.api.rest('GET', '/articles/versions', { query: { limit: 100 } })
    expect(versions.status).toBe(403)
    const someVersion = (await payload.findVersions({ collection: 'articles', limit: 1 })).docs[0]!
    const one = await t.api.rest('GET', `/articles/versions/${someVersion.id}`)
    expect(one.status).toBe(403)
    const gql = await t.api.graphql(`{ versionsArticles { docs { version { title reviewNotes } } } }`)
    expect(gql.body.data?.versionsArticles?.docs ?? []).toHaveLength(0)
    expect(errorText(gql.body)).not.toContain(REVIEWER_NOTE)
  })

  it('GraphQL gives neither drafts nor review fields', async () => {
    const gql = await t.api.graphql(
      `{ Articles(draft: true, limit: 100) { docs { id title reviewNotes reviewHistory { note by { fullName } } } } }`,
    )
    const raw = errorText(gql.body)
    expect(raw).not.toContain(DRAFT_TITLE)
    expect(raw).not.toContain(REVIEWER_NOTE)
    expect(raw).not.toContain('Trần Thị Thu Hà')
    const draft = await t.api.graphql(`{ Article(id: ${ids.draftOnly}, draft: true) { title } }`)
    expect(draft.body.data?.Article ?? null).toBeNull()
  })

  it('where and sort on reviewer notes and history reveal nothing', async () => {
    const probes = [
      { reviewNotes: { like: 'bí mật' } },
      { reviewNotes: { exists: true } },
      { 'reviewHistory.note': { like: 'bí mật' } },
      { 'reviewHistory.by': { equals: u['pht.chuyenmon']!.id } },
      { or: [{ reviewNotes: { like: 'bí mật' } }] },
      { AnD: [{ reviewNotes: { like: 'bí mật' } }] },
    ]
    for (const where of probes) {
      const res = await t.api.rest('GET', '/articles', { query: { where } })
      expect(res.status).not.toBe(500)
      expect(res.body.docs ?? [], JSON.stringify(where)).toHaveLength(0)
    }
    const asc = await t.api.rest('GET', '/articles', { query: { sort: 'reviewNotes' } })
    expect(asc.status).not.toBe(500)
    expect(errorText(asc.body)).not.toContain(REVIEWER_NOTE)
  })

  it('staff see drafts only as authors or reviewers', async () => {
    const other = await payload.find({
      collection: 'articles',
      draft: true,
      where: { id: { equals: ids.draftOnly } },
      user: u['gv.van']!,
      overrideAccess: false,
    })
    expect(other.totalDocs).toBe(0)
    for (const reviewer of ['gv.toan', 'totruong.toan', 'pht.chuyenmon', 'web']) {
      const seen = await payload.find({
        collection: 'articles',
        draft: true,
        where: { id: { equals: ids.draftOnly } },
        user: u[reviewer]!,
        overrideAccess: false,
      })
      expect(seen.totalDocs, reviewer).toBe(1)
    }
    const othersVersions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: ids.draftOnly } },
      user: u['gv.van']!,
      overrideAccess: false,
    })
    expect(othersVersions.totalDocs).toBe(0)
  })
})

describe('announcements, pages, media', () => {
  it('only the website administrator and leadership post announcements; the public sees published ones', async () => {
    const teacher = await t.api.login('gv.toan@haugiang.test')
    const body = { title: 'Lịch kiểm tra giữa kỳ', kind: 'test-schedule', validFrom: '2026-10-01' }
    expect((await t.api.rest('POST', '/announcements', { token: teacher, body })).status).toBe(403)
    const web = await t.api.login('web@haugiang.test')
    const draft = await t.api.rest('POST', '/announcements', {
      token: web,
      body: { ...body, title: 'Thông báo nháp' },
      query: { draft: 'true' },
    })
    expect(draft.status).toBe(201)
    const live = await t.api.rest('POST', '/announcements', { token: web, body: { ...body, _status: 'published' } })
    expect(live.status).toBe(201)
    const publicList = await t.api.rest('GET', '/announcements', { query: { draft: 'true' } })
    const titles = publicList.body.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('Lịch kiểm tra giữa kỳ')
    expect(titles).not.toContain('Thông báo nháp')
  })

  it('the public cannot read media showing students, nor a file no published content uses', async () => {
    const list = await t.api.rest('GET', '/media', { query: { limit: 100 } })
    const found = list.body.docs.map((d: { id: number }) => d.id)
    // an upload is public only once published content uses it (tests/int/media-access.test.ts)
    expect(found).not.toContain(ids.plainImage)
    expect(found).not.toContain(ids.studentImage)
    expect(errorText(list.body)).not.toContain('"students"')
    expect([403, 404]).toContain((await t.api.rest('GET', `/media/${ids.studentImage}`)).status)
    const stored = await payload.findByID({ collection: 'media', id: ids.studentImage, overrideAccess: true })
    const file = await t.api.rest('GET', `/media/file/${stored.filename}`)
    expect([403, 404]).toContain(file.status)
    const plain = await payload.findByID({ collection: 'media', id: ids.plainImage, overrideAccess: true })
    expect([403, 404]).toContain((await t.api.rest('GET', `/media/file/${plain.filename}`)).status)
  })

  it('strips EXIF from uploads and makes WebP sizes', async () => {
    const doc = await payload.findByID({ collection: 'media', id: ids.plainImage, overrideAccess: true })
    const stored = await sharp(path.resolve('media', doc.filename!)).metadata()
    expect(stored.exif).toBeUndefined()
    expect(doc.sizes?.card?.mimeType).toBe('image/webp')
    expect(doc.sizes?.thumbnail?.filename).toMatch(/\.webp$/)
  })
})

describe('bad input is refused with a Vietnamese message, nothing written', () => {
  const count = async (collection: 'articles' | 'media' | 'announcements') =>
    (await payload.count({ collection })).totalDocs

  it('an SVG or an executable renamed .jpg', async () => {
    const before = await count('media')
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200, 0)])
    for (const [data, name, type] of [
      [svg, 'anh.svg', 'image/svg+xml'],
      [svg, 'anh.jpg', 'image/jpeg'],
      [exe, 'anh.jpg', 'image/jpeg'],
      [elf, 'tai-lieu.pdf', 'application/pdf'],
    ] as const) {
      const error = await upload(u['gv.toan']!, data, name, type).then(
        () => null,
        (e: { data?: { errors?: Array<{ message: string }> } }) => e,
      )
      expect(error, name).not.toBeNull()
      expect(errorText(error?.data)).toMatch(/Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF|không hợp lệ|không được phép/)
    }
    expect(await count('media')).toBe(before)
  })

  it('a javascript: link or a script in rich text, a title or a URL field', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const before = await count('articles')
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      const res = await t.api.rest('POST', '/articles', {
        token,
        query: { draft: 'true' },
        body: { title: 'Liên kết độc', content: paragraphOf(link(url)) },
      })
      expect(res.status, url).toBe(400)
      expect(errorText(res.body)).toContain('liên kết không an toàn')
    }
    const script = await t.api.rest('POST', '/articles', {
      token,
      query: { draft: 'true' },
      body: { title: 'Có script', content: paragraphOf(textNode('<script>alert(1)</script>')) },
    })
    expect(script.status).toBe(400)
    expect(errorText(script.body)).toContain('không được chứa mã script')
    const title = await t.api.rest('POST', '/articles', {
      token,
      query: { draft: 'true' },
      body: { title: '<img src=x onerror=alert(1)>' },
    })
    expect(title.status).toBe(400)
    expect(await count('articles')).toBe(before)

    const ok = await t.api.rest('POST', '/articles', {
      token,
      query: { draft: 'true' },
      body: { title: 'Liên kết an toàn', content: paragraphOf(link('https://moet.gov.vn')) },
    })
    expect(ok.status).toBe(201)

    const web = await t.api.login('web@haugiang.test')
    const announcements = await count('announcements')
    const bad = await t.api.rest('POST', '/announcements', {
      token: web,
      body: { title: 'Link xấu', kind: 'notice', validFrom: '2026-10-01', link: 'javascript:alert(document.cookie)' },
    })
    expect(bad.status).toBe(400)
    expect(errorText(bad.body)).toContain('Đường dẫn không an toàn')
    expect(await count('announcements')).toBe(announcements)
  })

  it('an article showing students without recorded consent cannot be published (fails closed)', async () => {
    const teacher = u['gv.toan']!
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Ảnh lớp 7A1', coverImage: ids.studentImage } as never,
      draft: true,
      user: teacher,
      overrideAccess: false,
    })
    await move(teacher, doc.id, 'department-review')
    await move(u['totruong.toan']!, doc.id, 'board-review')
    await move(u['pht.chuyenmon']!, doc.id, 'approved')
    const web = await t.api.login('web@haugiang.test')
    const res = await t.api.rest('PATCH', `/articles/${doc.id}`, { token: web, body: { _status: 'published' } })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toContain('chưa có sự đồng ý công bố')
    expect((await payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: true }))._status).not.toBe(
      'published',
    )
  })
})

describe('the editorial board report', () => {
  it('is for the website administrator and the principal only', async () => {
    const teacher = await t.api.login('gv.toan@haugiang.test')
    expect((await t.api.rest('GET', '/articles/board-report', { token: teacher })).status).toBe(403)
    expect((await t.api.rest('GET', '/articles/board-report')).status).toBe(403)
    const web = await t.api.login('web@haugiang.test')
    const report = await t.api.rest('GET', '/articles/board-report', { token: web })
    expect(report.status).toBe(200)
    const month = new Date().toISOString().slice(0, 7)
    expect(report.body.perDepartmentMonth['Tổ Toán – Tin'][month]).toBeGreaterThanOrEqual(1)
    expect(report.body.perAuthorMonth['Võ Thị Ngọc Lan'][month]).toBeGreaterThanOrEqual(1)
    expect(report.body.waiting.draft).toBeGreaterThanOrEqual(1)
    expect(typeof report.body.averageDaysToPublish).toBe('number')
  })
})
