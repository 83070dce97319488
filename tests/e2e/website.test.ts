import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

/**
 * The public website in Chromium: the main pages answer in Vietnamese with no axe-core violation
 * of WCAG 2.1 level A or AA; an article walked through the workflow over HTTP (teacher → department
 * head → board → website administrator) then appears on the public site.
 */
let browser: Browser
const baseURL = inject('baseURL')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const password = process.env.DEMO_PASSWORD || 'HauGiang@2026'

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const api = async (method: string, path: string, token?: string, body?: unknown) => {
  const response = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}
const login = async (email: string) => (await api('POST', '/users/login', undefined, { email, password })).body.token as string

const axeViolations = async (page: Page) => {
  await page.addScriptTag({ path: axePath })
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('public pages', () => {
  it('home, news list, an article, announcements and search are accessible (axe: no A/AA violation)', async () => {
    const page = await browser.newPage()
    const first = await page.goto(`${baseURL}/`, { waitUntil: 'load', timeout: 120_000 })
    expect(first?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await expect(page.getByRole('heading', { name: 'Tin mới' }).count()).resolves.toBe(1)
    await expect(page.getByRole('link', { name: 'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh' }).count()).resolves.toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${baseURL}/tin-tuc`, { waitUntil: 'load', timeout: 120_000 })
    expect(await axeViolations(page)).toEqual([])
    const firstArticle = page.locator('.cards h2 a').first()
    const href = await firstArticle.getAttribute('href')
    expect(href).toMatch(/^\/tin-tuc\//)

    await page.goto(`${baseURL}${href}`, { waitUntil: 'load', timeout: 120_000 })
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy()
    expect(await axeViolations(page)).toEqual([])

    for (const path of ['/thong-bao', '/tim-kiem?q=STEM', '/trang/gioi-thieu']) {
      const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'load', timeout: 120_000 })
      expect(response?.status(), path).toBe(200)
      expect(await axeViolations(page), path).toEqual([])
    }
    await page.close()
  })

  it('serves the RSS feed, sitemap.xml and robots.txt', async () => {
    const rss = await fetch(`${baseURL}/rss.xml`)
    expect(rss.headers.get('content-type')).toContain('application/rss+xml')
    expect(await rss.text()).toContain('<item>')
    expect(await (await fetch(`${baseURL}/sitemap.xml`)).text()).toContain('/tin-tuc/')
    expect(await (await fetch(`${baseURL}/robots.txt`)).text()).toContain('Disallow: /admin')
  })
})

describe('from a teacher’s draft to the public site', () => {
  it('department review, board approval, publication by the website administrator; drafts never shown', async () => {
    const title = `Lễ khai giảng năm học mới ${Date.now()}`
    const teacher = await login('gv.toan@haugiang.test')
    const created = await api('POST', '/articles?draft=true', teacher, { title, excerpt: 'Buổi lễ khai giảng trang trọng.' })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc

    const page = await browser.newPage()
    expect((await page.goto(`${baseURL}/tin-tuc/${slug}`, { timeout: 120_000 }))?.status()).toBe(404)

    const step = async (token: string, reviewStage: string) =>
      expect((await api('PATCH', `/articles/${id}?draft=true`, token, { reviewStage })).status).toBe(200)
    await step(teacher, 'department-review')
    await step(await login('totruong.toan@haugiang.test'), 'board-review')
    await step(await login('pht.chuyenmon@haugiang.test'), 'approved')
    expect((await api('PATCH', `/articles/${id}`, teacher, { _status: 'published' })).status).toBeGreaterThanOrEqual(400)
    expect((await api('PATCH', `/articles/${id}`, await login('web@haugiang.test'), { _status: 'published' })).status).toBe(200)

    const response = await page.goto(`${baseURL}/tin-tuc/${slug}`, { waitUntil: 'load', timeout: 120_000 })
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title)
    await page.goto(`${baseURL}/tin-tuc`, { waitUntil: 'load' })
    await expect(page.getByRole('link', { name: title }).count()).resolves.toBe(1)
    await page.close()
  })
})
