import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IMPORT_COLUMNS } from '@/domain/students/import'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

let t: TestContext
let classId = 0
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const sheet = async (rows: Array<Array<unknown>>, headers: string[] = IMPORT_COLUMNS.map((c) => c.header)) => {
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet('Lớp')
  ws.addRow(headers)
  for (const row of rows) ws.addRow(row)
  return workbook.xlsx.writeBuffer()
}

const upload = async (body: ArrayBuffer | Uint8Array, email = 'sodiem@haugiang.test', klass = classId) => {
  const token = await t.api.login(email)
  const request = new Request(`http://localhost:3000/api/students/import?class=${klass}`, {
    method: 'POST',
    headers: { 'Content-Type': XLSX, Authorization: `JWT ${token}` },
    body: body as BodyInit,
  })
  const response = await REST_POST(t.payload.config)(request, {
    params: Promise.resolve({ slug: ['students', 'import'] }),
  })
  return { status: response.status, body: await response.json() }
}

const row = (code: string, name: string, extra: Partial<Record<number, unknown>> = {}) => {
  const values: unknown[] = [
    code,
    name,
    '05/03/2014',
    'Nam',
    'Kinh',
    '1 Hậu Giang, Quận 6',
    '0901234567',
    'Phụ Huynh',
    'Cha',
    '0912345678',
  ]
  for (const [i, v] of Object.entries(extra)) values[Number(i)] = v
  return values
}
const count = async () => (await t.payload.count({ collection: 'students' })).totalDocs

beforeAll(async () => {
  t = await bootPayload()
  const year = (await t.payload.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!
    .id
  const created = await t.payload.create({ collection: 'classes', data: { name: '7A9', grade: 7, schoolYear: year } })
  classId = created.id
})
afterAll(() => shutdownPayload(t))

describe('class list import', () => {
  it('the template downloads with every column', async () => {
    const token = await t.api.login('sodiem@haugiang.test')
    const request = new Request('http://localhost:3000/api/students/import-template', {
      headers: { Authorization: `JWT ${token}` },
    })
    const response = await REST_GET(t.payload.config)(request, {
      params: Promise.resolve({ slug: ['students', 'import-template'] }),
    })
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const headers = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)
    expect(headers).toEqual(IMPORT_COLUMNS.map((c) => c.header))
  })

  it('a sheet with one bad row imports nothing and names the row and column', async () => {
    const before = await count()
    const { status, body } = await upload(
      await sheet([
        row('079214900001', 'Trần Văn Một'),
        row('079214900002', 'Trần Văn Hai', { 2: '31/02/2014' }),
        row('079214900003', 'Trần Văn Ba', { 9: '12345' }),
      ]),
    )
    expect(status).toBe(400)
    const errors = body.errors[0].data.errors
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'Ngày sinh (dd/mm/yyyy)' }),
        expect.objectContaining({ row: 4, column: 'Điện thoại cha/mẹ' }),
      ]),
    )
    expect(
      errors.every((e: { message: string }) =>
        /[ạảãàáâậầấẩẫăắằặẳẵóòọõỏôộổỗồốơờớợởỡéèẻẹẽêếềệểễúùụủũưựữửừứíìịỉĩýỳỷỵỹđ]/i.test(e.message),
      ),
    ).toBe(true)
    expect(await count()).toBe(before)
  })

  it('missing columns and a non-spreadsheet are refused', async () => {
    const missing = await upload(await sheet([['079214900009', 'Tên']], ['Mã định danh học sinh', 'Họ và tên']))
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/Thiếu cột/)
    const junk = await upload(new TextEncoder().encode('không phải excel'))
    expect(junk.status).toBe(400)
    const big = await upload(new Uint8Array(5 * 1024 * 1024))
    expect(big.status).toBe(400)
    expect(big.body.errors[0].message).toMatch(/quá lớn/)
  })

  it('a sheet with an image in a cell is refused, naming the row', async () => {
    const workbook = new ExcelJS.Workbook()
    const ws = workbook.addWorksheet('Lớp')
    ws.addRow(IMPORT_COLUMNS.map((c) => c.header))
    ws.addRow(row('079214900031', 'Hồ Văn Ảnh'))
    // a 1×1 PNG
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    )
    const image = workbook.addImage({ buffer: png as never, extension: 'png' })
    ws.addImage(image, { tl: { col: 1, row: 1 }, ext: { width: 10, height: 10 } })
    const before = await count()
    const { status, body } = await upload(await workbook.xlsx.writeBuffer())
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].row).toBe(2)
    expect(await count()).toBe(before)
  })

  it('only leadership and the gradebook administrator may import', async () => {
    const { status } = await upload(await sheet([row('079214900011', 'Lê Thị Bốn')]), 'gv.toan@haugiang.test')
    expect(status).toBe(403)
  })

  it('a valid sheet imports every student with an enrolment', async () => {
    const before = await count()
    const { status, body } = await upload(
      await sheet([row('079214900021', 'Ngô Văn Năm'), row('079214900022', 'Ngô Thị Sáu', { 3: 'Nữ' })]),
    )
    expect(status).toBe(201)
    expect(body.created).toHaveLength(2)
    expect(await count()).toBe(before + 2)
    const student = await t.payload.findByID({ collection: 'students', id: body.created[1] })
    expect(student.gender).toBe('female')
    expect(
      student.currentClass &&
        (typeof student.currentClass === 'object' ? student.currentClass.id : student.currentClass),
    ).toBe(classId)
    expect(student.guardians?.[0]?.phone).toBe('0912345678')
    const again = await upload(await sheet([row('079214900021', 'Ngô Văn Năm')]))
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0]).toMatchObject({ row: 2, column: 'Mã định danh học sinh' })
  })
})
