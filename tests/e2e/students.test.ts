import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, useBrowser, vietnamesePage } from '../helpers/browser'

const baseURL = inject('baseURL')

const browser = useBrowser()

beforeAll(async () => {
  // On a loaded machine the login form's first compile can outlast the login helper's wait.
  const page = await browser().newPage()
  await page.goto(`${baseURL}/admin/login`, { waitUntil: 'domcontentloaded', timeout: 170_000 })
  await page.locator('input[name="email"]').waitFor({ timeout: 170_000 })
  await page.close()
})

const firstStudentOf = async (page: Page, className: string) => {
  const response = await page.request.get(
    `${baseURL}/api/students?limit=1&depth=0&where[currentClass.name][equals]=${className}`,
    // as the admin's own fetches: a cookie is honoured only from the site itself (CSRF origins)
    { headers: { 'Sec-Fetch-Site': 'same-origin' } },
  )
  expect(response.status()).toBe(200)
  return (await response.json()).docs[0] as { id: number; fullName: string }
}

describe('student page in the admin', () => {
  it('the homeroom teacher sees own student with the health history chart, and the address', async () => {
    const page = await vietnamesePage(browser())
    await adminLogin(page, baseURL, 'gv.toan@haugiang.test')
    const student = await firstStudentOf(page, '7A1')
    await page.goto(`${baseURL}/admin/collections/students/${student.id}`, {
      waitUntil: 'domcontentloaded',
      timeout: 120_000,
    })
    try {
      await page.getByText('Lịch sử sức khỏe').first().waitFor({ timeout: 90_000 })
      await expect(page.locator('svg[role="img"] polyline').count()).resolves.toBe(3)
      // Each check-up's BMI placed in its WHO band for the student's age and sex.
      const bands = await page.locator('.health-history tbody tr td:last-child').allTextContents()
      expect(bands.length).toBeGreaterThan(0)
      for (const band of bands) expect(band).toMatch(/^(Gầy|Bình thường|Thừa cân|Béo phì)/)
      await expect(page.getByText('Địa chỉ thường trú').first().isVisible()).resolves.toBe(true)
      // The form carries the values the homeroom teacher may read: the phone and the guardian rows.
      await expect(page.locator('#field-contactPhone').inputValue()).resolves.toMatch(/\d{9}/)
      await expect(page.locator('#field-guardians__0__name').inputValue()).resolves.not.toBe('')
    } finally {
      await page.screenshot({ path: 'test-results/admin-student-homeroom.png', fullPage: true })
    }
    await page.context().close()
  })

  it('a subject teacher sees identity fields only, and no health history', async () => {
    const page = await vietnamesePage(browser())
    await adminLogin(page, baseURL, 'gv.van@haugiang.test')
    const student = await firstStudentOf(page, '7A1')
    await page.goto(`${baseURL}/admin/collections/students/${student.id}`, {
      waitUntil: 'domcontentloaded',
      timeout: 120_000,
    })
    try {
      await page.getByText('Mã định danh học sinh').first().waitFor({ timeout: 90_000 })
      await expect(page.getByText('Địa chỉ thường trú').count()).resolves.toBe(0)
      await expect(page.locator('.health-history svg[role="img"]').count()).resolves.toBe(0)
    } finally {
      await page.screenshot({ path: 'test-results/admin-student-subject-teacher.png', fullPage: true })
    }
    await page.context().close()
  })
})
