import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { columns } from '@/domain/books/columns'
import { DOCUMENT_TYPES } from '@/domain/documents/numbering'
import type { RegisterBook } from '@/lib/registers/registerPdf'
import type { Document } from '@/payload-types'
import { SCHOOL } from '@/school'

const day = (value?: string | null) =>
  value
    ? new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(value))
    : ''
const typeName = (value?: string | null) => DOCUMENT_TYPES.find((t) => t.value === value)?.vi ?? ''

type Register = { title: string; filename: string; columns: RegisterBook['columns']; row: (d: Document) => string[] }

/** The three registers the clerk keeps (Nghị định 30/2020, Phụ lục IV), one per direction. */
const REGISTERS: Record<'outgoing' | 'incoming' | 'internal', Register> = {
  outgoing: {
    title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
    filename: 'so-van-ban-di',
    columns: columns(
      ['Số, ký hiệu văn bản', 12],
      ['Ngày tháng văn bản', 9],
      ['Tên loại và trích yếu nội dung văn bản', 27],
      ['Người ký', 11],
      ['Nơi nhận văn bản', 15],
      ['Đơn vị, người nhận bản lưu', 10],
      ['Số lượng bản', 6],
      ['Ghi chú', 10],
    ),
    row: (d) => [
      d.symbol ?? '',
      day(d.date),
      `${typeName(d.documentType)}: ${d.summary}`,
      d.signer ?? '',
      d.recipients ?? '',
      'Lưu: VT',
      String(d.copies ?? ''),
      '',
    ],
  },
  incoming: {
    title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
    filename: 'so-van-ban-den',
    columns: columns(
      ['Ngày đến', 8],
      ['Số đến', 6],
      ['Tác giả', 14],
      ['Số, ký hiệu', 11],
      ['Ngày tháng', 8],
      ['Tên loại và trích yếu nội dung', 25],
      ['Đơn vị hoặc người nhận', 14],
      ['Ký nhận', 6],
      ['Ghi chú', 8],
    ),
    row: (d) => [
      day(d.receivedDate),
      String(d.number ?? ''),
      d.sender ?? '',
      d.senderReference ?? '',
      day(d.date),
      d.summary,
      (d.handlers ?? []).map((h) => (typeof h === 'object' ? (h.fullName ?? '') : String(h))).join(', '),
      '',
      d.deadline ? `Hạn: ${day(d.deadline)}` : '',
    ],
  },
  // Records the school files itself, such as the year's archive: number, date, what it is, kept where.
  internal: {
    title: 'SỔ ĐĂNG KÝ HỒ SƠ LƯU TRỮ NỘI BỘ',
    filename: 'so-ho-so-noi-bo',
    columns: columns(['Số', 8], ['Ngày', 12], ['Tên loại và trích yếu nội dung (tệp lưu)', 65], ['Ghi chú', 15]),
    row: (d) => [
      String(d.number ?? ''),
      day(d.date),
      [typeName(d.documentType), d.summary].filter(Boolean).join(': '),
      '',
    ],
  },
}

/** A 400 naming the input that is wrong, in the shape Payload gives validation errors. */
const badInput = (path: string, message: string) => new APIError(message, 400, { errors: [{ path, message }] })

/**
 * `GET /api/documents/register?direction=outgoing|incoming|internal&year=2026`: the year's register
 * as a PDF book. The clerk and leadership print it; it is read with their access (`overrideAccess: false`).
 */
export const documentRegister: Endpoint = {
  path: '/register',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!hasRole(req.user, 'clerk', 'principal', 'vice-principal')) {
      throw new APIError('Chỉ văn thư và Ban giám hiệu in sổ văn bản.', 403)
    }
    const direction = req.searchParams.get('direction') ?? 'outgoing'
    if (!(direction in REGISTERS))
      throw badInput('direction', 'Sổ không hợp lệ: chọn văn bản đến, đi hoặc hồ sơ nội bộ.')
    const register = REGISTERS[direction as keyof typeof REGISTERS]
    const year = Number(req.searchParams.get('year'))
    if (!Number.isInteger(year) || year < 2000) throw badInput('year', 'Năm không hợp lệ.')
    const { docs } = await req.payload.find({
      collection: 'documents',
      where: { and: [{ direction: { equals: direction } }, { year: { equals: year } }] },
      sort: 'number',
      pagination: false,
      depth: 1,
      req,
      overrideAccess: false,
    })
    const book: RegisterBook = {
      title: register.title,
      subtitle: `${SCHOOL.name} — Năm ${year}`,
      columns: register.columns,
      rows: docs.map((d) => register.row(d)),
    }
    // Loaded on demand: @react-pdf/renderer pulls in yoga-layout, whose module awaits a WebAssembly
    // compile at the top level; in the config's import graph that made Node exit 13 at start-up.
    const { renderRegister } = await import('@/lib/registers/registerPdf')
    const pdf = await renderRegister(book)
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${register.filename}-${year}.pdf"`,
      },
    })
  },
}
