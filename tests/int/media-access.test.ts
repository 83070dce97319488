import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, loadPeople, shutdownPayload, type TestContext, type TestUser as User } from '../helpers/payload'
import { lexicalDoc } from '../helpers/lexical'
import { uploadMedia } from '../helpers/website'

/**
 * Media (issue 10, findings 1, 2 and 6): only the uploader (while nothing published uses the file),
 * the website administrator and the principal change, replace or delete a file and the students
 * tagged on it; a change of tags on a file in public use is re-checked against consent; a file is
 * public only while published content or a public, published document uses it.
 */
let t: TestContext
let payload: Payload
const u: Record<string, User> = {}
const tokens: Record<string, string> = {}
const ids = { photo: 0, tagged: 0, inPage: 0, announcement: 0, page: 0, consenting: 0, refusing: 0 }
const filenames: Record<number, { file: string; thumbnail: string }> = {}
const restoredConsent: Array<{ id: number; publicationConsent: unknown }> = []

const image = (background: string) =>
  sharp({ create: { width: 640, height: 400, channels: 3, background } })
    .jpeg()
    .toBuffer()

const upload = async (user: User, name: string, extra: Record<string, unknown> = {}) => {
  const data = await image('#3a7d44')
  const doc = await uploadMedia(
    payload,
    user,
    { data, name, mimetype: 'image/jpeg' },
    { alt: 'Ảnh hoạt động', ...extra },
  )
  filenames[doc.id] = { file: doc.filename!, thumbnail: doc.sizes!.thumbnail!.filename! }
  return doc.id
}

const uploadNode = (id: number) =>
  lexicalDoc({ type: 'upload', version: 3, format: '', relationTo: 'media', value: id, fields: null })

/** What an anonymous visitor gets for a file, through every door. */
const anonymous = async (id: number) => {
  const list = await t.api.rest('GET', '/media', { query: { where: { id: { equals: id } } } })
  const one = await t.api.rest('GET', `/media/${id}`)
  const file = await t.api.rest('GET', `/media/file/${filenames[id]!.file}`)
  const size = await t.api.rest('GET', `/media/file/${filenames[id]!.thumbnail}`)
  const gql = await t.api.graphql(`{ Media(id: ${id}) { id url } allMedia { docs { id } } }`)
  return {
    list: list.body.docs?.length ?? 0,
    one: one.status,
    file: file.status,
    size: size.status,
    graphql: Boolean(gql.body.data?.Media),
  }
}
const isPublic = async (id: number) =>
  expect(await anonymous(id)).toEqual({ list: 1, one: 200, file: 200, size: 200, graphql: true })
const isPrivate = async (id: number) => {
  const seen = await anonymous(id)
  expect(seen.list).toBe(0)
  expect([403, 404]).toContain(seen.one)
  expect([403, 404]).toContain(seen.file)
  expect([403, 404]).toContain(seen.size)
  expect(seen.graphql).toBe(false)
}

const stored = (id: number) => payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })

const publishAnnouncement = (attachments: number[], _status: 'published' | 'draft') =>
  payload.update({
    collection: 'announcements',
    id: ids.announcement,
    data: { attachments, _status },
    user: u.web!,
    overrideAccess: false,
  })

/** Who acts in this file, by e-mail. */
const PEOPLE = [
  'gv.toan@haugiang.test',
  'gv.van@haugiang.test',
  'web@haugiang.test',
  'hieutruong@haugiang.test',
  'admin@haugiang.test',
]

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  await loadPeople(t, PEOPLE, u, tokens)
  // two students: one whose guardian and self consent to publication, one without consent
  const students = (await payload.find({ collection: 'students', limit: 2, depth: 0, sort: 'id' })).docs
  for (const [student, consent] of [
    [students[0]!, { guardianConsent: true, studentConsent: true }],
    [students[1]!, { guardianConsent: false, studentConsent: false }],
  ] as const) {
    restoredConsent.push({ id: student.id, publicationConsent: student.publicationConsent })
    await payload.update({
      collection: 'students',
      id: student.id,
      data: { publicationConsent: consent } as never,
      overrideAccess: true,
    })
  }
  ids.consenting = students[0]!.id
  ids.refusing = students[1]!.id

  ids.photo = await upload(u['gv.toan']!, 'le-khai-giang.jpg')
  ids.tagged = await upload(u['gv.toan']!, 'lop-7a1.jpg', { students: [ids.refusing] })
  ids.inPage = await upload(u.web!, 'truong-hoc.jpg')
  ids.announcement = (
    await payload.create({
      collection: 'announcements',
      data: { title: 'Thông báo có tệp ảnh', kind: 'notice', validFrom: '2026-10-01' },
      draft: true,
      user: u.web!,
      overrideAccess: false,
    })
  ).id
})

afterAll(async () => {
  if (payload) {
    if (ids.announcement) await payload.delete({ collection: 'announcements', id: ids.announcement })
    if (ids.page) await payload.delete({ collection: 'pages', id: ids.page })
    for (const id of [ids.photo, ids.tagged, ids.inPage]) if (id) await payload.delete({ collection: 'media', id })
    for (const { id, publicationConsent } of restoredConsent) {
      await payload.update({ collection: 'students', id, data: { publicationConsent } as never, overrideAccess: true })
    }
  }
  await shutdownPayload(t)
})

describe('a file is public only while published content uses it (finding 6)', () => {
  it('a fresh upload is closed to anonymous visitors: REST, file URL, image size, GraphQL', async () => {
    await isPrivate(ids.photo)
    // staff still see the library
    expect((await t.api.rest('GET', `/media/${ids.photo}`, { token: tokens['gv.van'] })).status).toBe(200)
    expect((await stored(ids.photo)).uploadedBy).toBe(u['gv.toan']!.id)
  })

  it('a published announcement makes its attachment public; withdrawing it closes it again', async () => {
    await publishAnnouncement([ids.photo], 'draft')
    await isPrivate(ids.photo)
    await publishAnnouncement([ids.photo], 'published')
    await isPublic(ids.photo)
    await publishAnnouncement([ids.photo], 'draft')
    await isPrivate(ids.photo)
  })

  it('a draft of a published page does not change what the live page shows until it is published', async () => {
    ids.page = (
      await payload.create({
        collection: 'pages',
        data: { title: 'Giới thiệu trường (thử)', content: uploadNode(ids.inPage), _status: 'published' } as never,
        user: u.web!,
        overrideAccess: false,
      })
    ).id
    await isPublic(ids.inPage)
    await payload.update({
      collection: 'pages',
      id: ids.page,
      data: { content: uploadNode(ids.photo) } as never,
      draft: true,
      user: u.web!,
      overrideAccess: false,
    })
    // the live page still shows the first image; the draft's image is not public yet
    await isPublic(ids.inPage)
    await isPrivate(ids.photo)
    await payload.update({
      collection: 'pages',
      id: ids.page,
      data: { _status: 'published' },
      user: u.web!,
      overrideAccess: false,
    })
    await isPrivate(ids.inPage)
    await isPublic(ids.photo)
    await payload.delete({ collection: 'pages', id: ids.page, user: u.web!, overrideAccess: false })
    ids.page = 0
    await isPrivate(ids.photo)
  })

  it('the usage mark cannot be written by hand', async () => {
    const res = await t.api.rest('PATCH', `/media/${ids.photo}`, {
      token: tokens['gv.toan'],
      body: { publicUse: true },
    })
    expect(res.status).toBe(200)
    await isPrivate(ids.photo)
  })
})

describe('who changes a file (finding 1)', () => {
  it('another staff member cannot change the alt text, replace or delete it, by any door', async () => {
    const rest = await t.api.rest('PATCH', `/media/${ids.photo}`, { token: tokens['gv.van'], body: { alt: 'Bị sửa' } })
    expect(rest.status).toBe(403)
    const bulk = await t.api.rest('PATCH', '/media', {
      token: tokens['gv.van'],
      query: { where: { id: { equals: ids.photo } } },
      body: { alt: 'Bị sửa hàng loạt' },
    })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const gql = await t.api.graphql(`mutation { updateMedia(id: ${ids.photo}, data: { alt: "Bị sửa" }) { id } }`, {
      token: tokens['gv.van'],
    })
    expect(gql.body.errors?.[0]?.message).toBeTruthy()
    await expect(
      payload.update({
        collection: 'media',
        id: ids.photo,
        data: { alt: 'Bị sửa' },
        user: u['gv.van']!,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const data = await image('#aa0000')
    await expect(
      payload.update({
        collection: 'media',
        id: ids.photo,
        data: {},
        file: { data, name: 'thay-the.jpg', mimetype: 'image/jpeg', size: data.length },
        user: u['gv.van']!,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await t.api.rest('DELETE', `/media/${ids.photo}`, { token: tokens['gv.van'] })).status).toBe(403)
    expect((await stored(ids.photo)).alt).toBe('Ảnh hoạt động')
  })

  it('the uploader changes their file only while nothing published uses it; the managers always', async () => {
    const own = await t.api.rest('PATCH', `/media/${ids.photo}`, {
      token: tokens['gv.toan'],
      body: { alt: 'Lễ khai giảng' },
    })
    expect(own.status).toBe(200)
    await publishAnnouncement([ids.photo], 'published')
    // the cover of live content: the uploader's change would go live without review
    const late = await t.api.rest('PATCH', `/media/${ids.photo}`, {
      token: tokens['gv.toan'],
      body: { alt: 'Sửa lén' },
    })
    expect(late.status).toBe(403)
    expect((await t.api.rest('DELETE', `/media/${ids.photo}`, { token: tokens['gv.toan'] })).status).toBe(403)
    // nor the sysadmin, who has no part in the website
    const admin = await t.api.rest('PATCH', `/media/${ids.photo}`, {
      token: tokens.admin,
      body: { alt: 'Quản trị sửa' },
    })
    expect(admin.status).toBe(403)
    for (const manager of ['web', 'hieutruong']) {
      const res = await t.api.rest('PATCH', `/media/${ids.photo}`, {
        token: tokens[manager],
        body: { alt: `Lễ khai giảng (${manager})` },
      })
      expect(res.status, manager).toBe(200)
    }
    await publishAnnouncement([ids.photo], 'draft')
  })
})

describe('the students shown (finding 2)', () => {
  it('a staff member cannot remove the tags to make a photo public', async () => {
    await publishAnnouncement([ids.tagged], 'published')
    // used by live content, but shows a student without consent: still closed
    await isPrivate(ids.tagged)
    const res = await t.api.rest('PATCH', `/media/${ids.tagged}`, { token: tokens['gv.van'], body: { students: [] } })
    expect(res.status).toBe(403)
    const gql = await t.api.graphql(`mutation { updateMedia(id: ${ids.tagged}, data: { students: [] }) { id } }`, {
      token: tokens['gv.van'],
    })
    expect(gql.body.errors?.[0]?.message).toBeTruthy()
    // the uploader neither, now that live content uses it
    const own = await t.api.rest('PATCH', `/media/${ids.tagged}`, { token: tokens['gv.toan'], body: { students: [] } })
    expect(own.status).toBe(403)
    expect((await stored(ids.tagged)).students).toEqual([ids.refusing])
    await isPrivate(ids.tagged)
    await publishAnnouncement([], 'draft')
  })

  it('tagging a student on a photo in public use is re-checked against consent', async () => {
    await publishAnnouncement([ids.photo], 'published')
    await isPublic(ids.photo)
    const refusedTag = await t.api.rest('PATCH', `/media/${ids.photo}`, {
      token: tokens.web,
      body: { students: [ids.refusing] },
    })
    expect(refusedTag.status).toBe(400)
    expect(JSON.stringify(refusedTag.body)).toMatch(/chưa có sự đồng ý công bố/)
    expect((await stored(ids.photo)).students ?? []).toEqual([])
    await isPublic(ids.photo)

    const consented = await t.api.rest('PATCH', `/media/${ids.photo}`, {
      token: tokens.web,
      body: { students: [ids.consenting] },
    })
    expect(consented.status).toBe(200)
    await isPublic(ids.photo)
    await publishAnnouncement([], 'draft')
    await isPrivate(ids.photo)
  })

  it('a file not in use may be tagged freely by its uploader; it stays closed until a consent check', async () => {
    const res = await t.api.rest('PATCH', `/media/${ids.photo}`, {
      token: tokens['gv.toan'],
      body: { students: [ids.consenting, ids.refusing] },
    })
    expect(res.status).toBe(200)
    expect((await stored(ids.photo)).publicationCleared).toBe(false)
  })
})
