import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

let t: TestContext
beforeAll(async () => {
  t = await bootPayload()
})
afterAll(() => shutdownPayload(t))

const lexicalWithLink = (fields: unknown) => ({
  root: {
    type: 'root',
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [{ type: 'link', version: 1, fields, children: [{ type: 'text', version: 1, text: 'bấm vào đây' }] }],
      },
    ],
  },
})

describe('finding 12: links and texts in any shape', () => {
  it('a javascript: link sent as an array or inside an object in rich text is refused', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    for (const fields of [
      { linkType: 'custom', url: ['javascript:alert(1)'] },
      { linkType: 'custom', url: { href: 'javascript:alert(1)' } },
      { linkType: 'custom', doc: { value: { url: 'JaVa\tScRiPt:alert(1)' } } },
    ]) {
      const { status } = await t.api.rest('POST', '/articles', {
        token,
        query: { draft: 'true' },
        body: { title: `Liên kết xấu ${Date.now()}`, content: lexicalWithLink(fields) },
      })
      expect(status, JSON.stringify(fields)).toBe(400)
    }
  })

  it('an announcement link sent as an array or object is refused', async () => {
    const token = await t.api.login('web@haugiang.test')
    for (const link of [['javascript:alert(1)'], { url: 'javascript:alert(1)' }]) {
      const { status } = await t.api.rest('POST', '/announcements', {
        token,
        body: { title: 'Liên kết xấu', kind: 'notice', validFrom: '2026-10-01', link },
      })
      expect(status).toBe(400)
    }
  })

  it('SEO title and description take plain text only', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    for (const seo of [
      { title: '<b>Tin</b> nổi bật' },
      { description: '<img src=x onerror=alert(1)>' },
      { title: ['a', 'b'] },
    ]) {
      const { status } = await t.api.rest('POST', '/articles', {
        token,
        query: { draft: 'true' },
        body: { title: `SEO xấu ${Date.now()}`, seo },
      })
      expect(status, JSON.stringify(seo)).toBe(400)
    }
  })
})
