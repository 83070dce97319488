import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { adminLogin, useBrowser, vietnamesePage } from '../helpers/browser'

/**
 * One article walked through the review in the admin, by clicking: a Toán–Tin teacher writes it and
 * sends it to the department, the department head passes it to the board, a vice principal approves
 * it, the website administrator publishes it; then the public site lists and shows it. The review
 * buttons are the ones the server says each person may use.
 */
const browser = useBrowser()
const baseURL = inject('baseURL')

const signedIn = async (email: string) => {
  const page = await vietnamesePage(browser())
  await adminLogin(page, baseURL, email)
  return page
}

const openArticle = async (page: Page, id: string) => {
  await page.goto(`${baseURL}/admin/collections/articles/${id}`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
  await page.locator('.editorial-workflow').waitFor({ timeout: 120_000 })
  await page.getByText('Đang tải các bước duyệt…').waitFor({ state: 'detached', timeout: 120_000 })
}

/** Clicks a review button and waits for the page to come back at the next stage, its actions loaded. */
const review = async (page: Page, button: string, stage: string) => {
  await page.getByRole('button', { name: button }).click({ timeout: 120_000 })
  await page.locator(`.editorial-workflow[data-stage="${stage}"]`).waitFor({ timeout: 120_000 })
  await page.getByText('Đang tải các bước duyệt…').waitFor({ state: 'detached', timeout: 120_000 })
}

const publicArticles = async (title: string) => {
  const response = await fetch(`${baseURL}/api/articles?where[title][equals]=${encodeURIComponent(title)}&depth=0`)
  return ((await response.json()) as { docs: Array<{ slug: string }> }).docs
}

describe('an article through the review, in the admin', () => {
  // With autosave the form may count as modified after every save: the review buttons stay usable
  // (unsaved edits are saved as a draft first), so the walk sends right after typing.
  it(
    'teacher → department head → vice principal → website administrator → public site',
    { timeout: 1_500_000 },
    async () => {
      const title = `Hội thi giải toán trên máy tính cầm tay ${Date.now()}`

      // The teacher writes a draft: title, summary, content, category. The admin creates the draft
      // when the form opens (autosave) and saves the changes as they are typed.
      const teacher = await signedIn('gv.toan@haugiang.test')
      await teacher.goto(`${baseURL}/admin/collections/articles/create`, {
        waitUntil: 'domcontentloaded',
        timeout: 120_000,
      })
      await teacher.locator('#field-title').fill(title, { timeout: 120_000 })
      await teacher
        .locator('#field-excerpt')
        .fill('Học sinh khối 8 và 9 dự thi giải toán trên máy tính cầm tay cấp trường.')
      await teacher.locator('#field-category .rs__control').click({ timeout: 60_000 })
      await teacher.locator('.rs__option', { hasText: 'Hoạt động chuyên môn' }).click({ timeout: 60_000 })
      await teacher.locator('[data-lexical-editor="true"]').first().click({ timeout: 60_000 })
      await teacher.keyboard.type('Sáng thứ Bảy, 42 học sinh đã tham gia hội thi.')
      await teacher.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 60_000 })
      const id = new URL(teacher.url()).pathname.split('/').pop()!

      // Until its review is sent, it stays a draft: the public sees nothing.
      await review(teacher, 'Gửi tổ chuyên môn thẩm định', 'department-review')
      await expect(teacher.locator('.editorial-workflow strong').textContent()).resolves.toBe('Tổ chuyên môn thẩm định')
      // the author has nothing more to do at this stage, and cannot approve their own article
      await expect(teacher.getByText('Ở bước này bạn không có thao tác duyệt nào.').count()).resolves.toBe(1)
      expect(await publicArticles(title)).toEqual([])
      await teacher.context().close()

      const head = await signedIn('totruong.toan@haugiang.test')
      await openArticle(head, id)
      await review(head, 'Đạt, chuyển ban biên tập duyệt', 'board-review')
      await head.context().close()

      const board = await signedIn('pht.chuyenmon@haugiang.test')
      await openArticle(board, id)
      await expect(board.getByRole('button', { name: 'Yêu cầu tác giả sửa' }).isDisabled()).resolves.toBe(true) // no note yet
      await review(board, 'Duyệt bài', 'approved')
      await board.context().close()
      expect(await publicArticles(title)).toEqual([])

      // The website administrator publishes with the admin's own Publish button.
      const web = await signedIn('web@haugiang.test')
      await openArticle(web, id)
      await expect(web.getByText('Bài đã duyệt: bạn có thể xuất bản bằng nút Xuất bản.').count()).resolves.toBe(1)
      await web.locator('#action-save').click()
      await expect.poll(async () => (await publicArticles(title)).length, { timeout: 60_000 }).toBe(1)
      await web.context().close()

      // The public site lists it and shows it.
      const [{ slug }] = await publicArticles(title)
      const visitor = await browser().newPage()
      await visitor.goto(`${baseURL}/tin-tuc`, { waitUntil: 'load', timeout: 240_000 })
      await visitor.getByRole('link', { name: title }).click()
      await visitor.waitForURL(`${baseURL}/tin-tuc/${slug}`, { timeout: 240_000 })
      await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title)
      await expect(visitor.getByText('Sáng thứ Bảy, 42 học sinh đã tham gia hội thi.').count()).resolves.toBe(1)
      await visitor.close()
    },
  )
})
