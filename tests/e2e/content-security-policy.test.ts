import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { adminLogin, useBrowser, vietnamesePage } from '../helpers/browser'
import { scriptSrc, unhashedInlineScripts } from '../helpers/scriptHashes'

const baseURL = inject('baseURL')
const browser = useBrowser()

/**
 * Records every Content-Security-Policy violation the page reports (the `securitypolicyviolation`
 * event and Chromium's console message), so that a policy too strict for the app — or a script the
 * policy rightly blocks — shows up as a failure instead of a silently broken page.
 */
const watchViolations = async (page: Page) => {
  const violations: string[] = []
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
      report(`${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

/** Opens a page and waits until it has run its scripts (the network is idle). */
const visit = async (page: Page, path: string) => {
  const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle', timeout: 120_000 })
  expect(response?.status(), path).toBeLessThan(400)
  return response!
}

/** The site's public pages: every list, page and form a visitor reaches from the menu. */
const PUBLIC_PAGES = [
  '/',
  '/tin-tuc',
  '/thong-bao',
  '/van-ban',
  '/cong-khai',
  '/album',
  '/lien-he',
  '/lich-cong-tac',
  '/tim-kiem?q=hoc+sinh',
  '/phu-huynh',
]

describe('Content-Security-Policy in Chromium', () => {
  it('the public site runs under its script-hash policy without a violation', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } })
    const violations = await watchViolations(page)
    await visit(page, '/tin-tuc')
    const article = await page.locator('.cards h2 a').first().getAttribute('href')
    const album = await visit(page, '/album').then(() =>
      page.locator('a[href^="/album/"]').first().getAttribute('href'),
    )
    const pages = [...PUBLIC_PAGES, article!, ...(album ? [album] : [])]
    for (const path of pages) {
      // The raw HTML, as the server sent it: each inline script allowed by its hash, nothing else inline.
      const raw = await fetch(`${baseURL}${path}`)
      expect(raw.status, path).toBe(200)
      const policy = raw.headers.get('content-security-policy') ?? ''
      expect(scriptSrc(policy), path).toMatch(/^'self'( 'sha256-[^']+')+$/)
      expect(policy, path).not.toMatch(/nonce-|strict-dynamic/)
      expect(unhashedInlineScripts(await raw.text(), policy), path).toEqual([])
      // And Chromium runs the page (hydration included) without a report.
      await visit(page, path)
    }
    expect(violations).toEqual([])
    await page.close()
  }, 600_000)

  it('the admin runs under its policy without a violation, and may not be framed', async () => {
    const page = await vietnamesePage(browser())
    const violations = await watchViolations(page)
    await adminLogin(page, baseURL, 'hieutruong@haugiang.test')
    await page.getByText('Việc cần làm').first().waitFor({ timeout: 60_000 })
    // The articles list last: the test then opens one of its articles.
    for (const path of [
      '/admin/collections/students',
      '/admin/so-diem',
      '/admin/thong-ke',
      '/admin/collections/articles',
    ]) {
      const response = await visit(page, path)
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    }
    await page.locator('table a[href*="/admin/collections/articles/"]').first().click()
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    await page.context().close()
  })
})
