import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

import { detectFileKind, MAX_UPLOAD_BYTES } from '@/domain/website/fileKind'
import { pdfHasActiveContent } from '@/domain/website/pdfSafety'

/**
 * Judges an upload by its content, not its name: only real JPEG, PNG, WebP images and PDFs up to
 * 10 MB; SVG, HTML and executables are refused whatever they are called. Images are re-encoded
 * without their metadata, so EXIF data and GPS positions never reach the website.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data) return args
  const fail = (message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message }] }, req.t)
  }
  if (file.size > MAX_UPLOAD_BYTES || file.data.length > MAX_UPLOAD_BYTES) fail('Tệp quá lớn: tối đa 10 MB.')
  const kind = detectFileKind(file.data)
  if (!kind) fail('Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (theo nội dung tệp; không nhận SVG hay tệp chạy được).')
  if (kind === 'application/pdf' && pdfHasActiveContent(file.data)) {
    fail('Tệp PDF có mã chạy tự động (JavaScript, OpenAction, Launch…): hãy in lại ra PDF thường rồi tải lên.')
  }
  if (kind !== 'application/pdf') {
    try {
      // sharp drops all metadata unless asked to keep it; rotate() first applies the EXIF orientation
      file.data = await sharp(file.data).rotate().toBuffer()
    } catch {
      fail('Ảnh bị hỏng hoặc không đọc được.')
    }
    file.size = file.data.length
  }
  file.mimetype = kind!
  return args
}
