import ExcelJS from 'exceljs'
import type { PayloadRequest } from 'payload'

/** The uploaded file: the `file` field of a multipart form, or the raw body. */
export const readUpload = async (req: PayloadRequest): Promise<ArrayBuffer | null> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data') && req.formData) {
    const file = (await req.formData()).get('file')
    return file && typeof file === 'object' ? (file as Blob).arrayBuffer() : null
  }
  return req.arrayBuffer ? req.arrayBuffer() : null
}

export type UploadedSheet = { sheet: ExcelJS.Worksheet } | { error: string }

/**
 * The first worksheet of an uploaded .xlsx, or why it cannot be read (no file, too large, not a
 * workbook, no sheet): lists of students or scores are text, so the size limit is small.
 */
export const uploadedSheet = async (req: PayloadRequest, maxBytes: number): Promise<UploadedSheet> => {
  const upload = await readUpload(req)
  if (!upload || upload.byteLength === 0) return { error: 'Chưa có tệp .xlsx.' }
  if (upload.byteLength > maxBytes) return { error: `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).` }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(upload)
  } catch {
    return { error: 'Tệp không phải bảng tính .xlsx hợp lệ.' }
  }
  const sheet = workbook.worksheets[0]
  return sheet ? { sheet } : { error: 'Tệp không có trang tính nào.' }
}
