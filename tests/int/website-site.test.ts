import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseSearchQuery } from '@/domain/website/searchQuery'
import { readUploadedFile } from '@/lib/storage/readUploadedFile'
import { searchSite, type SearchHit } from '@/website/search'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

/**
 * The public site's data: the `site-settings` global (readable by anyone, edited by the website's
 * managers only, links checked), the search (accents and case ignored, ranked, paginated, public
 * documents only), photo albums under the editorial workflow and its consent check, disclosures.
 */
let t: TestContext
let payload: Payload

const find = async (q: string, page = 1, perPage = 10) => searchSite(payload, parseSearchQuery(q)!, { page, perPage })
/** The messages of a refused write (a ValidationError carries them per field in `data.errors`). */
const refusal = async (write: Promise<unknown>) => {
  try {
    await write
  } catch (error) {
    const errors = (error as { data?: { errors?: Array<{ message: string }> } }).data?.errors ?? []
    return errors.map((e) => e.message).join(' ') || String(error)
  }
  throw new Error('the write was accepted')
}
const keys = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`).sort()

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
})
afterAll(() => shutdownPayload(t))

describe('site-settings global', () => {
  it('its crest is read by the server from the media storage, the same bytes the file route serves', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user: null, depth: 1 })
    const crest = settings.crest as { filename: string }
    const served = await t.api.restBytes('GET', `/media/file/${crest.filename}`)
    expect(served.status).toBe(200)
    expect((await readUploadedFile(payload, 'media', crest))?.equals(served.bytes)).toBe(true)
    expect(await readUploadedFile(payload, 'media', { filename: 'khong-co.png' })).toBeNull()
  })

  it('anyone reads it (REST, GraphQL, Local API without a user): the demo school is seeded', async () => {
    const rest = await t.api.rest('GET', '/globals/site-settings')
    expect(rest.status).toBe(200)
    expect(rest.body.schoolName).toBe('Trường THCS Hậu Giang')
    expect(rest.body.address).toMatch(/Quận 6/)
    expect(rest.body.phone).toBeTruthy()
    expect(rest.body.email).toMatch(/@/)
    expect(rest.body.responsible.name).toBeTruthy()
    expect(rest.body.authorityLinks.map((l: { label: string }) => l.label)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Bộ/),
        expect.stringMatching(/^Sở/),
        expect.stringMatching(/^Phòng/),
      ]),
    )
    const menu = rest.body.menu.map((m: { label: string }) => m.label)
    expect(menu).toEqual(expect.arrayContaining(['Văn bản', 'Lịch công tác', 'Công khai', 'Tuyển sinh']))
    const gql = await t.api.graphql('{ SiteSetting { schoolName crest { url } } }')
    expect(gql.body.data.SiteSetting.schoolName).toBe('Trường THCS Hậu Giang')
    expect(gql.body.data.SiteSetting.crest.url).toMatch(/^\/api\/media\/file\//)
    const local = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, user: null })
    expect(local.schoolName).toBe('Trường THCS Hậu Giang')
  })

  it('only the website administrator and the principal change it; a teacher and the public get 403', async () => {
    const teacher = await userByEmail(payload, 'gv.toan@haugiang.test')
    await expect(
      payload.updateGlobal({ slug: 'site-settings', data: { phone: '1' }, user: teacher, overrideAccess: false }),
    ).rejects.toThrow()
    const anonymous = await t.api.rest('POST', '/globals/site-settings', { body: { phone: '1' } })
    expect(anonymous.status).toBe(403)
    const web = await userByEmail(payload, 'web@haugiang.test')
    const before = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const after = await payload.updateGlobal({
      slug: 'site-settings',
      data: { phone: '028 0000 0000' },
      user: web,
      overrideAccess: false,
    })
    expect(after.phone).toBe('028 0000 0000')
    await payload.updateGlobal({ slug: 'site-settings', data: { phone: before.phone }, overrideAccess: true })
  })

  it('a link that is not http(s) or a page of the site is refused with a Vietnamese message', async () => {
    const web = await userByEmail(payload, 'web@haugiang.test')
    const message = await refusal(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { socialLinks: [{ label: 'x', url: 'javascript:alert(1)' }] },
        user: web,
        overrideAccess: false,
      }),
    )
    expect(message).toMatch(/phải bắt đầu bằng http/)
  })
})

describe('search', () => {
  it('accentless and accented queries, in any case, find the same articles, announcements and documents', async () => {
    const accented = await find('học sinh giỏi')
    const plain = await find('hoc sinh gioi')
    const shouting = await find('HỌC SINH GIỎI')
    expect(accented.total).toBeGreaterThan(0)
    expect(keys(plain.hits)).toEqual(keys(accented.hits))
    expect(keys(shouting.hits)).toEqual(keys(accented.hits))
    const kinds = new Set(accented.hits.map((h) => h.kind))
    for (const kind of ['articles', 'announcements', 'documents'] as const) expect(kinds).toContain(kind)
    expect(plain.hits.map((h) => h.title)).toEqual(
      expect.arrayContaining([
        'Hướng dẫn ôn thi học sinh giỏi tiếng Anh 9',
        'Lịch thi chọn học sinh giỏi cấp quận lớp 9',
        'Kế hoạch bồi dưỡng học sinh giỏi năm học 2026-2027',
      ]),
    )
  })

  it('finds pages and albums; the đ letter matches d', async () => {
    expect((await find('tuyen sinh lop 6')).hits.map((h) => `${h.kind}:${h.slug}`)).toContain('pages:tuyen-sinh')
    expect((await find('ngay hoi stem')).hits.map((h) => `${h.kind}:${h.slug}`)).toContain('albums:ngay-hoi-stem-2026')
    const d = await find('doi ngu can bo quan ly')
    expect(d.hits.map((h) => h.kind)).toContain('pages')
  })

  it('never finds drafts, non-public documents or what the public may not read', async () => {
    // a non-public outgoing document of the demo school about the same subject
    const hidden = await find('dang ky danh sach hoc sinh du thi')
    expect(hidden.hits.filter((h) => h.kind === 'documents')).toEqual([])
    const { docs: drafts } = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'draft' } },
      limit: 1,
      depth: 0,
    })
    const draft = drafts[0]!
    const found = await find(draft.title)
    expect(found.hits.map((h) => `${h.kind}:${h.id}`)).not.toContain(`articles:${draft.id}`)
  })

  it('ranks a title match first, and paginates in SQL', async () => {
    const ranked = await find('hoc sinh gioi')
    expect(ranked.hits[0]!.title.toLowerCase()).toContain('học sinh giỏi')
    const all = await find('truong', 1, 100)
    expect(all.total).toBeGreaterThan(4)
    const first = await find('truong', 1, 2)
    const second = await find('truong', 2, 2)
    expect(first.hits).toHaveLength(2)
    expect(first.totalPages).toBe(Math.ceil(all.total / 2))
    expect(keys([...first.hits, ...second.hits])).toEqual(keys(all.hits.slice(0, 4)))
  })

  it('LIKE wildcards in the query are literal; a query with nothing to search finds nothing', async () => {
    // unescaped, `h_c` would match "học" (hoc) almost everywhere
    expect((await find('hoc')).total).toBeGreaterThan(0)
    expect((await find('h_c')).total).toBe(0)
    expect((await find('100%')).total).toBe(0)
    expect(parseSearchQuery('% _')).toBeNull()
  })
})

describe('albums and disclosures', () => {
  it('the public reads published albums and disclosures only (REST and GraphQL)', async () => {
    const albums = await t.api.rest('GET', '/albums', { query: { depth: 0 } })
    expect(albums.status).toBe(200)
    expect(albums.body.docs.map((a: { slug: string }) => a.slug)).toContain('ngay-hoi-stem-2026')
    expect(albums.body.docs.every((a: { reviewNotes?: unknown }) => a.reviewNotes === undefined)).toBe(true)
    const disclosures = await t.api.rest('GET', '/disclosures', {
      query: { where: { schoolYear: { equals: '2026-2027' } } },
    })
    expect(disclosures.body.docs.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'finance',
      'quality-commitment',
      'quality-conditions',
    ])
    const gql = await t.api.graphql('{ Albums { docs { title } } }')
    expect(gql.body.data.Albums.docs.length).toBeGreaterThan(0)
  })

  it('an album whose photos show a student without consent cannot be published', async () => {
    const web = await userByEmail(payload, 'web@haugiang.test')
    const { docs: students } = await payload.find({
      collection: 'students',
      where: {
        or: [
          { 'publicationConsent.guardianConsent': { equals: false } },
          { 'publicationConsent.guardianConsent': { exists: false } },
        ],
      },
      limit: 1,
      depth: 0,
    })
    const student = students[0]!
    const photo = await payload.findByID({
      collection: 'media',
      id: (await payload.find({ collection: 'media', where: { alt: { like: 'Ảnh minh họa 1' } }, limit: 1 })).docs[0]!
        .id,
    })
    const png = await sharpless()
    const tagged = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh album có học sinh chưa đồng ý', students: [student.id] } as never,
      file: { data: png, name: 'album-test.png', mimetype: 'image/png', size: png.length },
      overrideAccess: true,
    })
    const album = await payload.create({
      collection: 'albums',
      data: { title: 'Album kiểm tra sự đồng ý', photos: [photo.id, tagged.id], reviewStage: 'approved' } as never,
      overrideAccess: true,
      draft: true,
    })
    try {
      const message = await refusal(
        payload.update({
          collection: 'albums',
          id: album.id,
          data: { _status: 'published' } as never,
          user: web,
          overrideAccess: false,
        }),
      )
      expect(message).toMatch(/đồng ý công bố/)
      const anonymous = await t.api.rest('GET', `/albums/${album.id}`)
      expect(anonymous.status).not.toBe(200)
    } finally {
      await payload.delete({ collection: 'albums', id: album.id, overrideAccess: true })
      await payload.delete({ collection: 'media', id: tagged.id, overrideAccess: true })
    }
  })
})

/** A small PNG made without a file on disk. */
const sharpless = async () => {
  const { default: sharp } = await import('sharp')
  return sharp({ create: { width: 32, height: 32, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
}
