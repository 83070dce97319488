import { mkdirSync } from 'node:fs'

import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { navTo, openListRow, openWalkContext, signInToWorklist } from '../helpers/adminWalk'
import { useBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const browser = useBrowser()
const SHOTS = 'docs/screenshots'

const openContext = () => openWalkContext(browser())
const signIn = (context: BrowserContext, email: string) => signInToWorklist(context, baseURL, email)

const shoot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true })
  await page.locator('section.worklist').screenshot({ path: `${SHOTS}/${name}.png` })
}

/** Each walk signs several people in; on a busy machine (or a first compile) that takes minutes. */
const WALK_TIMEOUT = 900_000

const worklistLink = (page: Page, title: RegExp) => page.locator('section.worklist a', { hasText: title }).first()

describe('the staff workspace', () => {
  // The first visit of each admin page compiles it under `next dev`: once here, not inside a step's wait.
  beforeAll(async () => {
    const { context } = await openContext()
    try {
      const page = await signIn(context, 'pht.chuyenmon@haugiang.test')
      for (const path of ['/admin/so-diem', '/admin/collections/grade-corrections', '/admin/collections/documents'])
        await page.goto(`${baseURL}${path}`, { waitUntil: 'load' })
    } finally {
      await context.close()
    }
  }, 600_000)

  it(
    'a teacher enters a sheet from "Việc cần làm" by keyboard and paste, fixes a wrong cell, saves with Ctrl+S, and asks to correct a locked cell',
    async () => {
      const { context, outside } = await openContext()
      try {
        const page = await signIn(context, 'gv.toan@haugiang.test')
        await shoot(page, 'viec-can-lam-giao-vien')
        await worklistLink(page, /Nhập điểm Toán lớp 7A1/).click()
        const table = page.locator('table.grade-sheet__table')
        await table.waitFor({ timeout: 120_000 })
        // The first row that is not locked: reach its TX1 by keyboard from the first cell.
        const rows = table.locator('tbody tr')
        const unlocked = await rows.evaluateAll((trs) => trs.findIndex((tr) => !tr.className.includes('locked')))
        expect(unlocked).toBeGreaterThanOrEqual(0)
        const cell = (r: number, c: number) => table.locator(`input[data-r="${r}"][data-c="${c}"]`)
        await cell(0, 0).focus()
        for (let i = 0; i < unlocked; i++) await page.keyboard.press('ArrowDown')
        // Typing replaces the value of a cell reached by keyboard.
        await page.keyboard.type('6')
        await expect(cell(unlocked, 0).inputValue()).resolves.toBe('6')
        // A 5 × 3 block from Excel, one value out of range, decimals with a comma.
        await page.evaluate(() => {
          const data = new DataTransfer()
          data.setData('text', '7,5\t8\t9\r\n6\t11\t7\r\n8\t8\t8\r\n9\t9,5\t10\r\n5\t6\t7\r\n')
          document.activeElement!.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
          )
        })
        await expect(cell(unlocked, 0).inputValue()).resolves.toBe('7,5')
        await expect(cell(unlocked + 4, 2).inputValue()).resolves.toBe('7')
        const bad = cell(unlocked + 1, 1)
        await expect(bad.getAttribute('aria-invalid')).resolves.toBe('true')
        await expect(bad.getAttribute('title')).resolves.toBeTruthy()
        // Ctrl+S refuses the sheet and lists the wrong cell by student and column.
        await page.keyboard.press('Control+s')
        const problems = page.locator('.grade-sheet__problems')
        await problems.waitFor({ timeout: 30_000 })
        await expect(problems.textContent()).resolves.toContain('TX2')
        await problems.getByRole('button').first().click()
        await page.keyboard.type('10')
        await expect(bad.inputValue()).resolves.toBe('10')
        await page.keyboard.press('Control+s')
        await page.locator('[role="status"]', { hasText: /Đã lưu \d+ học sinh/ }).waitFor({ timeout: 60_000 })
        await expect(cell(unlocked, 0).inputValue()).resolves.toBe('7,5')

        // The locked 7A2 sheet: ask for a correction from the row.
        const select = page.locator('select[name="assignment"]')
        const option = await select
          .locator('option', { hasText: /Toán — 7A2 — HK I/ })
          .first()
          .getAttribute('value')
        await select.selectOption(option!)
        const locked = page.locator('tr.grade-sheet__row--locked').nth(2)
        await locked.waitFor({ timeout: 60_000 })
        const student = (await locked.locator('th').textContent())!
          .replace('🔒', '')
          .replace('Đề nghị điều chỉnh', '')
          .trim()
        await locked.getByRole('button', { name: 'Đề nghị điều chỉnh' }).click()
        const dialog = page.locator('dialog.grade-sheet__dialog')
        await dialog.locator('select[name="field"]').selectOption({ label: 'GK' })
        const old = await dialog.locator('input[name="oldValue"]').inputValue()
        const wanted = old === '9' ? '8' : '9'
        await dialog.locator('input[name="newValue"]').fill(wanted)
        await dialog.locator('textarea[name="reason"]').fill('Chấm phúc khảo bài giữa kỳ.')
        await dialog.getByRole('button', { name: 'Gửi đề nghị' }).click()
        await page.locator('[role="status"]', { hasText: 'Đã gửi đề nghị điều chỉnh GK' }).waitFor({ timeout: 30_000 })

        // The academic vice principal approves it from "Việc cần làm".
        const { context: vpContext, outside: vpOutside } = await openContext()
        try {
          const vp = await signIn(vpContext, 'pht.chuyenmon@haugiang.test')
          await shoot(vp, 'viec-can-lam-pho-hieu-truong')
          await worklistLink(vp, /Đề nghị điều chỉnh điểm chờ duyệt/).click()
          await openListRow(vp, vp.locator('table a', { hasText: new RegExp(`${student}.*GK`) }).first())
          await vp.getByRole('button', { name: 'Duyệt' }).click()
          await vp.locator('.approval-decision__status[data-status="approved"]').waitFor({ timeout: 60_000 })
          await expect(vp.getByRole('button', { name: 'Duyệt' }).count()).resolves.toBe(0)
          expect(vpOutside).toEqual([])
        } finally {
          await vpContext.close()
        }
        // The teacher's sheet shows the new value.
        await page.reload({ waitUntil: 'domcontentloaded' })
        const row = page.locator('tr', { has: page.locator('th', { hasText: student }) })
        await row.waitFor({ timeout: 120_000 })
        const n = (await page.locator('table.grade-sheet__table thead th').allTextContents()).filter((h) =>
          /^TX/.test(h),
        ).length
        await expect(row.locator(`input[data-c="${n}"]`).inputValue()).resolves.toBe(wanted)
        expect(outside).toEqual([])
      } finally {
        await context.close()
      }
    },
    WALK_TIMEOUT,
  )

  it(
    'the principal sees classes blocked for year-end with what blocks them; clerk, medical staff and the website administrator see their work',
    async () => {
      for (const [email, name, expected] of [
        ['hieutruong@haugiang.test', 'viec-can-lam-hieu-truong', /Lớp chưa đủ dữ liệu cuối năm|Lớp đủ dữ liệu/],
        ['vanthu@haugiang.test', 'viec-can-lam-van-thu', /Văn bản đến/],
        // the demo school has every current student's check-up of this year: nothing waits
        ['yte@haugiang.test', 'viec-can-lam-y-te', /chưa khám sức khỏe|Hiện không có việc nào đang chờ bạn/],
        ['web@haugiang.test', 'viec-can-lam-quan-tri-web', /Bài viết đã duyệt, chờ đăng/],
        ['gv.van@haugiang.test', 'viec-can-lam-chu-nhiem', /Chuyên cần tháng|Kết quả rèn luyện/],
      ] as const) {
        const { context, outside } = await openContext()
        try {
          const page = await signIn(context, email)
          await expect(page.locator('section.worklist').textContent()).resolves.toMatch(expected)
          await shoot(page, name)
          if (email === 'hieutruong@haugiang.test') {
            const blocked = page.locator('[data-key="year-end-blocked"]')
            if (await blocked.count()) await expect(blocked.textContent()).resolves.toMatch(/thiếu \d+ mục/)
          }
          if (email === 'vanthu@haugiang.test') {
            // From the navigation to the documents list, and the register printed as a PDF.
            await page.locator('nav a[href="/admin/collections/documents"]').first().click()
            const download = page.waitForEvent('download', { timeout: 120_000 })
            await page.getByRole('link', { name: 'In sổ văn bản đến' }).click()
            expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
          }
          expect(outside).toEqual([])
        } finally {
          await context.close()
        }
      }
    },
    WALK_TIMEOUT,
  )

  // Payload's English defaults, and the leftovers a review found earlier.
  const LEFTOVERS = [
    'Dashboard',
    'Create New',
    'Log out',
    'Search by',
    'Filters',
    'Columns',
    'Per Page',
    'Last Modified',
    'Untitled',
    'Guardian 01',
    'Review History',
    'board-review',
    '_status',
    'sai/đúng',
    'YYYY-MM',
    'regular.0',
    'Payload',
    'grade-corrections',
    'health-records',
    'year-end-results',
  ]
  // Dates the English way ("Nov 13, 2026"), month names of Payload's date format.
  const ENGLISH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}/
  const walk = async (email: string, steps: (page: Page, check: (label: string) => Promise<void>) => Promise<void>) => {
    const { context, outside } = await openContext()
    try {
      const page = await signIn(context, email)
      const check = async (label: string) => {
        await page.locator('.template-default').first().waitFor()
        const text = await page.locator('body').innerText()
        for (const word of LEFTOVERS) expect(text, `${email} ${label}: "${word}"`).not.toContain(word)
        expect(text, `${email} ${label}: an English date`).not.toMatch(ENGLISH_DATE)
      }
      await check('/admin')
      await steps(page, check)
      expect(outside).toEqual([])
    } finally {
      await context.close()
    }
  }
  const open = navTo

  it(
    "a teacher's pages are in Vietnamese, without English leftovers or any request off this machine",
    async () => {
      await walk('gv.toan@haugiang.test', async (page, check) => {
        for (const href of ['/admin/collections/grades', '/admin/collections/grade-corrections']) {
          await open(page, href)
          await check(href)
        }
        // A grade document: the regular scores are TX boxes, no code editor from a CDN.
        await open(page, '/admin/collections/grades')
        await openListRow(page, page.locator('table tbody tr a').first())
        await page.locator('.regular-scores input[aria-label="TX1"]').waitFor()
        await check('a grade')
        // The correction form opens for a teacher.
        await open(page, '/admin/collections/grade-corrections')
        await page
          .getByRole('link', { name: /Tạo mới/ })
          .first()
          .click()
        await page.locator('#field-reason').waitFor()
        await check('a new correction')
      })
    },
    WALK_TIMEOUT,
  )

  it(
    "the principal's pages (articles, year-end, progress) and the admin's 404 are in Vietnamese",
    async () => {
      await walk('hieutruong@haugiang.test', async (page, check) => {
        for (const href of [
          '/admin/collections/articles',
          '/admin/cuoi-nam',
          '/admin/tien-do-nhap-diem',
          '/admin/collections/year-end-results',
        ]) {
          await open(page, href)
          await check(href)
        }
        // An article: its review stage and history, dates dd/MM/yyyy.
        await open(page, '/admin/collections/articles')
        await openListRow(page, page.locator('table tbody tr a').first())
        await page.locator('.editorial-workflow').first().waitFor()
        await check('an article')
        // A stale link: Payload's own 404, in the admin's frame and in Vietnamese.
        await page.goto(`${baseURL}/admin/collections/khong-ton-tai`, { waitUntil: 'domcontentloaded' })
        await page.locator('.not-found').waitFor()
        await check('the 404')
        const text = await page.locator('.not-found').innerText()
        expect(text).toContain('Không tìm thấy')
        for (const word of ['Nothing found', 'Back to Dashboard', 'Sorry']) expect(text).not.toContain(word)
      })
    },
    WALK_TIMEOUT,
  )
})
