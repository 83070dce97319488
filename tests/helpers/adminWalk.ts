import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

const PASSWORD = process.env.DEMO_PASSWORD || 'HauGiang@2026'

/**
 * A context at 1366×900 in Vietnamese that refuses every request to a host other than this machine
 * and remembers it: the admin must work on a school network without internet. What the admin's
 * Content-Security-Policy refuses (a script, style or connection it blocks) is remembered too.
 */
export const openWalkContext = async (browser: Browser) => {
  const outside: string[] = []
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
  // A busy machine (or a first compile) makes pages slow: waits are long, the steps stay the same.
  context.setDefaultTimeout(120_000)
  context.setDefaultNavigationTimeout(180_000)
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) outside.push(`CSP: ${message.text()}`)
  })
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url())
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)
    if (local || protocol === 'data:' || protocol === 'blob:') return route.continue()
    outside.push(route.request().url())
    return route.abort()
  })
  return { context, outside }
}

/** Signs in through the login form and waits for "Việc cần làm", the first thing on /admin. */
export const signInToWorklist = async (context: BrowserContext, baseURL: string, email: string) => {
  const page = await context.newPage()
  await page.goto(`${baseURL}/admin/login`, { waitUntil: 'domcontentloaded' })
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.locator('#worklist-heading').waitFor({ timeout: 240_000 })
  return page
}

/** Payload's list writes its query into the address once mounted; a click before that is undone. */
export const listReady = (page: Page) => page.waitForURL((url) => url.searchParams.has('limit'))

/** Opens a document from an admin list, once the list has settled. */
export const openListRow = async (page: Page, link: Locator) => {
  await listReady(page)
  await link.click()
  await page.waitForURL((url) => /\/admin\/collections\/[^/]+\/\d+/.test(url.pathname))
}

/** Follows a link of the admin's navigation. */
export const navTo = async (page: Page, href: string) => {
  await page.locator(`nav a[href="${href}"]`).first().click()
  await page.waitForURL((url) => url.pathname === href)
}

/** From the navigation to a collection's list, then its "Tạo mới" form. */
export const openCreateForm = async (page: Page, listHref: string) => {
  await navTo(page, listHref)
  await listReady(page)
  await page
    .getByRole('link', { name: /Tạo mới/ })
    .first()
    .click()
}
