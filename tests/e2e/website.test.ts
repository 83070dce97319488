import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { PREVIEW_LINK_HOURS, signPreviewToken } from '@/domain/website/previewToken'
import { previewLinkPath, previewLinkSecret, previewUrl } from '@/website/preview'

import { useBrowser } from '../helpers/browser'
import { httpApi } from '../helpers/http'

/**
 * The public website in Chromium: the main pages answer in Vietnamese with no axe-core violation
 * of WCAG 2.1 level A or AA; an article walked through the workflow over HTTP (teacher → department
 * head → board → website administrator) then appears on the public site.
 */
const baseURL = inject('baseURL')
// Run through DevTools, not as a <script> of the page: the site's CSP allows no inline script it did not hash.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const browser = useBrowser()

const { api, login } = httpApi(baseURL)

const axeViolations = async (page: Page) => {
  await page.evaluate(axeSource)
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> }
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('public pages', () => {
  // each page compiles on first visit under `next dev`: one test per page, with room for that
  const visit = async (path: string) => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'load', timeout: 240_000 })
    expect(response?.status(), path).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    return page
  }

  it('home: latest news, announcements, links to the Ministry and the Department; no axe A/AA violation', async () => {
    const page = await visit('/')
    await expect(page.getByRole('heading', { name: 'Tin mới' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: 'Thông báo' }).count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: 'Bộ Giáo dục và Đào tạo' }).count()).resolves.toBeGreaterThan(0)
    await expect(
      page.getByRole('link', { name: 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh' }).count(),
    ).resolves.toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  }, 300_000)

  it('news list with filters and an article with Open Graph tags; no axe A/AA violation', async () => {
    const page = await visit('/tin-tuc')
    await expect(page.getByRole('heading', { name: 'Chuyên mục' }).count()).resolves.toBe(1)
    await expect(page.getByRole('heading', { name: 'Tổ chuyên môn' }).count()).resolves.toBe(1)
    expect(await axeViolations(page)).toEqual([])
    const href = await page.locator('.cards h2 a').first().getAttribute('href')
    expect(href).toMatch(/^\/tin-tuc\//)
    await page.close()

    const article = await visit(href!)
    expect(await article.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy()
    expect(await axeViolations(article)).toEqual([])
    await article.close()
  }, 300_000)

  for (const path of ['/thong-bao', '/tim-kiem?q=STEM', '/trang/gioi-thieu']) {
    it(`${path} answers in Vietnamese; no axe A/AA violation`, async () => {
      const page = await visit(path)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    }, 300_000)
  }

  it('serves the RSS feed, sitemap.xml and robots.txt', async () => {
    const rss = await fetch(`${baseURL}/rss.xml`)
    expect(rss.headers.get('content-type')).toContain('application/rss+xml')
    expect(await rss.text()).toContain('<item>')
    expect(await (await fetch(`${baseURL}/sitemap.xml`)).text()).toContain('/tin-tuc/')
    expect(await (await fetch(`${baseURL}/robots.txt`)).text()).toContain('Disallow: /admin')
  }, 300_000)
})

describe('from a teacher’s draft to the public site', () => {
  it('department review, board approval, publication by the website administrator; drafts never shown', async () => {
    const title = `Lễ khai giảng năm học mới ${Date.now()}`
    const teacher = await login('gv.toan@haugiang.test')
    const created = await api('POST', '/articles?draft=true', teacher, {
      title,
      excerpt: 'Buổi lễ khai giảng trang trọng.',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc

    const page = await browser().newPage()
    expect((await page.goto(`${baseURL}/tin-tuc/${slug}`, { timeout: 120_000 }))?.status()).toBe(404)

    const step = async (token: string, reviewStage: string) =>
      expect((await api('PATCH', `/articles/${id}?draft=true`, token, { reviewStage })).status).toBe(200)
    await step(teacher, 'department-review')
    await step(await login('totruong.toan@haugiang.test'), 'board-review')
    await step(await login('pht.chuyenmon@haugiang.test'), 'approved')
    expect((await api('PATCH', `/articles/${id}`, teacher, { _status: 'published' })).status).toBeGreaterThanOrEqual(
      400,
    )
    expect(
      (await api('PATCH', `/articles/${id}`, await login('web@haugiang.test'), { _status: 'published' })).status,
    ).toBe(200)

    const response = await page.goto(`${baseURL}/tin-tuc/${slug}`, { waitUntil: 'load', timeout: 120_000 })
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title)
    await page.goto(`${baseURL}/tin-tuc`, { waitUntil: 'load' })
    await expect(page.getByRole('link', { name: title }).count()).resolves.toBe(1)
    await page.close()

    // Served from the cache (ISR) from then on: the same HTML, a cache hit, no rendering.
    const first = await fetch(`${baseURL}/tin-tuc/${slug}`)
    const second = await fetch(`${baseURL}/tin-tuc/${slug}`)
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await second.text()).toBe(await first.text())
    // ...and for a few seconds from the production server's own copy (src/lib/http/pageCache.mjs)
    expect(second.headers.get('x-server-cache')).toBe('HIT')
    // no client hint asked of the site's visitors: Critical-CH would make a first visit load it twice
    expect(first.headers.get('critical-ch')).toBeNull()
    await fetch(`${baseURL}/tin-tuc`)
    const list = await fetch(`${baseURL}/tin-tuc`)
    expect(list.headers.get('x-server-cache')).toBe('HIT')
    expect(await list.text()).toContain(title)
    // Unpublished: the cached page and the list entry go at once (revalidateSite.ts).
    const web = await login('web@haugiang.test')
    expect((await api('PATCH', `/articles/${id}`, web, { _status: 'draft' })).status).toBe(200)
    expect((await fetch(`${baseURL}/tin-tuc/${slug}`)).status).toBe(404)
    expect(await (await fetch(`${baseURL}/tin-tuc`)).text()).not.toContain(title)
  }, 300_000)
})

describe('draft preview', () => {
  /** The cookies a response sets, as a Cookie header (fetch keeps none by itself). */
  const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0])
  // Sent as a browser would (same-site navigation): with a CSRF allow-list Payload ignores a
  // cookie that comes with neither an Origin nor a Sec-Fetch-Site header.
  const get = (path: string, cookies: string[] = []) =>
    fetch(`${baseURL}${path}`, {
      redirect: 'manual',
      headers: cookies.length ? { Cookie: cookies.join('; '), 'Sec-Fetch-Site': 'same-origin' } : {},
    })
  const draft = async () => {
    const title = `Bản nháp xem trước ${Date.now()}`
    const created = await api('POST', '/articles?draft=true', await login('gv.toan@haugiang.test'), {
      title,
      excerpt: 'Chưa duyệt.',
    })
    expect(created.status).toBe(201)
    return { title, id: created.body.doc.id as number, slug: created.body.doc.slug as string }
  }

  it('the secret route shows a draft to a signed-in reviewer who may read it, never to the public', async () => {
    const { title, slug } = await draft()
    expect((await get(`/tin-tuc/${slug}`)).status).toBe(404)
    // the public, a wrong secret, a teacher of another department
    expect((await get(previewUrl(slug))).status).toBe(401)
    expect((await get(previewUrl(slug).replace(/secret=[^&]+/, 'secret=doan-bua'))).status).toBe(401)
    expect((await get(previewUrl(slug), [`payload-token=${await login('gv.van@haugiang.test')}`])).status).toBe(403)

    const head = [`payload-token=${await login('totruong.toan@haugiang.test')}`]
    const opened = await get(previewUrl(slug), head)
    expect(opened.status).toBe(307)
    expect(opened.headers.get('location')).toContain(`/tin-tuc/${slug}`)
    const withDraftMode = [...head, ...cookiesOf(opened)]
    const page = await get(`/tin-tuc/${slug}`, withDraftMode)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(title)
    expect(html).toContain('Bản xem trước (chưa xuất bản)')
    // draft mode alone, signed out, shows nothing
    expect((await get(`/tin-tuc/${slug}`, cookiesOf(opened))).status).toBe(404)
  }, 300_000)

  it('a reviewer’s 24-hour link shows that draft without an account; expired or tampered links are refused', async () => {
    const { title, id, slug } = await draft()
    expect((await api('POST', `/articles/${id}/preview-link`, await login('gv.toan@haugiang.test'))).status).toBe(403)
    expect((await api('POST', `/articles/${id}/preview-link`)).status).toBe(401)
    const made = await api('POST', `/articles/${id}/preview-link`, await login('totruong.toan@haugiang.test'))
    expect(made.status).toBe(200)
    const hours = (Date.parse(made.body.expiresAt) - Date.now()) / 3600_000
    expect(hours).toBeGreaterThan(PREVIEW_LINK_HOURS - 0.1)
    expect(hours).toBeLessThanOrEqual(PREVIEW_LINK_HOURS)

    const opened = await get(made.body.url)
    expect(opened.status).toBe(307)
    expect(opened.headers.get('location')).toContain(`/tin-tuc/${slug}`)
    const page = await get(`/tin-tuc/${slug}`, cookiesOf(opened))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(title)
    expect(html).toContain('Bản xem trước (chưa xuất bản)')
    expect((await get(`/tin-tuc/${slug}`)).status).toBe(404)

    // the link opens only its own article
    const other = await draft()
    expect((await get(`/tin-tuc/${other.slug}`, cookiesOf(opened))).status).toBe(404)

    const token = new URL(made.body.url, baseURL).searchParams.get('token')!
    const [tokenSlug, expiry, signature] = token.split('.')
    const refused = async (badToken: string) => {
      const response = await get(previewLinkPath(badToken))
      expect(response.status, badToken).toBe(401)
      expect(cookiesOf(response)).toEqual([])
    }
    await refused(`${tokenSlug}.${Number(expiry) + 7 * 86_400_000}.${signature}`) // expiry pushed back
    await refused(`${other.slug}.${expiry}.${signature}`) // another article
    await refused(signPreviewToken(slug, Date.now() - 60_000, previewLinkSecret())) // expired a minute ago
    await refused(signPreviewToken(slug, Date.now() + 3600_000, 'not-the-secret')) // forged
    // an expired token in the cookie shows nothing either
    const expired = signPreviewToken(slug, Date.now() - 60_000, previewLinkSecret())
    const draftModeOnly = cookiesOf(opened).filter((cookie) => !cookie.startsWith('preview-link='))
    expect((await get(`/tin-tuc/${slug}`, [...draftModeOnly, `preview-link=${expired}`])).status).toBe(404)
  }, 300_000)
})
