import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, launchBrowser } from '../helpers/browser'

let browser: Browser
const baseURL = inject('baseURL')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('grade entry progress dashboard', () => {
  it('a department head opens it from the navigation, filters by teacher and reminds one', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    try {
      await adminLogin(page, baseURL, 'totruong.toan@haugiang.test')
      await page.goto(`${baseURL}/admin`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
      const link = page.locator('a.nav__link[href="/admin/tien-do-nhap-diem"]')
      await link.first().waitFor({ state: 'attached', timeout: 90_000 })
      await page.goto(`${baseURL}/admin/tien-do-nhap-diem`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
      const table = page.locator('table.grade-progress__table')
      await table.locator('tbody tr').first().waitFor({ timeout: 90_000 })
      const teacher = page.locator('label', { hasText: 'Giáo viên' }).locator('select')
      await teacher.selectOption({ label: 'Võ Thị Ngọc Lan' })
      const rows = table.locator('tbody tr')
      await expect(rows.count()).resolves.toBeGreaterThan(0)
      for (const text of await rows.allTextContents()) expect(text).toContain('Võ Thị Ngọc Lan')
      const remind = rows.getByRole('button', { name: 'Nhắc' }).first()
      await remind.click()
      await page.getByRole('status').filter({ hasText: 'Đã nhắc Võ Thị Ngọc Lan' }).waitFor({ timeout: 30_000 })
      // No anomalies section for a department head.
      await expect(page.getByRole('heading', { name: 'Bất thường cần hiệu trưởng chú ý' }).count()).resolves.toBe(0)
    } finally {
      await context.close()
    }
  })

  it('the principal also sees the anomalies section; a teacher has no link and is told so', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    try {
      await adminLogin(page, baseURL, 'hieutruong@haugiang.test')
      await page.goto(`${baseURL}/admin/tien-do-nhap-diem`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
      await page.getByRole('heading', { name: 'Bất thường cần hiệu trưởng chú ý' }).waitFor({ timeout: 90_000 })
      await page.locator('table.grade-progress__table tbody tr').first().waitFor({ timeout: 90_000 })
    } finally {
      await context.close()
    }
    const teacherContext = await browser.newContext({ locale: 'vi-VN' })
    const teacherPage = await teacherContext.newPage()
    try {
      await adminLogin(teacherPage, baseURL, 'gv.van@haugiang.test')
      await teacherPage.goto(`${baseURL}/admin/tien-do-nhap-diem`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
      await teacherPage
        .getByText('Chỉ hiệu trưởng, phó hiệu trưởng chuyên môn và tổ trưởng chuyên môn')
        .waitFor({ timeout: 90_000 })
      await expect(teacherPage.locator('a.nav__link[href="/admin/tien-do-nhap-diem"]').count()).resolves.toBe(0)
    } finally {
      await teacherContext.close()
    }
  })
})
