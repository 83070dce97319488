import { deflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { pdfHasActiveContent } from '@/domain/website/pdfSafety'
import { findUnsafeRichText, hasMarkup } from '@/domain/website/safeContent'

const pdf = (body: string, compress = false) =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n3 0 obj<</Length 99'),
    Buffer.from(compress ? '/Filter/FlateDecode>>stream\n' : '>>stream\n'),
    compress ? deflateSync(Buffer.from(body)) : Buffer.from(body),
    Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  ])

describe('finding 12: active PDFs', () => {
  it('finds /OpenAction and /JavaScript, also escaped or inside a compressed stream', () => {
    expect(pdfHasActiveContent(pdf('<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>'))).toBe(true)
    expect(pdfHasActiveContent(pdf('<</AA<</O<</S/J#61vaScript/JS(app.alert(1))>>>>>>'))).toBe(true)
    expect(pdfHasActiveContent(pdf('<</OpenAction 5 0 R>>', true))).toBe(true)
  })

  it('a plain PDF passes', () => {
    expect(pdfHasActiveContent(pdf('BT /F1 12 Tf (Thong bao) Tj ET'))).toBe(false)
    expect(pdfHasActiveContent(pdf('BT /F1 12 Tf (Thong bao) Tj ET', true))).toBe(false)
  })
})

describe('finding 12: rich text in any shape', () => {
  const withLink = (fields: unknown) => ({ root: { children: [{ type: 'link', fields, children: [] }] } })
  it('a javascript: link as an array, in an object, or with control characters is found', () => {
    expect(findUnsafeRichText(withLink({ url: ['javascript:alert(1)'] }))).toBe('url')
    expect(findUnsafeRichText(withLink({ url: { href: 'javascript:alert(1)' } }))).toBe('url')
    expect(findUnsafeRichText(withLink({ url: 'java\tscript:alert(1)' }))).toBe('url')
    expect(findUnsafeRichText(withLink({ url: 'https://haugiang.edu.vn' }))).toBeNull()
  })
  it('SEO texts: any markup is refused', () => {
    expect(hasMarkup('<b>Tin</b>')).toBe(true)
    expect(hasMarkup('Khai giảng năm học 2026-2027')).toBe(false)
  })
})
