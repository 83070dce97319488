import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { listReady, navTo, openCreateForm, openWalkContext, signInToWorklist } from '../helpers/adminWalk'
import { useBrowser } from '../helpers/browser'
import { bootPayload, removeTestClass, shutdownPayload, type TestContext } from '../helpers/payload'
import { createFinishedYear, removeYears } from '../helpers/yearEndFixture'

/**
 * The rest of each person's daily job, from `/admin` by clicks and keys (issue 11's "done when"):
 * the homeroom teacher proposes a class's year-end and the principal, who sees what blocks the
 * current year's classes, approves it; the clerk registers an incoming document; the medical staff
 * record a check-up and see it on the student's chart; the website administrator publishes an
 * approved article. What a person would have prepared before (grades of a finished year, an
 * approved article) is made through the API.
 */
const baseURL = inject('baseURL')
const browser = useBrowser()
const YEAR = '2032-2033'
const HOMEROOM = 'gv.van@haugiang.test'
const ARTICLE = 'Học sinh lớp 8 trồng cây xanh quanh sân trường'
const INCOMING = 'Về việc tổ chức Hội khỏe Phù Đổng cấp quận năm học 2026-2027'
const WALK_TIMEOUT = 600_000

let t: TestContext
let classId = 0
/** A pupil of the open year (the medical staff's list is of current pupils). */
let pupil = { id: 0, name: '' }

/** Signs a person in (a context that refuses calls off this machine and remembers CSP refusals). */
const signIn = async (email: string) => {
  const { context, outside } = await openWalkContext(browser())
  walks.push(outside)
  return signInToWorklist(context, baseURL, email)
}
/** What each person's context tried off this machine or against the CSP: nothing, at the end. */
const walks: string[][] = []

/** The step's new heading, or the refusal the page shows instead (so a failure says why). */
const settled = (page: Page, heading: string) =>
  Promise.race([
    page
      .getByRole('heading', { name: heading })
      .waitFor()
      .then(() => 'ok'),
    page
      .locator('.year-end__message--error')
      .waitFor()
      .then(() => page.locator('.year-end__message--error').textContent()),
  ])

/** A day typed into Payload's date field (dd/MM/yyyy), as a person types it. */
const typeDate = async (page: Page, field: string, day: string) => {
  const input = page.locator(`#field-${field} input`).first()
  await input.click()
  await input.fill(day)
  await input.press('Enter')
}

beforeAll(async () => {
  t = await bootPayload()
  const fixture = await createFinishedYear(t.payload, YEAR, [
    {
      name: '8A9',
      homeroom: HOMEROOM,
      teacher: 'gv.toan@haugiang.test',
      students: [
        { name: 'Đặng Thị Hoài An', level: 86, conduct: ['tot', 'tot'] },
        { name: 'Bùi Quốc Bảo', level: 72, conduct: ['kha', 'tot'] },
        // every scored subject under 5: re-assessed in the summer
        { name: 'Lý Minh Châu', level: 45, conduct: ['kha', 'kha'] },
      ],
    },
  ])
  classId = fixture.classes['8A9']!.id
  // The homeroom teacher computed the results and wrote a year comment per student (through REST).
  const token = await t.api.login(HOMEROOM)
  const computed = await t.api.rest('POST', '/year-end-results/compute', { token, body: { class: classId } })
  expect(computed.status).toBe(200)
  for (const doc of computed.body.docs as Array<{ id: number }>) {
    const res = await t.api.rest('PATCH', `/year-end-results/${doc.id}`, {
      token,
      body: { comment: 'Chăm ngoan, tích cực tham gia hoạt động của lớp.' },
    })
    expect(res.status).toBe(200)
  }
  const enrolment = (
    await t.payload.find({
      collection: 'enrolments',
      where: { and: [{ 'class.name': { equals: '8A1' } }, { 'class.schoolYear.isCurrent': { equals: true } }] },
      sort: 'id',
      limit: 1,
      depth: 1,
    })
  ).docs[0]!
  const student = enrolment.student as { id: number; fullName: string }
  pupil = { id: student.id, name: student.fullName }
  // An article the editorial board approved, waiting for the website administrator.
  const author = (await t.payload.find({ collection: 'users', where: { email: { equals: 'web@haugiang.test' } } }))
    .docs[0]!
  await t.payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title: ARTICLE,
      slug: 'hoc-sinh-lop-8-trong-cay-xanh',
      author: author.id,
      excerpt: 'Sáng thứ Hai, học sinh khối 8 trồng 40 cây xanh.',
      reviewStage: 'approved',
      _status: 'draft',
    } as never,
  })
}, 600_000)

afterAll(async () => {
  if (!t) return
  await removeYears(t.payload, [YEAR], (id) => removeTestClass(t.payload, id))
  await t.payload.delete({ collection: 'articles', where: { title: { equals: ARTICLE } } })
  await t.payload.delete({ collection: 'documents', where: { summary: { equals: INCOMING } } })
  await t.payload.delete({
    collection: 'health-records',
    where: { and: [{ student: { equals: pupil.id } }, { heightCm: { equals: 151.5 } }] },
  })
  await shutdownPayload(t)
  expect(walks.flat()).toEqual([])
}, 300_000)

describe('each person’s daily job, from "Việc cần làm"', () => {
  it(
    'the homeroom teacher proposes a complete class; the principal sees what blocks the open year and approves the class',
    async () => {
      const homeroom = await signIn(HOMEROOM)
      try {
        await navTo(homeroom, '/admin/cuoi-nam')
        await homeroom.locator('#year-end-class').selectOption({ label: `8A9 — năm học ${YEAR}` })
        await homeroom.getByRole('button', { name: 'Xem' }).click()
        await homeroom.getByRole('heading', { name: 'Lớp 8A9: đang lập' }).waitFor()
        await expect(homeroom.getByRole('heading', { name: 'Đã đủ dữ liệu để duyệt' }).count()).resolves.toBe(1)
        await homeroom.getByRole('button', { name: 'Đề xuất lên hiệu trưởng' }).click()
        await homeroom.getByRole('heading', { name: 'Lớp 8A9: GVCN đã đề xuất' }).waitFor()
      } finally {
        await homeroom.context().close()
      }

      const principal = await signIn('hieutruong@haugiang.test')
      try {
        // The open year's classes are blocked: the item leads to what one of them lacks, and who owes it.
        await principal.locator('[data-key="year-end-blocked"] a').first().click()
        await principal.waitForURL((url) => url.pathname === '/admin/cuoi-nam')
        await principal.getByRole('heading', { name: /^Còn thiếu \d+ mục$/ }).waitFor()
        await expect(principal.locator('.year-end__missing li').first().textContent()).resolves.toMatch(/: .+\(.+\)/)
        await expect(principal.getByRole('button', { name: 'Duyệt kết quả cả lớp' }).count()).resolves.toBe(0)
        // The proposed class of the finished year: complete, approved with one click and a confirmation.
        await principal.locator('#year-end-class').selectOption({ label: `8A9 — năm học ${YEAR}` })
        await principal.getByRole('button', { name: 'Xem' }).click()
        await principal.getByRole('heading', { name: 'Lớp 8A9: GVCN đã đề xuất' }).waitFor()
        principal.once('dialog', (dialog) => void dialog.accept())
        await principal.getByRole('button', { name: 'Duyệt kết quả cả lớp' }).click()
        await expect(settled(principal, 'Lớp 8A9: đã duyệt, đang giai đoạn hè')).resolves.toBe('ok')
        await principal.screenshot({ path: 'docs/screenshots/cuoi-nam-hieu-truong.png', fullPage: true })
        await expect(principal.locator('.year-end__results tbody tr').count()).resolves.toBe(3)
        // the final approval waits for the summer results, and says so
        await expect(
          principal.getByRole('button', { name: 'Duyệt lần cuối và khoá sổ' }).getAttribute('title'),
        ).resolves.toMatch(/chưa có kết quả hè/)
      } finally {
        await principal.context().close()
      }
      const results = await t.payload.find({ collection: 'year-end-results', where: { class: { equals: classId } } })
      expect(results.docs.map((r) => r.status)).toEqual(['approved', 'approved', 'approved'])

      // The summer: the subject teacher enters a re-assessment on the same page (only their students).
      const teacher = await signIn('gv.toan@haugiang.test')
      try {
        await navTo(teacher, '/admin/cuoi-nam')
        await teacher.locator('#year-end-class').selectOption({ label: `8A9 — năm học ${YEAR}` })
        await teacher.getByRole('button', { name: 'Xem' }).click()
        await teacher.getByRole('heading', { name: 'Kiểm tra lại và rèn luyện trong hè' }).waitFor()
        // not the class's results: those are the homeroom teacher's and the leadership's
        await expect(teacher.locator('.year-end__results').count()).resolves.toBe(0)
        await expect(teacher.locator('.year-end__summer tbody tr').count()).resolves.toBe(1)
        await teacher.getByLabel('Toán — Lý Minh Châu').fill('6,5')
        await teacher.getByRole('button', { name: 'Lưu điểm kiểm tra lại môn Toán' }).click()
        await teacher.locator('[role="status"]', { hasText: 'Đã lưu điểm kiểm tra lại môn Toán.' }).waitFor()
      } finally {
        await teacher.context().close()
      }
      const summer = await t.payload.find({
        collection: 'year-end-results',
        where: { and: [{ class: { equals: classId } }, { summerList: { exists: true } }] },
      })
      expect(summer.docs.map((r) => (r.summerResults as Record<string, string>)?.TOAN)).toEqual(['6.5'])
    },
    WALK_TIMEOUT,
  )

  it(
    'the clerk registers an incoming document, which takes the next number of the register',
    async () => {
      const page = await signIn('vanthu@haugiang.test')
      try {
        await openCreateForm(page, '/admin/collections/documents')
        await page.locator('#field-direction .rs__control').click()
        await page.locator('.rs__option', { hasText: 'Văn bản đến' }).click()
        await typeDate(page, 'date', '01/12/2026')
        await page.locator('#field-summary').fill(INCOMING)
        await page.locator('#field-sender').fill('Phòng Giáo dục và Đào tạo Quận 6')
        await page.locator('#field-senderReference').fill('1234/GDĐT-TH')
        await typeDate(page, 'receivedDate', '02/12/2026')
        await page.keyboard.press('Control+s')
        await page.waitForURL((url) => /\/admin\/collections\/documents\/\d+$/.test(url.pathname))
        await expect(page.locator('#field-number').inputValue()).resolves.toMatch(/^\d+$/)
      } finally {
        await page.context().close()
      }
    },
    WALK_TIMEOUT,
  )

  it(
    'the medical staff record a check-up and see it on the student’s chart',
    async () => {
      const page = await signIn('yte@haugiang.test')
      try {
        await openCreateForm(page, '/admin/collections/health-records')
        await page.locator('#field-student .rs__control').click()
        await page.keyboard.type(pupil.name)
        await page.locator('.rs__option', { hasText: pupil.name }).first().click()
        await typeDate(page, 'checkDate', '01/12/2026')
        await page.locator('#field-heightCm').fill('151.5')
        await page.locator('#field-weightKg').fill('42')
        await page.keyboard.press('Control+s')
        await page.waitForURL((url) => /\/admin\/collections\/health-records\/\d+$/.test(url.pathname))
        // The student's page, found by name: the chart with the new check-up.
        await navTo(page, '/admin/collections/students')
        await listReady(page)
        await page.locator('.search-filter input').fill(pupil.name)
        await page.waitForURL((url) => url.searchParams.has('search'))
        await page.locator('table tbody tr', { hasText: pupil.name }).first().locator('a').first().click()
        await page.waitForURL((url) => /\/admin\/collections\/students\/\d+$/.test(url.pathname))
        // height, weight and BMI charts, and the table of check-ups
        await page.locator('.health-history svg[role="img"]').first().waitFor()
        await expect(page.locator('.health-history tbody').textContent()).resolves.toContain('01/12/2026')
      } finally {
        await page.context().close()
      }
    },
    WALK_TIMEOUT,
  )

  it(
    'the website administrator publishes an approved article from "Việc cần làm"',
    async () => {
      const page = await signIn('web@haugiang.test')
      try {
        await page.locator('[data-key="articles-to-publish"] a').first().click()
        await listReady(page)
        await page.locator('table a', { hasText: ARTICLE }).first().click()
        await page.waitForURL((url) => /\/admin\/collections\/articles\/\d+$/.test(url.pathname))
        await page.getByText('Bài đã duyệt: bạn có thể xuất bản bằng nút Xuất bản.').waitFor()
        await page.locator('#action-save').click()
        await expect
          .poll(
            async () =>
              (
                await t.payload.find({
                  collection: 'articles',
                  where: { and: [{ title: { equals: ARTICLE } }, { _status: { equals: 'published' } }] },
                })
              ).totalDocs,
            { timeout: 60_000 },
          )
          .toBe(1)
      } finally {
        await page.context().close()
      }
    },
    WALK_TIMEOUT,
  )
})
