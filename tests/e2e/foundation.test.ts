import { getPayload } from 'payload'

import { closePayload } from '@/lib/prepare'
import { describe, expect, inject, it } from 'vitest'

import { adminLogin, useBrowser, vietnamesePage } from '../helpers/browser'

const baseURL = inject('baseURL')

const browser = useBrowser()

describe('public website', () => {
  it('shows the home page in Vietnamese', async () => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseURL}/`, { waitUntil: 'domcontentloaded', timeout: 90_000 })
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await expect(page.locator('h1').textContent()).resolves.toContain('Trường THCS Hậu Giang')
    await expect(page.getByRole('link', { name: 'Bộ Giáo dục và Đào tạo' }).count()).resolves.toBeGreaterThanOrEqual(1)
    await page.close()
  })
})

describe('admin panel', () => {
  it('the principal signs in and sees the panel in Vietnamese', async () => {
    const page = await vietnamesePage(browser())
    await adminLogin(page, baseURL, 'hieutruong@haugiang.test')
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    const nav = page.locator('nav')
    await nav.getByText('Tài khoản').first().waitFor({ timeout: 60_000 })
    await expect(nav.getByText('Lớp').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('Bảo mật tài khoản').first().isVisible()).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/admin-dashboard.png', fullPage: true })
    await page.context().close()
  })

  it('a wrong password shows a generic Vietnamese message', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/admin/login`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
    await page.locator('input[name="email"]').fill('gv.van@haugiang.test')
    await page.locator('input[name="password"]').fill('KhongDung2026')
    await page.locator('button[type="submit"]').click()
    try {
      await page.getByText('Thư điện tử hoặc mật khẩu không đúng').first().waitFor({ timeout: 60_000 })
    } finally {
      await page.screenshot({ path: 'test-results/admin-wrong-password.png' })
    }
    await page.close()
  })

  it('asks a user whose password is older than 180 days to change it', async () => {
    const payload = await getPayload({ config: (await import('@payload-config')).default })
    const librarian = (
      await payload.find({ collection: 'users', where: { email: { equals: 'thuvien@haugiang.test' } } })
    ).docs[0]!
    const longAgo = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000).toISOString()
    // Test set-up: age the password as a system action.
    await payload.update({
      collection: 'users',
      id: librarian.id,
      data: { passwordChangedAt: longAgo },
      overrideAccess: true,
    })
    const page = await browser().newPage()
    await adminLogin(page, baseURL, 'thuvien@haugiang.test')
    const banner = page.getByRole('alert').filter({ hasText: 'Đã đến lúc đổi mật khẩu' })
    await banner.waitFor({ timeout: 60_000 })
    await expect(banner.textContent()).resolves.toMatch(/200 ngày/)
    await page.close()
    await closePayload(payload)
  })

  it('the security review lists accounts for the principal', async () => {
    const page = await browser().newPage()
    await adminLogin(page, baseURL, 'hieutruong@haugiang.test')
    await page.goto(`${baseURL}/admin/bao-mat-tai-khoan`, { waitUntil: 'domcontentloaded' })
    await page.locator('table.account-security-table').waitFor({ timeout: 60_000 })
    await expect(page.locator('table.account-security-table tbody tr').count()).resolves.toBeGreaterThanOrEqual(15)
    await page.close()
  })
})
