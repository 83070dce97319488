import { describe, expect, it } from 'vitest'

import { boardReport } from '@/domain/website/board'
import { detectFileKind } from '@/domain/website/fileKind'
import { findUnsafeRichText, hasActiveHtml, isSafeUrl } from '@/domain/website/safeContent'
import { slugify } from '@/domain/website/slug'

describe('safe links and content', () => {
  it('allows web, mail, phone and on-site links', () => {
    for (const url of [
      'https://moet.gov.vn',
      'http://hcm.edu.vn/a?b=1',
      'mailto:thcs@haugiang.test',
      'tel:+84281234567',
      '/tin-tuc',
      '#muc-1',
      '?trang=2',
      'tin-tuc/abc',
      '',
    ])
      expect(isSafeUrl(url), url).toBe(true)
  })
  it('refuses scripting schemes however they are written', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ])
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false)
  })
  it('finds script and event handlers typed into text', () => {
    expect(hasActiveHtml('<script>alert(1)</script>')).toBe(true)
    expect(hasActiveHtml('<img src=x onerror=alert(1)>')).toBe(true)
    expect(hasActiveHtml('Điểm trung bình < 5 và > 3')).toBe(false)
  })
  it('walks a Lexical document', () => {
    const doc = (children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })
    expect(findUnsafeRichText(doc([{ type: 'text', text: 'Xin chào' }]))).toBeNull()
    expect(findUnsafeRichText(doc([{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [] }]))).toBe(
      'url',
    )
    expect(
      findUnsafeRichText(
        doc([{ type: 'autolink', fields: { url: 'https://a.vn' }, children: [{ type: 'text', text: '<script>' }] }]),
      ),
    ).toBe('html')
    expect(findUnsafeRichText(null)).toBeNull()
  })
})

describe('file kinds by content', () => {
  it('recognises JPEG, PNG, WebP and PDF, and nothing else', () => {
    expect(detectFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg')
    expect(detectFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png')
    expect(detectFileKind(new Uint8Array([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')]))).toBe(
      'image/webp',
    )
    expect(detectFileKind(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf')
    expect(detectFileKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(detectFileKind(Buffer.from('MZ\x90\x00'))).toBeNull()
    expect(detectFileKind(Buffer.from('\x7fELF'))).toBeNull()
    expect(detectFileKind(new Uint8Array())).toBeNull()
  })
})

describe('slugs', () => {
  it('drops Vietnamese diacritics and đ', () => {
    expect(slugify('Lễ khai giảng năm học 2026–2027')).toBe('le-khai-giang-nam-hoc-2026-2027')
    expect(slugify('Đoàn – Đội')).toBe('doan-doi')
  })
})

describe('board report', () => {
  it('counts publications per department and author per month, days to publish, and waiting stages', () => {
    const report = boardReport([
      {
        department: 'Toán',
        author: 'Lan',
        stage: 'approved',
        published: true,
        history: [
          { event: 'create', at: '2026-10-01T00:00:00Z' },
          { event: 'transition', to: 'department-review', at: '2026-10-02T00:00:00Z' },
          { event: 'publish', at: '2026-10-06T00:00:00Z' },
        ],
      },
      { department: 'Toán', author: 'Lan', stage: 'board-review', published: false, history: [] },
      { department: 'Văn', author: 'Tâm', stage: 'draft', published: false, history: [] },
    ])
    expect(report.perDepartmentMonth).toEqual({ Toán: { '2026-10': 1 } })
    expect(report.perAuthorMonth).toEqual({ Lan: { '2026-10': 1 } })
    expect(report.averageDaysToPublish).toBe(4)
    expect(report.waiting).toEqual({ 'board-review': 1, draft: 1 })
  })
})
