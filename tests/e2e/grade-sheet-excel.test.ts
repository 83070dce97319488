import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import { describe, expect, inject, it } from 'vitest'

import { gradeAverage } from '@/domain/grading'

import { useBrowser, vietnamesePage } from '../helpers/browser'
import { openTermIISheet } from '../helpers/gradeSheetPage'

const baseURL = inject('baseURL')

const browser = useBrowser()

describe('grade sheet through Excel', () => {
  it('a teacher exports the sheet, edits one cell in the file, imports it with the preview, and sees the new value and average', async () => {
    const page = await vietnamesePage(browser())
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheet-excel-'))
    try {
      // 7A1's term II: a sheet no other browser test writes (the workspace walk enters 7A1's term I,
      // the grade-sheet test 7A2's term II).
      const { loaded, cell } = await openTermIISheet(page, baseURL, 'gv.toan@haugiang.test', '7A1')
      const firstRow = loaded.locator('tbody tr').nth(0)

      // The first student's row made complete in the grid (TX1…TX4, GK, CK), so it has an average.
      const before = ['8', '7', '9', '6', '7.5', '8']
      for (const [c, value] of before.entries()) await cell(0, c).fill(value)
      await page.getByRole('button', { name: 'Lưu bảng điểm' }).click()
      await page.getByText(/Đã lưu \d+ học sinh/).waitFor({ timeout: 60_000 })
      const average = (values: string[]) =>
        gradeAverage(
          { regular: values.slice(0, 4), midterm: values[4]!, final: values[5]! } as never,
          'score',
          4,
        )!.replace('.', ',')
      await expect(firstRow.locator('td[data-average]').textContent()).resolves.toBe(average(before))

      // "Tải Excel": the sheet as a workbook.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByText('Tải Excel').click(),
      ])
      const file = path.join(dir, 'bang-diem.xlsx')
      await download.saveAs(file)

      // One cell edited offline: the first student's CK, 8 → 6.
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(file)
      const sheet = workbook.worksheets[0]!
      const headers = (sheet.getRow(5).values as unknown[]).map((v) => String(v ?? ''))
      const ck = headers.indexOf('CK')
      expect(ck).toBeGreaterThan(0)
      const code = (await firstRow.locator('td.grade-sheet__code').textContent())!.trim()
      let target = 0
      sheet.eachRow((row, number) => {
        if (number > 5 && String(row.getCell(1).value ?? '').trim() === code) target = number
      })
      expect(target, code).toBeGreaterThan(5)
      expect(String(sheet.getCell(target, ck).value)).toBe('8')
      sheet.getCell(target, ck).value = 6
      await workbook.xlsx.writeFile(file)

      // "Nhập từ Excel": the preview names exactly that change, then the import is confirmed.
      await page.locator('input[name="grade-sheet-file"]').setInputFiles(file)
      const preview = page.locator('.grade-sheet-excel__preview')
      await preview.getByText('Sẽ thay đổi 1 dòng').waitFor({ timeout: 60_000 })
      const lines = await preview.locator('li').allTextContents()
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`Dòng ${target} `)
      expect(lines[0]).toContain('CK 8 → 6')
      await page.getByRole('button', { name: 'Xác nhận nhập' }).click()
      await page.getByText('Đã nhập: 1 dòng thay đổi.').waitFor({ timeout: 60_000 })

      // The sheet reloads with the new value and the new average.
      const after = [...before.slice(0, 5), '6']
      await expect.poll(() => cell(0, 5).inputValue(), { timeout: 30_000 }).toBe('6')
      await expect(firstRow.locator('td[data-average]').textContent()).resolves.toBe(average(after))
      expect(average(after)).not.toBe(average(before))
    } finally {
      await page.screenshot({ path: 'test-results/grade-sheet-excel.png', fullPage: true })
      await page.context().close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
