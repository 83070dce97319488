import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { useBrowser } from '../helpers/browser'
import { scriptSrc, unhashedInlineScripts } from '../helpers/scriptHashes'

/**
 * Every public page on a phone (360 and 390 px): no sideways scroll, a menu button that opens the
 * menu; on a desktop (1366 px) the menu shows every section; axe-core finds no WCAG 2.1 A/AA
 * violation. Unknown addresses get the site's Vietnamese 404 inside its layout.
 */
const baseURL = inject('baseURL')
// Run through DevTools, not as a <script> of the page: the site's CSP allows no inline script it did not hash.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const browser = useBrowser()

const SECTIONS = ['Tin tức', 'Thông báo', 'Văn bản', 'Lịch công tác', 'Công khai', 'Tuyển sinh', 'Album ảnh', 'Liên hệ']

const axeViolations = async (page: Page) => {
  await page.evaluate(axeSource)
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> }
      }
    ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  )
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** At a phone's width: the desktop menu is hidden, the button opens the mobile menu with every section. */
const checkPhone = async (page: Page, width: number, path: string) => {
  await page.setViewportSize({ width, height: 780 })
  expect(await sidewaysScroll(page), `${path} at ${width} px`).toBeLessThanOrEqual(0)
  const desktop = page.getByRole('navigation', { name: 'Điều hướng chính', exact: true })
  expect(await desktop.isVisible()).toBe(false)
  const button = page.locator('.menu-mobile summary')
  expect(await button.isVisible(), `${path}: menu button at ${width} px`).toBe(true)
  const mobile = page.getByRole('navigation', { name: 'Điều hướng chính (di động)' })
  expect(await mobile.getByRole('link', { name: 'Văn bản' }).isVisible()).toBe(false)
  await button.click()
  for (const name of SECTIONS)
    expect(await mobile.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true)
  expect(await sidewaysScroll(page), `${path} at ${width} px, menu open`).toBeLessThanOrEqual(0)
  await button.click()
  expect(await mobile.getByRole('link', { name: 'Văn bản' }).isVisible()).toBe(false)
}

const checkDesktop = async (page: Page) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  expect(await page.locator('.menu-mobile summary').isVisible()).toBe(false)
  const desktop = page.getByRole('navigation', { name: 'Điều hướng chính', exact: true })
  for (const name of SECTIONS)
    expect(await desktop.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true)
}

const visit = async (path: string, status = 200) => {
  const page = await browser().newPage({ viewport: { width: 360, height: 780 } })
  const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'load', timeout: 240_000 })
  expect(response?.status(), path).toBe(status)
  expect(await page.getAttribute('html', 'lang')).toBe('vi')
  return page
}

const firstHref = async (path: string, selector: string) => {
  const page = await visit(path)
  const href = await page.locator(selector).first().getAttribute('href')
  await page.close()
  return href!
}

describe('every public page on a phone and a desktop', () => {
  const fixed = [
    '/',
    '/tin-tuc',
    '/thong-bao',
    '/van-ban',
    '/lich-cong-tac',
    '/cong-khai',
    '/album',
    '/album/ngay-hoi-stem-2026',
    '/lien-he',
    '/trang/gioi-thieu',
    '/trang/tuyen-sinh',
    '/tim-kiem?q=hoc+sinh+gioi',
  ]
  const check = async (path: string) => {
    const page = await visit(path)
    await checkPhone(page, 360, path)
    await checkPhone(page, 390, path)
    expect(await axeViolations(page)).toEqual([])
    await checkDesktop(page)
    await page.close()
  }

  // each page compiles on first visit under `next dev`: one test per page, with room for that
  for (const path of fixed) it(path, () => check(path), 300_000)

  it('an article, a category and a department list', async () => {
    await check(await firstHref('/tin-tuc', '.cards h2 a'))
    await check(await firstHref('/tin-tuc', '.chips a[href^="/tin-tuc/chuyen-muc/"]'))
    await check(await firstHref('/tin-tuc', '.chips a[href^="/tin-tuc/to/"]'))
  }, 600_000)

  it('an unknown address: the Vietnamese 404 inside the site’s layout', async () => {
    // Rendered on the server (not drawn by JavaScript into an error shell), every inline script
    // allowed by its hash in the CSP (scripts/server.mjs).
    const raw = await fetch(`${baseURL}/khong-co-trang-nay`)
    expect(raw.status).toBe(404)
    const html = await raw.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<h1>Không tìm thấy trang</h1>')
    const policy = raw.headers.get('content-security-policy') ?? ''
    expect(scriptSrc(policy)).toMatch(/^'self'( 'sha256-[^']+')+$/)
    expect(unhashedInlineScripts(html, policy)).toEqual([])
    const page = await visit('/khong-co-trang-nay', 404)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Không tìm thấy trang')
    await checkPhone(page, 360, '404')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  }, 300_000)
})

describe('what the site says about itself', () => {
  it('header and footer from the site settings; JSON-LD School; favicon and manifest from the crest', async () => {
    const page = await visit('/')
    await expect(page.locator('.brand').textContent()).resolves.toContain('Trường THCS Hậu Giang')
    const footer = (await page.locator('footer').textContent()) ?? ''
    for (const text of ['Quận 6', '028', '@', 'Chịu trách nhiệm nội dung', 'Phòng Giáo dục', 'Công khai'])
      expect(footer).toContain(text)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(jsonLd['@type']).toBe('School')
    expect(jsonLd.telephone).toBeTruthy()
    await page.close()

    const icon = await fetch(`${baseURL}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toBe('image/png')
    const manifest = await (await fetch(`${baseURL}/manifest.webmanifest`)).json()
    expect(manifest.name).toBe('Trường THCS Hậu Giang')
    expect((await fetch(`${baseURL}${manifest.icons[1].src}`)).status).toBe(200)
    const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text()
    for (const path of ['/van-ban', '/lich-cong-tac', '/cong-khai', '/trang/tuyen-sinh', '/album/ngay-hoi-stem-2026'])
      expect(sitemap).toContain(path)
  }, 300_000)
})
