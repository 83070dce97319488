import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { findUnsafeRichText, hasActiveHtml, isSafeUrl } from '@/domain/website/safeContent'

/**
 * Refuses script and `javascript:`-style links in the named rich-text and URL fields, with a
 * Vietnamese message naming the field; nothing is written.
 */
export const refuseUnsafeContent =
  ({
    richText = [],
    urls = [],
    texts = [],
  }: {
    richText?: string[]
    urls?: string[]
    texts?: string[]
  }): CollectionBeforeValidateHook =>
  ({ collection, data, req }) => {
    if (!data) return data
    const errors: Array<{ path: string; message: string }> = []
    for (const path of richText) {
      const problem = findUnsafeRichText(data[path])
      if (problem === 'url')
        errors.push({ path, message: 'Nội dung có liên kết không an toàn (chỉ cho phép http, https, mailto, tel).' })
      if (problem === 'html') errors.push({ path, message: 'Nội dung không được chứa mã script hoặc HTML chủ động.' })
    }
    for (const path of urls) {
      const value = data[path]
      if (typeof value === 'string' && !isSafeUrl(value)) {
        errors.push({
          path,
          message: 'Đường dẫn không an toàn: chỉ cho phép http, https, mailto, tel hoặc đường dẫn trong trang.',
        })
      }
    }
    for (const path of texts) {
      const value = data[path]
      if (typeof value === 'string' && hasActiveHtml(value)) {
        errors.push({ path, message: 'Trường này không được chứa mã script hoặc HTML chủ động.' })
      }
    }
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
    return data
  }
