import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { findUnsafeRichText, hasActiveHtml, hasMarkup, isSafeUrl, stringsIn } from '@/domain/website/safeContent'

/** A value at a dotted path (`seo.title`). */
const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data)

/**
 * Refuses script and `javascript:`-style links in the named rich-text and URL fields, active HTML
 * in texts and any markup in plain texts (search-engine title and description), with a Vietnamese
 * message naming the field; nothing is written. Values sent in another shape (an array, an
 * object) are looked through, never skipped.
 */
export const refuseUnsafeContent =
  ({
    richText = [],
    urls = [],
    texts = [],
    plainTexts = [],
  }: {
    richText?: string[]
    urls?: string[]
    texts?: string[]
    plainTexts?: string[]
  }): CollectionBeforeValidateHook =>
  ({ collection, data, req }) => {
    if (!data) return data
    const errors: Array<{ path: string; message: string }> = []
    for (const path of richText) {
      const problem = findUnsafeRichText(valueAt(data, path))
      if (problem === 'url')
        errors.push({ path, message: 'Nội dung có liên kết không an toàn (chỉ cho phép http, https, mailto, tel).' })
      if (problem === 'html') errors.push({ path, message: 'Nội dung không được chứa mã script hoặc HTML chủ động.' })
    }
    for (const path of urls) {
      const value = valueAt(data, path)
      if (value === undefined || value === null || value === '') continue
      if (typeof value !== 'string' || !isSafeUrl(value)) {
        errors.push({
          path,
          message:
            'Đường dẫn không an toàn: chỉ cho phép một địa chỉ http, https, mailto, tel hoặc đường dẫn trong trang.',
        })
      }
    }
    for (const path of texts) {
      if (stringsIn(valueAt(data, path)).some(hasActiveHtml)) {
        errors.push({ path, message: 'Trường này không được chứa mã script hoặc HTML chủ động.' })
      }
    }
    for (const path of plainTexts) {
      const value = valueAt(data, path)
      if (value === undefined || value === null) continue
      if (typeof value !== 'string' || hasMarkup(value)) {
        errors.push({ path, message: 'Trường này chỉ nhận văn bản thường (không có thẻ HTML hay mã).' })
      }
    }
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
    return data
  }
