import { describe, expect, inject, it } from 'vitest'

import { useBrowser, vietnamesePage } from '../helpers/browser'
import { openTermIISheet } from '../helpers/gradeSheetPage'

const baseURL = inject('baseURL')

const browser = useBrowser()

describe('grade sheet', () => {
  it('a teacher enters a sheet with the keyboard and a pasted column, saves, reloads and sees values and averages', async () => {
    const page = await vietnamesePage(browser())
    try {
      // 7A2's term II: a sheet no other browser test writes (the workspace walk enters 7A1's).
      const { select, option, loaded, cell } = await openTermIISheet(page, baseURL, 'gv.toan@haugiang.test', '7A2')
      await expect(cell(0, 0).inputValue()).resolves.toBe('')

      // Row 1 with the keyboard: type, move right, …
      await cell(0, 0).click()
      for (const value of ['8', '7', '9', '6', '7.5', '8']) {
        await page.keyboard.type(value)
        await page.keyboard.press('ArrowRight')
      }
      await expect(loaded.locator('tbody tr').nth(0).locator('td[data-average]').textContent()).resolves.toBe('7,7')
      // Enter moves down.
      await cell(0, 5).click()
      await page.keyboard.press('Enter')
      await page.keyboard.type('9')
      await expect(cell(1, 5).inputValue()).resolves.toBe('9')

      // A column pasted from Excel fills down.
      await cell(1, 0).focus()
      await page.evaluate(() => {
        const data = new DataTransfer()
        data.setData('text', '9\r\n8\r\n7\r\n')
        document.activeElement!.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        )
      })
      await expect(cell(2, 0).inputValue()).resolves.toBe('8')
      await expect(cell(3, 0).inputValue()).resolves.toBe('7')

      await page.getByRole('button', { name: 'Lưu bảng điểm' }).click()
      await page.getByText(/Đã lưu \d+ học sinh/).waitFor({ timeout: 60_000 })

      await page.reload({ waitUntil: 'domcontentloaded' })
      await select.waitFor({ timeout: 90_000 })
      await select.selectOption(option)
      await loaded.waitFor({ timeout: 60_000 })
      await expect(cell(0, 4).inputValue()).resolves.toBe('7,5')
      await expect(cell(3, 0).inputValue()).resolves.toBe('7')
      await expect(loaded.locator('tbody tr').nth(0).locator('td[data-average]').textContent()).resolves.toBe('7,7')
    } finally {
      await page.screenshot({ path: 'test-results/grade-sheet.png', fullPage: true })
      await page.context().close()
    }
  })
})
