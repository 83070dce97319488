import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })

/** Signs in through the admin's login form, as a person would. */
export const adminLogin = async (
  page: Page,
  baseURL: string,
  email: string,
  password = process.env.DEMO_PASSWORD || 'HauGiang@2026',
) => {
  await page.goto(`${baseURL}/admin/login`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 90_000 })
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export const useBrowser = (): (() => Browser) => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is not running')
    return browser
  }
}

/** A page of its own (own cookies) in Vietnamese: the admin follows the browser's language. */
export const vietnamesePage = async (browser: Browser): Promise<Page> =>
  (await browser.newContext({ locale: 'vi-VN' })).newPage()
