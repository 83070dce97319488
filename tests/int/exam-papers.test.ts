import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
const ids = { year: 0, toan: 0, tin: 0, nv: 0, toanPaper: 0, tinPaper: 0, currentPaper: 0, current: 0 }
let toanFilename = ''
const errorPath = (body: any) => body?.errors?.[0]?.data?.errors?.[0]?.path

const pdf = (name: string) => {
  const data = Buffer.from(
    `%PDF-1.4\n% ${name}\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 1\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n`,
  )
  return { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length }
}

const upload = async (email: string, subject: number, title: string, schoolYear = ids.year) => {
  const user = await userByEmail(t.payload, email)
  return t.payload.create({
    collection: 'exam-papers',
    data: { title, subject, schoolYear, grade: 7, assessment: 'final-1' as const } as never, // custody comes from its default
    file: pdf(title.replace(/\W+/g, '-')),
    user,
    overrideAccess: false,
  })
}

beforeAll(async () => {
  t = await bootPayload()
  const find = async (collection: 'subjects' | 'school-years', where: object) =>
    (await t.payload.find({ collection, where: where as any })).docs[0]!.id
  ids.year = await find('school-years', { name: { equals: '2025-2026' } })
  ids.current = await find('school-years', { name: { equals: '2026-2027' } })
  ids.toan = await find('subjects', { code: { equals: 'TOAN' } })
  ids.tin = await find('subjects', { code: { equals: 'TIN' } })
  ids.nv = await find('subjects', { code: { equals: 'NV' } })
})
afterAll(() => shutdownPayload(t))

describe('archiving during the year', () => {
  it('the academic vice-principal archives any subject; a department head their own department’s', async () => {
    const toan = await upload('pht.chuyenmon@haugiang.test', ids.toan, 'Đề cuối HK I Toán 7 (2025-2026)')
    ids.toanPaper = toan.id
    toanFilename = toan.filename!
    expect(toan.custody).toBe('academic')
    ids.tinPaper = (await upload('totruong.toan@haugiang.test', ids.tin, 'Đề cuối HK I Tin 7 (2025-2026)')).id
    ids.currentPaper = (
      await upload('pht.chuyenmon@haugiang.test', ids.toan, 'Đề cuối HK I Toán 7 (2026-2027)', ids.current)
    ).id
  })

  it('a department head cannot archive another department’s subject (400 naming `subject`, nothing written)', async () => {
    const before = (await t.payload.count({ collection: 'exam-papers' })).totalDocs
    const error = await upload('totruong.toan@haugiang.test', ids.nv, 'Đề Văn').catch((e) => e)
    expect(error?.data?.errors?.[0]?.path ?? error?.message).toBe('subject')
    expect((await t.payload.count({ collection: 'exam-papers' })).totalDocs).toBe(before)
  })

  it('teachers cannot archive', async () => {
    const error = await upload('gv.toan@haugiang.test', ids.toan, 'Đề tự lưu').catch((e) => e)
    expect(error?.status).toBe(403)
  })

  it('teachers read the papers of the subjects they teach only, record and file', async () => {
    const toanTeacher = await t.api.login('gv.toan@haugiang.test')
    const vanTeacher = await t.api.login('gv.van@haugiang.test')
    const librarian = await t.api.login('thuvien@haugiang.test')
    const list = await t.api.rest('GET', '/exam-papers', { token: toanTeacher, query: { limit: 100 } })
    expect(list.body.docs.map((d: any) => d.id)).toContain(ids.toanPaper)
    expect(list.body.docs.map((d: any) => d.id)).not.toContain(ids.tinPaper)
    expect((await t.api.rest('GET', `/exam-papers/${ids.toanPaper}`, { token: vanTeacher })).status).toBe(404)
    expect((await t.api.rest('GET', `/exam-papers/${ids.toanPaper}`, { token: librarian })).status).toBe(404)
    const gql = await t.api.graphql('{ ExamPapers(limit: 100) { docs { id custody } } }', { token: vanTeacher })
    expect(gql.body.data.ExamPapers.docs.map((d: any) => Number(d.id))).not.toContain(ids.toanPaper)
    // What a Văn teacher sees during the year: the library's papers, and Văn papers.
    expect(gql.body.data.ExamPapers.docs.every((d: any) => d.custody === 'library')).toBe(true)
    expect((await t.api.rest('GET', `/exam-papers/file/${toanFilename}`, { token: vanTeacher })).status).toBe(403)
    expect((await t.api.rest('GET', `/exam-papers/file/${toanFilename}`, { token: toanTeacher })).status).toBe(200)
    expect((await t.api.rest('GET', `/exam-papers/file/${toanFilename}`)).status).toBe(403)
  })
})

describe('year-end handover to the library', () => {
  it('only academic leadership hands over', async () => {
    for (const email of ['gv.toan@haugiang.test', 'thuvien@haugiang.test', 'totruong.toan@haugiang.test']) {
      const res = await t.api.rest('POST', '/exam-papers/handover', {
        token: await t.api.login(email),
        body: { schoolYear: ids.year },
      })
      expect(res.status, email).toBe(403)
    }
    const missing = await t.api.rest('POST', '/exam-papers/handover', {
      token: await t.api.login('pht.chuyenmon@haugiang.test'),
      body: {},
    })
    expect(missing.status).toBe(400)
    expect(errorPath(missing.body)).toBe('schoolYear')
  })

  it('moves that year’s papers to the library: the librarian manages them, all staff read them', async () => {
    const vp = await t.api.login('pht.chuyenmon@haugiang.test')
    const res = await t.api.rest('POST', '/exam-papers/handover', { token: vp, body: { schoolYear: ids.year } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.handedOver).toBe(2)
    const moved = await t.payload.findByID({ collection: 'exam-papers', id: ids.toanPaper })
    expect(moved.custody).toBe('library')
    expect(moved.handedOverAt).toBeTruthy()
    expect((await t.payload.findByID({ collection: 'exam-papers', id: ids.currentPaper })).custody).toBe('academic')

    const vanTeacher = await t.api.login('gv.van@haugiang.test')
    expect((await t.api.rest('GET', `/exam-papers/${ids.toanPaper}`, { token: vanTeacher })).status).toBe(200)
    expect((await t.api.rest('GET', `/exam-papers/${ids.currentPaper}`, { token: vanTeacher })).status).toBe(404)
    expect((await t.api.rest('GET', `/exam-papers/file/${toanFilename}`, { token: vanTeacher })).status).toBe(200)

    const librarian = await t.api.login('thuvien@haugiang.test')
    const edit = await t.api.rest('PATCH', `/exam-papers/${ids.toanPaper}`, {
      token: librarian,
      body: { title: 'Toán 7 — cuối HK I — 2025-2026 (thư viện)', custody: 'academic' },
    })
    expect(edit.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'exam-papers', id: ids.toanPaper })
    expect([stored.title, stored.custody]).toEqual(['Toán 7 — cuối HK I — 2025-2026 (thư viện)', 'library'])

    // Out of academic hands now.
    const head = await t.api.login('totruong.toan@haugiang.test')
    expect(
      (await t.api.rest('PATCH', `/exam-papers/${ids.tinPaper}`, { token: head, body: { title: 'x' } })).status,
    ).not.toBe(200)
    expect(
      (await t.api.rest('PATCH', `/exam-papers/${ids.toanPaper}`, { token: vanTeacher, body: { title: 'x' } })).status,
    ).not.toBe(200)
    expect((await t.payload.findByID({ collection: 'exam-papers', id: ids.tinPaper })).title).toBe(
      'Đề cuối HK I Tin 7 (2025-2026)',
    )
    expect((await t.api.rest('DELETE', `/exam-papers/${ids.toanPaper}`, { token: librarian })).status).toBe(403)
  })
})
