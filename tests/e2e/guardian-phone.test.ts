import pg from 'pg'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, useBrowser } from '../helpers/browser'

/**
 * A guardian on a 390 px phone. The principal invites a guardian by SMS from the student's record
 * in the admin; the SMS's link sets the password; the guardian signs in with the phone. And a
 * guardian's own password: the first sign-in with a code sent by SMS to the phone
 * the school recorded (read from the local fake gateway the test server sends to), then a password
 * set on /phu-huynh/mat-khau and a sign-in with the phone and that password; then a change that asks
 * for the current password; then a forgotten password reset by the e-mailed link (the test server
 * has no mail server: the link's token is read from the database, as the e-mail would carry it).
 */
const browser = useBrowser()
const baseURL = inject('baseURL')
const smsGatewayUrl = inject('smsGatewayUrl')
const db = new pg.Client({ connectionString: inject('databaseUrl') })
// The demo school's phones are all 09…: this 03… number is the test's own.
const AUNT = { name: 'Trịnh Thị Điện Thoại', phone: '0354567891', international: '84354567891' }
const ENTRY = 'e2e-guardian-password'
const EMAIL = 'e2e.quen.matkhau@example.test'
const FIRST = 'DatLanDau2026'
const SECOND = 'DoiLanHai2027'
const THIRD = 'QuenRoi20281'
// Leadership may invite too. The homeroom teacher's invitations are tested through REST
// (tests/int/guardian-invite-sms.test.ts): the admin's student form does not show them the guardian rows' values.
const INVITER = 'hieutruong@haugiang.test'
const UNCLE = { name: 'Hồ Văn Lời Mời', phone: '0355678912', international: '84355678912' }
const UNCLE_ENTRY = 'e2e-guardian-invite-sms'
const PHONE_VIEW = { locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true }
const WAIT = { timeout: 120_000 }
const PUPIL = { id: 0, fullName: '' }

/** The portal's password form filled in (the current password only for a change) and sent. */
const sendPassword = async (phone: Page, button: string, password: string, confirm: string, current?: string) => {
  if (current !== undefined) await phone.getByLabel('Mật khẩu hiện tại').fill(current)
  await phone.getByLabel(/^Mật khẩu mới/).fill(password)
  await phone.getByLabel('Nhập lại mật khẩu mới').fill(confirm)
  await phone.getByRole('button', { name: button }).click(WAIT)
}

/** What `pattern` finds in the last SMS to the phone, once it arrived (a code leaves after the server's answer). */
const lastSms = async (international: string, pattern: RegExp) => {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const sent = (await (await fetch(smsGatewayUrl)).json()) as Array<{ to: string; text: string }>
    const last = sent.filter((message) => message.to === international).pop()
    const found = last && pattern.exec(last.text)?.[1]
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no SMS reached ${international}`)
}
const smsCode = (international: string) => lastSms(international, /\b(\d{6})\b/)

const signInWithPassword = async (phone: Page, name: string, password: string) => {
  await phone.goto(`${baseURL}/phu-huynh`, { waitUntil: 'domcontentloaded', ...WAIT })
  await phone.getByLabel('Thư điện tử hoặc số điện thoại').fill(name)
  await phone.getByLabel('Mật khẩu', { exact: true }).fill(password)
  await phone.getByRole('button', { name: 'Đăng nhập', exact: true }).click(WAIT)
}

const signOut = async (phone: Page) => {
  await phone.getByRole('button', { name: 'Đăng xuất' }).click(WAIT)
  await phone.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor(WAIT)
}

const cleanUp = async () => {
  const phones = [AUNT.phone, UNCLE.phone]
  await db.query(`DELETE FROM guardian_links WHERE guardian_id IN (SELECT id FROM guardians WHERE phone = ANY($1))`, [
    phones,
  ])
  await db.query(`DELETE FROM guardians WHERE phone = ANY($1)`, [phones])
  await db.query(`DELETE FROM guardian_pending_codes WHERE phone = ANY($1)`, [phones])
  await db.query(`DELETE FROM students_guardians WHERE id = ANY($1)`, [[ENTRY, UNCLE_ENTRY]])
}

beforeAll(async () => {
  await db.connect()
  await cleanUp()
  // The school recorded the aunt's phone on a current student's guardian entry (no account yet).
  const student = await db.query(
    `SELECT id FROM students WHERE current_class_id IS NOT NULL ORDER BY student_code DESC LIMIT 1`,
  )
  await db.query(
    `INSERT INTO students_guardians (_order, _parent_id, id, name, relationship, phone) VALUES (99, $1, $2, $3, 'Dì', $4)`,
    [student.rows[0].id, ENTRY, AUNT.name, AUNT.phone],
  )
  // A 7A1 pupil's uncle, with a phone and no e-mail: invited by SMS from the admin.
  const pupil = await db.query(
    `SELECT s.id, s.full_name FROM students s JOIN classes c ON c.id = s.current_class_id
     JOIN school_years y ON y.id = c.school_year_id
     WHERE c.name = '7A1' AND y.is_current ORDER BY s.student_code DESC LIMIT 1`,
  )
  Object.assign(PUPIL, { id: pupil.rows[0].id, fullName: pupil.rows[0].full_name })
  await db.query(
    `INSERT INTO students_guardians (_order, _parent_id, id, name, relationship, phone) VALUES (99, $1, $2, $3, 'Cậu', $4)`,
    [PUPIL.id, UNCLE_ENTRY, UNCLE.name, UNCLE.phone],
  )
  // The first request to a route compiles it under `next dev`; a production server answers at once.
  for (const path of [
    '/phu-huynh',
    '/phu-huynh/mat-khau',
    '/phu-huynh/dat-lai-mat-khau',
    '/phu-huynh/nhan-loi-moi',
    '/admin/collections/students/1',
  ]) {
    await fetch(`${baseURL}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(170_000) }).catch(() => {})
  }
}, 600_000)

afterAll(async () => {
  await cleanUp()
  await db.end()
})

describe('an invitation by SMS from the admin', () => {
  it('the principal sends it from the student’s record; the SMS link sets the password; the guardian signs in with the phone', async () => {
    const teacher = await (await browser().newContext({ locale: 'vi-VN' })).newPage()
    try {
      await teacher.goto(`${baseURL}/admin/login`, { waitUntil: 'domcontentloaded', timeout: 170_000 })
      await teacher.locator('input[name="email"]').waitFor({ timeout: 170_000 })
      await adminLogin(teacher, baseURL, INVITER)
      await teacher.goto(`${baseURL}/admin/collections/students/${PUPIL.id}`, {
        waitUntil: 'domcontentloaded',
        ...WAIT,
      })
      const channel = teacher.locator('select[id^="guardian-invite-channel-"]').last()
      await channel.waitFor(WAIT)
      await expect(channel.inputValue()).resolves.toBe('sms')
      await channel.selectOption('sms')
      await teacher.getByRole('button', { name: 'Gửi lời mời' }).last().click(WAIT)
      await teacher
        .getByRole('status')
        .filter({ hasText: `Đã gửi lời mời qua Tin nhắn SMS đến ${UNCLE.phone}.` })
        .first()
        .waitFor(WAIT)
      // E-mail chosen for an entry without one: the server's Vietnamese message, nothing sent.
      await channel.selectOption('email')
      await teacher.getByRole('button', { name: 'Gửi lời mời' }).last().click(WAIT)
      await teacher.getByRole('alert').filter({ hasText: 'chưa có địa chỉ thư điện tử hợp lệ' }).first().waitFor(WAIT)
    } finally {
      await teacher.screenshot({ path: 'test-results/admin-invite-sms.png', fullPage: true })
    }

    const link = await lastSms(UNCLE.international, /(https?:\/\/\S+)/)
    expect(link.startsWith(`${baseURL}/phu-huynh/nhan-loi-moi?token=`)).toBe(true)
    const phone = await (await browser().newContext(PHONE_VIEW)).newPage()
    try {
      await phone.goto(link, { waitUntil: 'domcontentloaded', timeout: 170_000 })
      await phone.locator('input[name="password"]').fill(FIRST)
      await phone.locator('input[name="confirm"]').fill(FIRST)
      await phone.getByRole('button', { name: 'Đặt mật khẩu' }).click(WAIT)
      await phone.getByText('Đã đặt mật khẩu').waitFor(WAIT)
      await signInWithPassword(phone, UNCLE.phone, FIRST)
      await phone.getByText(`Xin chào ${UNCLE.name}.`).waitFor(WAIT)
      // The school's invitation confirmed the link: the child is there.
      await phone.getByRole('link', { name: PUPIL.fullName }).waitFor(WAIT)
      await phone.getByRole('link', { name: 'Đổi mật khẩu' }).waitFor(WAIT)
      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)
    } finally {
      await phone.screenshot({ path: 'test-results/portal-invite-sms-390.png', fullPage: true })
    }
  }, 600_000)
})

describe('a guardian’s password on a phone', () => {
  it('first sign-in by an SMS code, a password set on the portal, then a sign-in with the phone and it', async () => {
    const phone = await (await browser().newContext(PHONE_VIEW)).newPage()
    try {
      await phone.goto(`${baseURL}/phu-huynh`, { waitUntil: 'domcontentloaded', timeout: 170_000 })
      await phone.getByRole('link', { name: 'Mã qua điện thoại' }).click(WAIT)
      await phone.getByLabel('Số điện thoại đã đăng ký với nhà trường').fill('035 456 7891')
      await phone.getByRole('button', { name: 'Gửi mã đăng nhập' }).click(WAIT)
      await phone.getByText('mã đăng nhập gồm 6 chữ số vừa được gửi đến').waitFor(WAIT)
      await phone.getByLabel(/Mã đăng nhập/).fill(await smsCode(AUNT.international))
      await phone.getByRole('button', { name: 'Đăng nhập bằng mã' }).click(WAIT)
      await phone.getByText(`Xin chào ${AUNT.name}.`).waitFor(WAIT)
      // The link to the child waits for the school's confirmation.
      await phone.getByText('Chưa có học sinh nào được nhà trường xác nhận.').waitFor(WAIT)

      // No password yet: the page sets one without asking for a current one.
      await phone.getByRole('link', { name: 'Đặt mật khẩu' }).click(WAIT)
      await phone.getByRole('heading', { name: 'Đặt mật khẩu' }).waitFor(WAIT)
      await expect(phone.locator('input[name="currentPassword"]').count()).resolves.toBe(0)
      await phone.getByText(`Đăng nhập bằng mật khẩu với số điện thoại ${AUNT.phone}.`).waitFor(WAIT)
      await sendPassword(phone, 'Đặt mật khẩu', FIRST, `${FIRST}x`)
      await phone.getByText('Hai lần nhập mật khẩu không khớp.').waitFor(WAIT)
      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)
      await sendPassword(phone, 'Đặt mật khẩu', FIRST, FIRST)
      await phone.getByText('Đã lưu mật khẩu mới.').waitFor(WAIT)

      await signOut(phone)
      await signInWithPassword(phone, AUNT.phone, FIRST)
      await phone.getByText(`Xin chào ${AUNT.name}.`).waitFor(WAIT)

      // A change asks for the current password.
      await phone.getByRole('link', { name: 'Đổi mật khẩu' }).click(WAIT)
      await phone.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor(WAIT)
      await sendPassword(phone, 'Đổi mật khẩu', SECOND, SECOND, 'SaiMatKhau123')
      await phone.getByText('Mật khẩu hiện tại không đúng.').waitFor(WAIT)
      await sendPassword(phone, 'Đổi mật khẩu', SECOND, SECOND, FIRST)
      await phone.getByText('Đã lưu mật khẩu mới.').waitFor(WAIT)

      await signOut(phone)
      await signInWithPassword(phone, AUNT.phone, FIRST)
      await phone.getByText('Thư điện tử (hoặc số điện thoại) hoặc mật khẩu không đúng.').waitFor(WAIT)
      await signInWithPassword(phone, AUNT.phone, SECOND)
      await phone.getByText(`Xin chào ${AUNT.name}.`).waitFor(WAIT)
      await signOut(phone)
    } finally {
      await phone.screenshot({ path: 'test-results/portal-password-390.png', fullPage: true })
    }
  }, 600_000)

  it('a forgotten password: the e-mailed link sets a new one and signs the guardian in', async () => {
    // The school's invitation gave the account a real e-mail meanwhile.
    await db.query(`UPDATE guardians SET email = $1 WHERE phone = $2`, [EMAIL, AUNT.phone])
    const phone = await (await browser().newContext(PHONE_VIEW)).newPage()
    try {
      await phone.goto(`${baseURL}/phu-huynh`, { waitUntil: 'domcontentloaded', timeout: 170_000 })
      await phone.getByRole('link', { name: 'Quên mật khẩu?' }).click(WAIT)
      await phone.getByLabel('Thư điện tử nhà trường đã ghi cho anh/chị').fill(EMAIL)
      await phone.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click(WAIT)
      await phone.getByText('Nếu thư điện tử này có tài khoản').waitFor(WAIT)
      const stored = await db.query(`SELECT reset_password_token FROM guardians WHERE email = $1`, [EMAIL])
      const token = stored.rows[0].reset_password_token as string
      expect(token).toBeTruthy()

      await phone.goto(`${baseURL}/phu-huynh/dat-lai-mat-khau?token=${encodeURIComponent(token)}`, {
        waitUntil: 'domcontentloaded',
        ...WAIT,
      })
      await phone.getByLabel(/^Mật khẩu mới/).fill(THIRD)
      await phone.getByLabel('Nhập lại mật khẩu').fill(THIRD)
      await phone.getByRole('button', { name: 'Đặt mật khẩu' }).click(WAIT)
      await phone.getByText(`Xin chào ${AUNT.name}.`).waitFor(WAIT)
      // A chosen password now: the portal offers a change.
      await phone.getByRole('link', { name: 'Đổi mật khẩu' }).waitFor(WAIT)
      await signOut(phone)
      await signInWithPassword(phone, EMAIL, SECOND)
      await phone.getByText('Thư điện tử (hoặc số điện thoại) hoặc mật khẩu không đúng.').waitFor(WAIT)
      await signInWithPassword(phone, AUNT.phone, THIRD)
      await phone.getByText(`Xin chào ${AUNT.name}.`).waitFor(WAIT)
      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)
    } finally {
      await phone.screenshot({ path: 'test-results/portal-password-reset-390.png', fullPage: true })
    }
  }, 600_000)
})
