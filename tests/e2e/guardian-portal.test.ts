import { createHash, randomBytes } from 'node:crypto'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, useBrowser } from '../helpers/browser'

/**
 * The parents' portal on a 390 px phone: the homeroom teacher invites a guardian, the guardian
 * sets a password from the invitation, signs in, reads the child's locked term results and
 * attendance, writes to the homeroom teacher; the teacher answers from "Việc cần làm" in the admin
 * with the "Trả lời" button; the guardian sees the answer. The test server has no mail server, so
 * the test replaces the e-mailed token with one it knows (the e-mail itself is checked by
 * tests/int/guardian-portal.test.ts).
 */
const browser = useBrowser()
const baseURL = inject('baseURL')
const TEACHER = 'gv.toan@haugiang.test' // homeroom teacher of 7A1
const EMAIL = 'e2e.phuhuynh@example.test'
const PASSWORD = 'PhuHuynh2026'
// As the admin's own fetches: a cookie is honoured only from the site itself (CSRF origins).
const SAME_SITE = { headers: { 'Sec-Fetch-Site': 'same-origin' } }
const db = new pg.Client({ connectionString: inject('databaseUrl') })

// The first request to a route compiles it under `next dev`; a production server answers at once.
beforeAll(async () => {
  await db.connect()
  for (const path of [
    '/phu-huynh',
    '/phu-huynh/nhan-loi-moi',
    '/phu-huynh/con/1',
    '/admin',
    '/admin/collections/guardian-messages',
    '/admin/collections/guardian-messages/1',
  ]) {
    await fetch(`${baseURL}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(170_000) }).catch(() => {})
  }
  await fetch(`${baseURL}/phu-huynh/hanh-dong/dang-nhap`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseURL },
    body: new URLSearchParams({ email: 'nobody@example.test', password: 'x' }),
    signal: AbortSignal.timeout(170_000),
  }).catch(() => {})
}, 600_000)

afterAll(async () => {
  // Leave the shared demo data as seeded.
  await db.query(`DELETE FROM guardian_messages WHERE guardian_id IN (SELECT id FROM guardians WHERE email = $1)`, [
    EMAIL,
  ])
  await db.query(`DELETE FROM guardian_links WHERE guardian_id IN (SELECT id FROM guardians WHERE email = $1)`, [EMAIL])
  await db.query(`DELETE FROM guardians WHERE email = $1`, [EMAIL])
  await db.end()
})

describe('parents’ portal on a phone', () => {
  it('invite, sign in, read results and attendance, write; the teacher answers in the admin', async () => {
    const teacher = await (await browser().newContext({ locale: 'vi-VN' })).newPage()
    // The admin's client code may still be compiling (a cold `next dev`): wait for the form once.
    await teacher.goto(`${baseURL}/admin/login`, { waitUntil: 'domcontentloaded', timeout: 170_000 })
    await teacher.locator('input[name="email"]').waitFor({ timeout: 170_000 })
    await adminLogin(teacher, baseURL, TEACHER)
    const list = await teacher.request.get(
      `${baseURL}/api/students?limit=1&page=4&depth=0&sort=studentCode&where[currentClass.name][equals]=7A1`,
      SAME_SITE,
    )
    const student = (await list.json()).docs[0] as {
      id: number
      fullName: string
      guardians: Array<{ id: string; name: string }>
    }
    const invite = await teacher.request.post(`${baseURL}/api/guardians/invite`, {
      data: { student: student.id, guardianEntry: student.guardians[0]!.id, email: EMAIL },
      ...SAME_SITE,
    })
    expect(invite.status()).toBe(201)
    const token = randomBytes(32).toString('base64url')
    await db.query(`UPDATE guardians SET invite_token_hash = $1 WHERE email = $2`, [
      createHash('sha256').update(token).digest('hex'),
      EMAIL,
    ])

    const phone = await (
      await browser().newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true })
    ).newPage()
    try {
      await phone.goto(`${baseURL}/phu-huynh/nhan-loi-moi?token=${token}`, {
        waitUntil: 'domcontentloaded',
        timeout: 170_000,
      })
      await phone.locator('input[name="password"]').fill(PASSWORD)
      await phone.locator('input[name="confirm"]').fill(PASSWORD)
      await phone.getByRole('button', { name: 'Đặt mật khẩu' }).click({ timeout: 120_000 })
      await phone.getByText('Đã đặt mật khẩu').waitFor({ timeout: 120_000 })
      await phone.locator('input[name="email"]').fill(EMAIL)
      await phone.locator('input[name="password"]').fill(PASSWORD)
      await phone.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 120_000 })
      await phone.getByRole('link', { name: student.fullName }).click({ timeout: 120_000 })
      await phone.getByRole('heading', { name: 'Kết quả học tập' }).waitFor({ timeout: 120_000 })
      // Last year's locked terms show with subject averages; this year's open term does not.
      await expect(phone.getByRole('heading', { name: /HK I 2025-2026/ }).count()).resolves.toBe(1)
      await expect(phone.getByRole('heading', { name: /2026-2027/ }).count()).resolves.toBe(0)
      await expect(phone.getByRole('cell', { name: 'Toán' }).count()).resolves.toBeGreaterThan(0)
      await expect(phone.getByRole('heading', { name: 'Chuyên cần' }).isVisible()).resolves.toBe(true)
      await expect(phone.getByRole('cell', { name: /^tháng \d+\/20\d\d$/ }).count()).resolves.toBeGreaterThan(0)
      // Nothing wider than the phone.
      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)

      await phone.locator('textarea[name="body"]').fill('Kính gửi cô, cháu xin phép nghỉ học ngày mai vì đi khám mắt.')
      await phone.getByRole('button', { name: 'Gửi giáo viên chủ nhiệm' }).click({ timeout: 120_000 })
      await phone.getByText('Đã gửi tin nhắn đến giáo viên chủ nhiệm.').waitFor({ timeout: 120_000 })
      // Over 2,000 characters: refused with a Vietnamese message, nothing sent.
      await phone.locator('textarea[name="body"]').fill('a'.repeat(2001))
      await phone.getByRole('button', { name: 'Gửi giáo viên chủ nhiệm' }).click({ timeout: 120_000 })
      await phone.getByText('Tin nhắn vượt quá 2.000 ký tự').waitFor({ timeout: 120_000 })
    } finally {
      await phone.screenshot({ path: 'test-results/portal-child-390.png', fullPage: true })
    }

    // The teacher answers from "Việc cần làm": the unanswered messages, the guardian's message, "Trả lời".
    const ANSWER = 'Cô đã nhận, chúc cháu khám mắt tốt.'
    try {
      await teacher.goto(`${baseURL}/admin`, { waitUntil: 'domcontentloaded', timeout: 170_000 })
      await teacher.getByRole('link', { name: /Tin nhắn của phụ huynh chưa trả lời/ }).click({ timeout: 120_000 })
      // Once mounted, Payload's list writes its full query (limit, sort) into the URL with
      // history.replaceState; a click made before that can have its navigation replaced by it (seen
      // once the signed-in account was kept per token and the list came back faster). Wait for it.
      await teacher.waitForURL(/\/admin\/collections\/guardian-messages\?.*limit=/, { timeout: 120_000 })
      // The list's first column links to the message.
      await teacher
        .locator('tr', { hasText: 'cháu xin phép nghỉ học ngày mai' })
        .first()
        .locator('a')
        .first()
        .click({ timeout: 120_000 })
      await teacher.locator('#guardian-reply-body').fill(ANSWER, { timeout: 120_000 })
      await teacher.getByRole('button', { name: 'Trả lời', exact: true }).click({ timeout: 120_000 })
      await teacher.getByRole('status').filter({ hasText: 'Đã gửi câu trả lời đến phụ huynh.' }).waitFor({
        timeout: 120_000,
      })
    } finally {
      await teacher.screenshot({ path: 'test-results/portal-teacher-answer.png', fullPage: true })
    }

    await phone.reload({ waitUntil: 'domcontentloaded', timeout: 120_000 })
    await phone.getByText(ANSWER).waitFor({ timeout: 120_000 })
    const messages = await db.query(
      `SELECT direction FROM guardian_messages m JOIN guardians g ON g.id = m.guardian_id WHERE g.email = $1 ORDER BY m.id`,
      [EMAIL],
    )
    expect(messages.rows.map((r) => r.direction)).toEqual(['from-guardian', 'from-school'])
  }, 600_000)
})
