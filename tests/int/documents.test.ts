import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
let clerk: string
const errorPath = (body: any) => body?.errors?.[0]?.data?.errors?.[0]?.path

beforeAll(async () => {
  t = await bootPayload()
  clerk = await t.api.login('vanthu@haugiang.test')
})
afterAll(() => shutdownPayload(t))

const outgoing = (date: string, extra: Record<string, unknown> = {}) => ({
  direction: 'outgoing',
  documentType: 'QD',
  date,
  summary: 'Quyết định thành lập tổ kiểm tra',
  signer: 'Nguyễn Văn Hiệu',
  recipients: 'Như trên; Lưu VT',
  copies: 2,
  ...extra,
})
const incoming = (extra: Record<string, unknown> = {}) => ({
  direction: 'incoming',
  date: '2026-11-02',
  sender: 'Phòng Giáo dục và Đào tạo Quận 6',
  senderReference: '1234/GDĐT-TH',
  summary: 'Về việc tổ chức hội thi giáo viên dạy giỏi',
  ...extra,
})
const count = async (where: object) =>
  (await t.payload.count({ collection: 'documents', where: where as any })).totalDocs

describe('outgoing numbering (Nghị định 30/2020)', () => {
  it('numbers in order within the calendar year (UTC+7) and restarts at 1 on 1 January', async () => {
    const register = async (date: string, type = 'QD') => {
      const { status, body } = await t.api.rest('POST', '/documents', {
        token: clerk,
        body: outgoing(date, { documentType: type }),
      })
      expect(status, JSON.stringify(body)).toBe(201)
      return body.doc
    }
    const a = await register('2031-03-01T00:00:00.000Z')
    const b = await register('2031-12-31T10:00:00.000Z', 'TB')
    const c = await register('2031-12-31T18:00:00.000Z', 'cong-van') // 01:00 on 1 January 2032 in Vietnam
    const d = await register('2032-02-10T00:00:00.000Z', 'KH')
    expect([a.year, a.number, a.symbol]).toEqual([2031, 1, '01/QĐ-THCSHG'])
    expect([b.year, b.number, b.symbol]).toEqual([2031, 2, '02/TB-THCSHG'])
    expect([c.year, c.number, c.symbol]).toEqual([2032, 1, '01/THCSHG'])
    expect([d.year, d.number, d.symbol]).toEqual([2032, 2, '02/KH-THCSHG'])
  })

  it('prints the year’s register as a PDF book for the clerk and leadership only', async () => {
    const book = await t.api.rest('GET', '/documents/register', {
      token: clerk,
      query: { direction: 'outgoing', year: 2031 },
    })
    expect(book.status).toBe(200)
    expect(String(book.body).startsWith('%PDF')).toBe(true)
    const incomingBook = await t.api.rest('GET', '/documents/register', {
      token: await t.api.login('hieutruong@haugiang.test'),
      query: { direction: 'incoming', year: 2026 },
    })
    expect(incomingBook.status).toBe(200)
    // Internal records (the year's archive is one): their own register, with the record's summary.
    const record = await t.payload.create({
      collection: 'documents',
      data: { direction: 'internal', date: '2031-06-15T03:00:00.000Z', summary: 'Hồ sơ lưu trữ năm học thử' } as never,
      user: await userByEmail(t.payload, 'vanthu@haugiang.test'),
      overrideAccess: false,
    })
    const internalBook = await t.api.restBytes('GET', '/documents/register', {
      token: clerk,
      query: { direction: 'internal', year: 2031 },
    })
    expect(internalBook.status).toBe(200)
    expect(internalBook.type).toBe('application/pdf')
    const pdfFile = path.join(os.tmpdir(), `internal-register-${record.id}.pdf`)
    fs.writeFileSync(pdfFile, internalBook.bytes)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' })
    fs.rmSync(pdfFile)
    expect(text).toContain('SỔ ĐĂNG KÝ HỒ SƠ LƯU TRỮ NỘI BỘ')
    expect(text).toContain('Hồ sơ lưu trữ năm học thử')
    const unknown = await t.api.rest('GET', '/documents/register', {
      token: clerk,
      query: { direction: 'x', year: 2031 },
    })
    expect(unknown.status).toBe(400)
    const teacher = await t.api.login('gv.toan@haugiang.test')
    expect(
      (await t.api.rest('GET', '/documents/register', { token: teacher, query: { direction: 'outgoing', year: 2031 } }))
        .status,
    ).toBe(403)
    expect(
      (await t.api.rest('GET', '/documents/register', { query: { direction: 'outgoing', year: 2031 } })).status,
    ).toBe(403)
  })

  it('stays unique and gap-free when 20 registrations run at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api.rest('POST', '/documents', {
          token: clerk,
          body: outgoing(`2033-05-${String((i % 28) + 1).padStart(2, '0')}T03:00:00.000Z`, { summary: `Văn bản ${i}` }),
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    const numbers = results.map((r) => r.body.doc.number).sort((x: number, y: number) => x - y)
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(new Set(results.map((r) => r.body.doc.symbol)).size).toBe(20)
    expect(await count({ and: [{ direction: { equals: 'outgoing' } }, { year: { equals: 2033 } }] })).toBe(20)
  })

  it('incoming "số đến" runs per year in order of receipt, also under concurrency', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api.rest('POST', '/documents', {
          token: clerk,
          body: incoming({ receivedDate: '2034-01-05T02:00:00.000Z', summary: `Đến ${i}` }),
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    expect(results.map((r) => r.body.doc.number).sort((x: number, y: number) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
    const next = await t.api.rest('POST', '/documents', {
      token: clerk,
      body: incoming({ receivedDate: '2035-01-01T01:00:00.000Z' }),
    })
    expect([next.body.doc.year, next.body.doc.number]).toEqual([2035, 1])
  })

  it('refuses a duplicate outgoing number with a 400 naming the field, nothing written', async () => {
    const taken = await t.api.rest('POST', '/documents', { token: clerk, body: outgoing('2036-04-01', { number: 7 }) })
    expect(taken.status).toBe(201)
    expect(taken.body.doc.symbol).toBe('07/QĐ-THCSHG')
    const before = await count({ year: { equals: 2036 } })
    const dup = await t.api.rest('POST', '/documents', {
      token: clerk,
      body: outgoing('2036-09-01', { number: 7, summary: 'Trùng số' }),
    })
    expect(dup.status).toBe(400)
    expect(errorPath(dup.body)).toBe('number')
    expect(await count({ year: { equals: 2036 } })).toBe(before)
    // The system continues after the number given by hand.
    const next = await t.api.rest('POST', '/documents', { token: clerk, body: outgoing('2036-10-01') })
    expect(next.body.doc.number).toBe(8)
  })

  it('refuses an incoming document without sender: 400 naming `sender`, no number used', async () => {
    const before = await count({})
    const bad = await t.api.rest('POST', '/documents', {
      token: clerk,
      body: incoming({ sender: '', receivedDate: '2037-02-01' }),
    })
    expect(bad.status).toBe(400)
    expect(errorPath(bad.body)).toBe('sender')
    expect(await count({})).toBe(before)
    const ok = await t.api.rest('POST', '/documents', { token: clerk, body: incoming({ receivedDate: '2037-02-01' }) })
    expect(ok.body.doc.number).toBe(1)
  })

  it('the number, year and symbol cannot be changed afterwards', async () => {
    const { body } = await t.api.rest('POST', '/documents', { token: clerk, body: outgoing('2038-01-05') })
    await t.api.rest('PATCH', `/documents/${body.doc.id}`, {
      token: clerk,
      body: { number: 99, year: 2000, symbol: 'x' },
    })
    const stored = await t.payload.findByID({ collection: 'documents', id: body.doc.id })
    expect([stored.number, stored.year, stored.symbol]).toEqual([1, 2038, '01/QĐ-THCSHG'])
  })
})

describe('incoming routing, overdue flag and access', () => {
  let handler: Awaited<ReturnType<typeof userByEmail>>
  let assignedId: number
  let otherId: number

  beforeAll(async () => {
    handler = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    assignedId = (
      await t.api.rest('POST', '/documents', { token: clerk, body: incoming({ summary: 'Giao cho thầy Toán' }) })
    ).body.doc.id
    otherId = (await t.api.rest('POST', '/documents', { token: clerk, body: incoming({ summary: 'Không giao' }) })).body
      .doc.id
  })

  it('the principal assigns handlers, writes the instruction and deadline, sets the status; not the register fields', async () => {
    const principal = await t.api.login('hieutruong@haugiang.test')
    const res = await t.api.rest('PATCH', `/documents/${assignedId}`, {
      token: principal,
      body: {
        handlers: [handler.id],
        instruction: 'Giao thầy Toán xử lý',
        deadline: '2020-01-10',
        status: 'in-progress',
        summary: 'Sửa trích yếu',
      },
    })
    expect(res.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'documents', id: assignedId, depth: 0 })
    expect(stored.handlers).toEqual([handler.id])
    expect(stored.status).toBe('in-progress')
    expect(stored.summary).toBe('Giao cho thầy Toán')
  })

  it('flags incoming documents past their deadline and not done', async () => {
    const doc = await t.payload.findByID({ collection: 'documents', id: assignedId })
    expect(doc.overdue).toBe(true)
    const future = await t.api.rest('POST', '/documents', { token: clerk, body: incoming({ deadline: '2099-01-01' }) })
    expect(future.body.doc.overdue).toBe(false)
    const vp = await t.api.login('pht.chuyenmon@haugiang.test')
    await t.api.rest('PATCH', `/documents/${assignedId}`, { token: vp, body: { status: 'done' } })
    expect((await t.payload.findByID({ collection: 'documents', id: assignedId })).overdue).toBe(false)
    await t.api.rest('PATCH', `/documents/${assignedId}`, { token: vp, body: { status: 'in-progress' } })
  })

  it('a handler reads the documents assigned to them only (REST, GraphQL, Local API)', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const list = await t.api.rest('GET', '/documents', { token, query: { limit: 100 } })
    expect(list.body.docs.map((d: any) => d.id)).toContain(assignedId)
    expect(list.body.docs.map((d: any) => d.id)).not.toContain(otherId)
    expect((await t.api.rest('GET', `/documents/${otherId}`, { token })).status).toBe(404)
    const gql = await t.api.graphql('{ Documents(limit: 100) { docs { id summary } } }', { token })
    expect(gql.body.data.Documents.docs.map((d: any) => d.id)).toContain(assignedId)
    expect(gql.body.data.Documents.docs.map((d: any) => d.id)).not.toContain(otherId)
    const local = await t.payload.find({ collection: 'documents', user: handler, overrideAccess: false, limit: 100 })
    expect(
      local.docs.every(
        (d) =>
          (d.handlers as any[] | undefined)?.some((h) => (typeof h === 'object' ? h.id : h) === handler.id) ||
          d.published,
      ),
    ).toBe(true)
    // Reading is all a handler does.
    expect((await t.api.rest('PATCH', `/documents/${assignedId}`, { token, body: { status: 'done' } })).status).toBe(
      403,
    )
  })

  it('only the clerk registers; nobody deletes', async () => {
    for (const email of ['hieutruong@haugiang.test', 'gv.toan@haugiang.test', 'ketoan@haugiang.test']) {
      const token = await t.api.login(email)
      expect((await t.api.rest('POST', '/documents', { token, body: incoming() })).status, email).toBe(403)
    }
    expect((await t.api.rest('DELETE', `/documents/${otherId}`, { token: clerk })).status).toBe(403)
    const admin = await t.api.login('admin@haugiang.test')
    expect((await t.api.rest('GET', `/documents/${otherId}`, { token: admin })).status).toBe(404)
  })
})

describe('publication on the website', () => {
  let publicId: number
  let markedOnlyId: number

  beforeAll(async () => {
    publicId = (
      await t.api.rest('POST', '/documents', {
        token: clerk,
        body: outgoing('2026-10-01', { isPublic: true, published: true, summary: 'Kế hoạch năm học công khai' }),
      })
    ).body.doc.id
    markedOnlyId = (
      await t.api.rest('POST', '/documents', {
        token: clerk,
        body: incoming({ isPublic: true, instruction: 'Mật', summary: 'Chưa duyệt' }),
      })
    ).body.doc.id
  })

  it('the clerk cannot publish; leadership does', async () => {
    expect((await t.payload.findByID({ collection: 'documents', id: publicId })).published).toBe(false)
    const principal = await t.api.login('hieutruong@haugiang.test')
    await t.api.rest('PATCH', `/documents/${publicId}`, { token: principal, body: { published: true } })
    expect((await t.payload.findByID({ collection: 'documents', id: publicId })).published).toBe(true)
  })

  it('the public sees only documents marked public and published, without internal fields', async () => {
    const list = await t.api.rest('GET', '/documents', { query: { limit: 100 } })
    expect(list.status).toBe(200)
    const listed = list.body.docs.map((d: any) => d.id)
    expect(listed).toContain(publicId)
    expect(listed).not.toContain(markedOnlyId)
    const published = await t.payload.count({
      collection: 'documents',
      where: { and: [{ isPublic: { equals: true } }, { published: { equals: true } }] },
    })
    expect(list.body.totalDocs).toBe(published.totalDocs)
    for (const doc of list.body.docs) {
      for (const hidden of ['handlers', 'status', 'instruction', 'deadline', 'overdue'])
        expect(doc, hidden).not.toHaveProperty(hidden)
    }
    expect((await t.api.rest('GET', `/documents/${markedOnlyId}`)).status).toBe(404)
    const gql = await t.api.graphql('{ Documents(limit: 100) { docs { id summary instruction } } }')
    expect(gql.body.data.Documents.docs.map((d: any) => Number(d.id)).sort()).toEqual([...listed].sort())
    expect(gql.body.data.Documents.docs.every((d: any) => d.instruction === null)).toBe(true)
  })

  it('the public cannot probe internal fields with where or sort', async () => {
    // Payload refuses a query on a field the reader may not read (400), so nothing can be learnt.
    const probe = await t.api.rest('GET', '/documents', { query: { where: { instruction: { like: 'Mật' } } } })
    expect(probe.status).toBe(400)
    expect(probe.body.docs).toBeUndefined()
    const sorted = await t.api.rest('GET', '/documents', { query: { sort: 'deadline', limit: 100 } })
    expect(sorted.status).toBe(400)
    const gql = await t.api.graphql('{ Documents(where: { instruction: { like: "Mật" } }) { docs { id } } }')
    expect(gql.body.data?.Documents?.docs ?? []).toHaveLength(0)
  })
})

describe('work calendar (lịch công tác)', () => {
  it('leadership keeps it; the public reads public entries only, without internal notes', async () => {
    const principal = await t.api.login('hieutruong@haugiang.test')
    const entry = { title: 'Tiếp đoàn kiểm tra', start: '2026-12-15T01:00:00.000Z', internalNotes: 'Nội bộ' }
    const hidden = await t.api.rest('POST', '/work-calendar', { token: principal, body: entry })
    const shown = await t.api.rest('POST', '/work-calendar', {
      token: principal,
      body: { ...entry, title: 'Lễ kỷ niệm 20/11', isPublic: true },
    })
    expect([hidden.status, shown.status]).toEqual([201, 201])
    const teacher = await t.api.login('gv.toan@haugiang.test')
    expect((await t.api.rest('POST', '/work-calendar', { token: teacher, body: entry })).status).toBe(403)
    expect((await t.api.rest('GET', `/work-calendar/${hidden.body.doc.id}`, { token: teacher })).status).toBe(200)
    const list = await t.api.rest('GET', '/work-calendar', { query: { limit: 100 } })
    const listed = list.body.docs.map((d: any) => d.id)
    expect(listed).toContain(shown.body.doc.id)
    expect(listed).not.toContain(hidden.body.doc.id)
    expect(list.body.docs.every((d: any) => d.isPublic === true && !('internalNotes' in d))).toBe(true)
  })
})

describe('attachments of documents on the website', () => {
  const pdf = (text: string) =>
    Buffer.from(
      `%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 1\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n`,
    )
  const ids = { publicFile: 0, internalFile: 0, publicDoc: 0, internalDoc: 0 }
  const filenames: Record<number, string> = {}
  let principal: string

  /** What the public gets for a file: REST by id, REST list, GraphQL and the static file URL. */
  const publicView = async (id: number) => {
    const rest = await t.api.rest('GET', `/media/${id}`)
    const list = await t.api.rest('GET', '/media', { query: { where: { id: { equals: id } } } })
    const gql = await t.api.graphql(
      `{ allMedia(where: { id: { equals: ${id} } }) { docs { id filename } } Media(id: ${id}) { id } }`,
    )
    const file = await t.api.rest('GET', `/media/file/${filenames[id]}`)
    return {
      rest: rest.status,
      listed: list.body.totalDocs,
      gql: gql.body.data?.allMedia?.docs?.length ?? 0,
      gqlById: gql.body.data?.Media?.id ?? null,
      file: file.status,
    }
  }
  const hidden = (view: Awaited<ReturnType<typeof publicView>>) => {
    expect([403, 404]).toContain(view.rest)
    expect([view.listed, view.gql, view.gqlById]).toEqual([0, 0, null])
    expect([403, 404]).toContain(view.file)
  }
  const shown = (view: Awaited<ReturnType<typeof publicView>>) => {
    expect([view.rest, view.listed, view.gql, view.file]).toEqual([200, 1, 1, 200])
  }

  beforeAll(async () => {
    principal = await t.api.login('hieutruong@haugiang.test')
    const user = await userByEmail(t.payload, 'vanthu@haugiang.test')
    for (const key of ['publicFile', 'internalFile'] as const) {
      const data = pdf(key)
      const file = await t.payload.create({
        collection: 'media',
        data: { alt: key },
        file: { data, name: `${key}.pdf`, mimetype: 'application/pdf', size: data.length },
        user,
        overrideAccess: false,
      })
      ids[key] = file.id
      filenames[file.id] = file.filename!
    }
    const create = async (body: object) => {
      const res = await t.api.rest('POST', '/documents', { token: clerk, body })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return res.body.doc.id as number
    }
    ids.publicDoc = await create(
      outgoing('2026-10-15', {
        isPublic: true,
        summary: 'Quy chế chi tiêu nội bộ công khai',
        attachments: [ids.publicFile],
      }),
    )
    ids.internalDoc = await create(incoming({ summary: 'Công văn nội bộ', attachments: [ids.internalFile] }))
  })

  it('an attachment stays hidden from the public until its document is public and published', async () => {
    hidden(await publicView(ids.publicFile))
    hidden(await publicView(ids.internalFile))
    // Staff still read both.
    expect((await t.api.rest('GET', `/media/${ids.internalFile}`, { token: clerk })).status).toBe(200)
    expect((await t.api.rest('GET', `/media/file/${filenames[ids.internalFile]}`, { token: clerk })).status).toBe(200)
  })

  it('published by leadership, the public document’s attachment is readable by everyone; the other is not', async () => {
    expect(
      (await t.api.rest('PATCH', `/documents/${ids.publicDoc}`, { token: principal, body: { published: true } }))
        .status,
    ).toBe(200)
    shown(await publicView(ids.publicFile))
    hidden(await publicView(ids.internalFile))
    // Through the document too: the public list populates the public attachment only.
    const doc = await t.api.rest('GET', `/documents/${ids.publicDoc}`, { query: { depth: 1 } })
    expect(doc.body.attachments.map((a: any) => a.id)).toEqual([ids.publicFile])
  })

  it('the marks cannot be set by hand, even by the clerk who uploaded the file', async () => {
    await t.api.rest('PATCH', `/media/${ids.internalFile}`, {
      token: clerk,
      body: { publicUse: true },
    })
    hidden(await publicView(ids.internalFile))
  })

  it('withdrawn from the website or removed from the document, the file is hidden again', async () => {
    expect(
      (await t.api.rest('PATCH', `/documents/${ids.publicDoc}`, { token: principal, body: { published: false } }))
        .status,
    ).toBe(200)
    hidden(await publicView(ids.publicFile))
    await t.api.rest('PATCH', `/documents/${ids.publicDoc}`, { token: principal, body: { published: true } })
    shown(await publicView(ids.publicFile))
    expect(
      (await t.api.rest('PATCH', `/documents/${ids.publicDoc}`, { token: clerk, body: { attachments: [] } })).status,
    ).toBe(200)
    hidden(await publicView(ids.publicFile))
  })
})
