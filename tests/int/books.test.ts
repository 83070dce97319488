import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

// PDF rendering is slow on a loaded machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 })

let t: TestContext
let get: ReturnType<typeof REST_GET>
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'books-'))
const ids = { year: 0, c7A1: 0, termI: 0, currentTerm: 0 }

beforeAll(async () => {
  t = await bootPayload()
  get = REST_GET(t.payload.config)
  ids.year = (
    await t.payload.find({ collection: 'school-years', where: { name: { equals: '2025-2026' } } })
  ).docs[0]!.id
  ids.c7A1 = (
    await t.payload.find({
      collection: 'classes',
      where: { and: [{ name: { equals: '7A1' } }, { schoolYear: { equals: ids.year } }] },
    })
  ).docs[0]!.id
  ids.termI = (
    await t.payload.find({
      collection: 'terms',
      where: { and: [{ schoolYear: { equals: ids.year } }, { term: { equals: 'I' } }] },
    })
  ).docs[0]!.id
  ids.currentTerm = (
    await t.payload.find({ collection: 'terms', where: { 'schoolYear.isCurrent': { equals: true } }, limit: 1 })
  ).docs[0]!.id
})
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true })
  await shutdownPayload(t)
})

/** GET as a user, the raw answer (PDF bytes or a JSON error). */
const fetchAs = async (email: string, urlPath: string) => {
  const token = await t.api.login(email)
  const request = new Request(`http://localhost:3000/api${urlPath}`, { headers: { Authorization: `JWT ${token}` } })
  const slug = urlPath.split('?')[0]!.slice(1).split('/')
  const res = await get(request, { params: Promise.resolve({ slug }) })
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  }
}

const textOf = (pdf: Buffer, name: string) => {
  const file = path.join(dir, `${name}.pdf`)
  fs.writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/** Share of non-white pixels of a page rendered in greyscale. */
const inkOf = (pdf: Buffer, name: string, page: number) => {
  const file = path.join(dir, `${name}.pdf`)
  fs.writeFileSync(file, pdf)
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', String(page), '-l', String(page), file, path.join(dir, name)])
  const out = fs.readdirSync(dir).find((f) => f.startsWith(`${name}-`) && f.endsWith('.pgm'))!
  const data = fs.readFileSync(path.join(dir, out))
  // P5 <w> <h> 255: the header's three newlines, then one byte per pixel.
  let offset = 0
  for (let lines = 0; lines < 3; offset++) if (data[offset] === 0x0a) lines++
  const pixels = data.subarray(offset)
  return pixels.filter((v) => v < 200).length / pixels.length
}

const studentsOf7A1 = async () =>
  (
    await t.payload.find({
      collection: 'year-end-results',
      where: { class: { equals: ids.c7A1 } },
      sort: 'student',
      pagination: false,
      depth: 1,
    })
  ).docs

describe('học bạ (transcript) as PDF', () => {
  it('prints the student’s name, each subject’s averages and comment, outcome, title, summer results and the principal’s confirmation', async () => {
    const results = await studentsOf7A1()
    const reassessed = results.find((r) => r.summerResults)!
    const titled = results.find((r) => r.title === 'gioi' || r.title === 'xuat-sac')
    let first: Buffer | null = null
    for (const result of [reassessed, ...(titled ? [titled] : [])]) {
      const student = result.student as { id: number; fullName: string }
      const res = await fetchAs('gv.toan@haugiang.test', `/students/${student.id}/transcript?schoolYear=${ids.year}`)
      expect(res.status, res.bytes.toString().slice(0, 300)).toBe(200)
      expect(res.type).toBe('application/pdf')
      first ??= res.bytes
      const text = textOf(res.bytes, `transcript-${student.id}`)
      expect(text).toContain(student.fullName)
      expect(text).toContain('HỌC BẠ')
      expect(text).toMatch(/Trang \d+ \/ \d+/)
      for (const s of result.subjects as Array<{ code: string; termI: string; termII: string; year: string }>) {
        for (const cell of [s.termI, s.termII, s.year]) {
          const printed = cell === 'D' ? 'Đ' : cell === 'CD' ? 'CĐ' : cell.replace('.', ',')
          expect(text, `${s.code} ${cell}`).toContain(printed)
        }
      }
      expect(text).toContain('Cả năm: ')
      expect(text).toContain('Được lên lớp')
      expect(text).toContain(result.comment!)
      expect(text).toContain('Hiệu trưởng')
      if (result === reassessed) expect(text).toMatch(/Kết quả kiểm tra lại trong hè [^K]*: \d/)
      if (result.title === 'gioi') expect(text).toContain('Học sinh Giỏi')
      if (result.title === 'xuat-sac') expect(text).toContain('Học sinh Xuất sắc')
    }
    expect(inkOf(first!, 'ink-t', 2)).toBeGreaterThan(0.01)
  }, 300_000)

  it('a grade 9 student who completed shows it', async () => {
    const done = (
      await t.payload.find({
        collection: 'year-end-results',
        where: { and: [{ schoolYear: { equals: ids.year } }, { outcome: { equals: 'completed' } }] },
        limit: 1,
        depth: 1,
      })
    ).docs[0]!
    const student = done.student as { id: number; fullName: string }
    const res = await fetchAs('sodiem@haugiang.test', `/students/${student.id}/transcript?schoolYear=${ids.year}`)
    expect(res.status).toBe(200)
    expect(textOf(res.bytes, 'done')).toContain('Hoàn thành chương trình THCS')
  }, 300_000)

  it('only the class’s homeroom teacher, the gradebook administrator, the principal and the academic VP; a year not enrolled is named', async () => {
    const student = ((await studentsOf7A1())[0]!.student as { id: number }).id
    const url = `/students/${student}/transcript?schoolYear=${ids.year}`
    for (const email of ['pht.chuyenmon@haugiang.test', 'hieutruong@haugiang.test'])
      expect((await fetchAs(email, url)).status, email).toBe(200)
    for (const email of ['gv.van@haugiang.test', 'pht.csvc@haugiang.test', 'yte@haugiang.test', 'vanthu@haugiang.test'])
      expect((await fetchAs(email, url)).status, email).toBe(403)
    const newcomer = (
      await t.payload.find({ collection: 'students', where: { studentCode: { equals: '7915000901' } } })
    ).docs[0]!
    const missing = await fetchAs('sodiem@haugiang.test', `/students/${newcomer.id}/transcript?schoolYear=${ids.year}`)
    expect(missing.status).toBe(404)
    const body = JSON.parse(missing.bytes.toString())
    expect(body.errors[0].message).toContain('Trịnh Gia Bảo')
    expect(body.errors[0].message).toContain('2025-2026')
    expect((await fetchAs('sodiem@haugiang.test', `/students/${student}/transcript`)).status).toBe(400)
  }, 300_000)
})

describe('sổ theo dõi và đánh giá học sinh as PDF', () => {
  it('prints every subject’s scores and averages per student, then the summary; a page is not blank', async () => {
    const res = await fetchAs('pht.chuyenmon@haugiang.test', `/classes/${ids.c7A1}/gradebook?term=${ids.termI}`)
    expect(res.status, res.bytes.toString().slice(0, 300)).toBe(200)
    expect(res.type).toBe('application/pdf')
    const text = textOf(res.bytes, 'gradebook')
    expect(text).toContain('SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH')
    expect(text).toContain('Tổng hợp kết quả học kỳ')
    const grades = await t.payload.find({
      collection: 'grades',
      where: { and: [{ class: { equals: ids.c7A1 } }, { term: { equals: ids.termI } }] },
      pagination: false,
      depth: 1,
      sort: 'id',
    })
    for (const g of grades.docs.slice(0, 40)) {
      expect(text).toContain((g.student as { fullName: string }).fullName)
      expect(text).toContain(String(g.average).replace('.', ',').replace(/^D$/, 'Đ').replace(/^CD$/, 'CĐ'))
    }
    // Every subject's heading (bold), whole in the text layer after other documents were printed by
    // this process: "Tiếng nh" once came out for "Tiếng Anh" (the bold font's glyphs kept from before).
    const subjects = new Set(grades.docs.map((g) => (g.subject as { name: string }).name))
    expect(subjects.size).toBeGreaterThan(5)
    for (const name of subjects) expect(text).toContain(name)
    expect(inkOf(res.bytes, 'ink-g', 2)).toBeGreaterThan(0.01)
  }, 300_000)

  it('refuses others and a term of another year', async () => {
    const url = `/classes/${ids.c7A1}/gradebook?term=${ids.termI}`
    for (const email of ['gv.van@haugiang.test', 'pht.csvc@haugiang.test', 'ketoan@haugiang.test'])
      expect((await fetchAs(email, url)).status, email).toBe(403)
    const wrong = await fetchAs('sodiem@haugiang.test', `/classes/${ids.c7A1}/gradebook?term=${ids.currentTerm}`)
    expect(wrong.status).toBe(400)
    expect(JSON.parse(wrong.bytes.toString()).errors[0].message).toContain('7A1')
  })
})
