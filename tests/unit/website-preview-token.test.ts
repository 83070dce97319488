import { describe, expect, it } from 'vitest'

import { PREVIEW_LINK_HOURS, readPreviewToken, signPreviewToken } from '@/domain/website/previewToken'

const secret = 'test-secret'
const now = Date.UTC(2026, 10, 30, 8)
const expiresAt = now + PREVIEW_LINK_HOURS * 3600_000

describe('shared preview link tokens', () => {
  it('open their article until they expire', () => {
    const token = signPreviewToken('hoi-thi-toan', expiresAt, secret)
    expect(readPreviewToken(token, secret, now)).toEqual({ slug: 'hoi-thi-toan', expiresAt })
    expect(readPreviewToken(token, secret, expiresAt - 1)?.slug).toBe('hoi-thi-toan')
    expect(readPreviewToken(token, secret, expiresAt)).toBeNull()
    expect(readPreviewToken(token, secret, expiresAt + 3600_000)).toBeNull()
  })

  it('refuse a changed slug, expiry or signature, another secret and malformed tokens', () => {
    const token = signPreviewToken('hoi-thi-toan', expiresAt, secret)
    const [slug, expiry, signature] = token.split('.')
    expect(readPreviewToken(`bai-khac.${expiry}.${signature}`, secret, now)).toBeNull()
    expect(readPreviewToken(`${slug}.${Number(expiry) + 86_400_000}.${signature}`, secret, now)).toBeNull()
    const flipped = signature[0] === 'A' ? `B${signature.slice(1)}` : `A${signature.slice(1)}`
    expect(readPreviewToken(`${slug}.${expiry}.${flipped}`, secret, now)).toBeNull()
    expect(readPreviewToken(token, 'another-secret', now)).toBeNull()
    expect(readPreviewToken(token, '', now)).toBeNull()
    for (const bad of [null, undefined, '', 'abc', `${token}.x`, `${slug}.${expiry}`, `../${token}`])
      expect(readPreviewToken(bad, secret, now)).toBeNull()
  })
})
