import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * Exchange with the sector's database (CSDL ngành): the student list it exports is imported by its
 * ids (dry run, commit, same file again), and scores and year results leave in its layout.
 */
let t: TestContext
let classId = 0
const known = { id: 0, code: '', dateOfBirth: '', name: '' }
const ADMIN = 'sodiem@haugiang.test'
const HEADERS = [
  'STT',
  'Mã học sinh',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Nơi sinh',
  'Địa chỉ thường trú',
  'Họ tên cha',
  'Điện thoại cha',
  'Họ tên mẹ',
  'Điện thoại mẹ',
]

/** A CSDL-style export: a title block above the header, as the Ministry's files have. */
const workbook = async (rows: unknown[][], headers = HEADERS) => {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('DanhSach')
  sheet.addRow(['DANH SÁCH HỌC SINH'])
  sheet.addRow(['Trường THCS Hậu Giang'])
  sheet.addRow(headers)
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]))
  return book.xlsx.writeBuffer()
}

const newRow = [
  '7900000001',
  'Trần Thị Dữ Liệu',
  '12/05/2014',
  'Nữ',
  'Kinh',
  'TP Hồ Chí Minh',
  '5 Hậu Giang, Quận 6',
  'Trần Văn Cha',
  '0901111111',
  'Lê Thị Mẹ',
  '0902222222',
]
const knownRow = () => [known.code, known.name, known.dateOfBirth, 'Nam', 'Kinh', 'Cần Thơ', '', '', '', '', '']

const call = async (method: 'GET' | 'POST', path: string, options: { email?: string; body?: ArrayBuffer } = {}) => {
  const token = await t.api.login(options.email ?? ADMIN)
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, {
    method,
    headers: { Authorization: `JWT ${token}`, ...(options.body ? { 'Content-Type': 'application/octet-stream' } : {}) },
    body: options.body as BodyInit | undefined,
  })
  const handler = method === 'GET' ? REST_GET(t.payload.config) : REST_POST(t.payload.config)
  return handler(request, { params: Promise.resolve({ slug: url.pathname.slice(5).split('/') }) })
}
const importFile = async (body: ArrayBuffer, query: string, email?: string) => {
  const response = await call('POST', `/students/csdl-import?${query}`, { body, email })
  return { status: response.status, body: await response.json() }
}
const db = () => (t.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: any[] }> } }).drizzle
const studentsCount = async () => (await t.payload.count({ collection: 'students' })).totalDocs

beforeAll(async () => {
  t = await bootPayload()
  const year = (await t.payload.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!
  classId = (
    await t.payload.create({ collection: 'classes', data: { name: '6A8', grade: 6, schoolYear: year.id } as any })
  ).id
  const student = (
    await t.payload.find({
      collection: 'students',
      where: { nationalStudentId: { exists: false } },
      limit: 1,
      sort: 'id',
    })
  ).docs[0]!
  Object.assign(known, {
    id: student.id,
    code: student.studentCode,
    name: student.fullName,
    dateOfBirth: `${student.dateOfBirth.slice(8, 10)}/${student.dateOfBirth.slice(5, 7)}/${student.dateOfBirth.slice(0, 4)}`,
  })
})

afterAll(async () => {
  await t.payload.update({
    collection: 'students',
    id: known.id,
    data: { nationalStudentId: null, placeOfBirth: null } as any,
  })
  await removeTestClass(t.payload, classId)
  await shutdownPayload(t)
})

describe('student list from the CSDL', () => {
  it('a dry run lists the creates and updates and writes nothing', async () => {
    const before = await studentsCount()
    const { status, body } = await importFile(await workbook([newRow, knownRow()]), `dryRun=true&class=${classId}`)
    expect(status).toBe(200)
    expect(body.creates).toEqual([{ row: 4, nationalStudentId: '7900000001', fullName: 'Trần Thị Dữ Liệu' }])
    expect(body.updates).toHaveLength(1)
    expect(body.updates[0].id).toBe(known.id)
    expect(body.updates[0].changes.map((c: any) => c.field)).toEqual(
      expect.arrayContaining(['nationalStudentId', 'placeOfBirth']),
    )
    expect(body.conflicts).toEqual([])
    expect(await studentsCount()).toBe(before)
    expect((await t.payload.findByID({ collection: 'students', id: known.id })).placeOfBirth ?? null).toBeNull()
  })

  it('the commit creates the new student in the class and completes the known one; the same file again changes nothing', async () => {
    const file = await workbook([newRow, knownRow()])
    const before = await studentsCount()
    const { status } = await importFile(file, `class=${classId}`)
    expect(status).toBe(200)
    expect(await studentsCount()).toBe(before + 1)
    const created = (
      await t.payload.find({ collection: 'students', where: { nationalStudentId: { equals: '7900000001' } } })
    ).docs[0]!
    expect(created.fullName).toBe('Trần Thị Dữ Liệu')
    expect(created.guardians?.map((g) => [g.name, g.relationship, g.phone])).toEqual([
      ['Trần Văn Cha', 'Cha', '0901111111'],
      ['Lê Thị Mẹ', 'Mẹ', '0902222222'],
    ])
    expect(
      (
        await t.payload.count({
          collection: 'enrolments',
          where: { student: { equals: created.id }, class: { equals: classId } },
        })
      ).totalDocs,
    ).toBe(1)
    const updated = await t.payload.findByID({ collection: 'students', id: known.id })
    expect([updated.nationalStudentId, updated.placeOfBirth]).toEqual([known.code, 'Cần Thơ'])
    const audit = await t.payload.count({
      collection: 'audit-log',
      where: { collection: { equals: 'students' }, documentId: { equals: String(created.id) } },
    })
    expect(audit.totalDocs).toBeGreaterThan(0)

    const again = await importFile(file, `class=${classId}`)
    expect(again.status).toBe(200)
    expect([again.body.creates.length, again.body.updates.length, again.body.unchanged]).toEqual([0, 0, 2])
    expect(await studentsCount()).toBe(before + 1)
  })

  it('conflicts (a known id with another birth date, one id on two rows) are listed, and a commit writes nothing', async () => {
    const other = [...newRow]
    other[2] = '13/05/2014'
    const file = await workbook([other, [...newRow], knownRow()])
    const dry = await importFile(file, 'dryRun=true')
    expect(dry.status).toBe(200)
    expect(dry.body.conflicts.map((c: any) => [c.row, c.column])).toEqual([
      [4, 'Ngày sinh'],
      [5, 'Mã học sinh'],
    ])
    const before = await studentsCount()
    const commit = await importFile(file, '')
    expect(commit.status).toBe(400)
    expect(commit.body.errors[0].data.errors).toHaveLength(2)
    expect(await studentsCount()).toBe(before)
  })

  it('bad files are a 400 naming row and column, and nothing is written', async () => {
    const before = await studentsCount()
    const missing = await importFile(
      await workbook(
        [newRow],
        HEADERS.filter((h) => h !== 'Ngày sinh'),
      ),
      'dryRun=true',
    )
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toContain('Ngày sinh')
    const wrong = [...newRow]
    wrong[3] = 'X'
    wrong[8] = '12345'
    const bad = await importFile(await workbook([wrong]), '')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors.map((e: any) => [e.row, e.column])).toEqual([
      [4, 'Giới tính'],
      [4, 'Điện thoại cha'],
    ])
    const notXlsx = await importFile(new TextEncoder().encode('a,b,c').buffer as ArrayBuffer, '')
    expect(notXlsx.status).toBe(400)
    expect(await studentsCount()).toBe(before)
  })

  it('only the gradebook administrator and the academic leadership import', async () => {
    const file = await workbook([newRow])
    expect((await importFile(file, 'dryRun=true', 'gv.toan@haugiang.test')).status).toBe(403)
    expect((await importFile(file, 'dryRun=true', 'vanthu@haugiang.test')).status).toBe(403)
  })
})

describe('exports in the CSDL layout', () => {
  const load = async (response: Response) => {
    expect(response.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await response.arrayBuffer())
    const sheet = book.worksheets[0]!
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][]
    const headerIndex = rows.findIndex((r) => r.includes('Mã học sinh'))
    return { header: rows[headerIndex]!, data: rows.slice(headerIndex + 1) }
  }

  /** The first record (by id) with `column` filled whose student ended the year in the record's class. */
  const firstOfSeated = async (table: 'grades' | 'year_end_results', column: 'average' | 'learning') => {
    const [{ id }] = (
      await db()
        .execute(sql`select r.id from ${sql.identifier(table)} r join enrolments e on e.student_id = r.student_id
        and e.class_id = r.class_id and e.is_latest and e.status in ('studying', 'transferred-in', 'graduated')
        where r.${sql.identifier(column)} is not null order by r.id limit 1`)
    ).rows
    return id
  }

  it("a class's scores of a subject and term, with the grades as stored", async () => {
    // a grade of a student who ended the year in that class
    const id = await firstOfSeated('grades', 'average')
    const grade = await t.payload.findByID({ collection: 'grades', id, depth: 1 })
    const [klass, subject, term] = [grade.class, grade.subject, grade.term].map((x: any) => x.id)
    const { header, data } = await load(
      await call('GET', `/grades/csdl-export?class=${klass}&subject=${subject}&term=${term}`),
    )
    expect(header).toEqual(
      expect.arrayContaining(['Mã học sinh', 'Họ và tên', 'ĐĐGtx1', 'ĐĐGgk', 'ĐĐGck', 'ĐTBmhk', 'Nhận xét']),
    )
    const student = grade.student as any
    const row = data.find((r) => r.includes(student.fullName))!
    expect(row[header.indexOf('ĐTBmhk')]).toBe(String(grade.average).replace('.', ','))
    expect(row[header.indexOf('ĐĐGck')]).toBe(String(grade.final).replace('.', ','))
  })

  it("a class's year results with their Vietnamese levels", async () => {
    const id = await firstOfSeated('year_end_results', 'learning')
    const result = await t.payload.findByID({ collection: 'year-end-results', id, depth: 1 })
    const { header, data } = await load(
      await call('GET', `/year-end-results/csdl-export?class=${(result.class as any).id}`),
    )
    expect(header).toEqual(expect.arrayContaining(['KQHT CN', 'KQRL CN', 'Kết quả']))
    const row = data.find((r) => r.includes((result.student as any).fullName))!
    const labels: Record<string, string> = { tot: 'Tốt', kha: 'Khá', dat: 'Đạt', 'chua-dat': 'Chưa đạt' }
    expect(row[header.indexOf('KQHT CN')]).toBe(labels[result.learning!])
  })

  it('teachers are refused; bad parameters are a 400', async () => {
    expect(
      (await call('GET', '/year-end-results/csdl-export?class=1', { email: 'gv.toan@haugiang.test' })).status,
    ).toBe(403)
    expect((await call('GET', '/grades/csdl-export?class=x&subject=1&term=1')).status).toBe(400)
    expect((await call('GET', '/year-end-results/csdl-export?class=999999')).status).toBe(404)
  })
})
