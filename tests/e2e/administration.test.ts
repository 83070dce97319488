import { describe, expect, inject, it } from 'vitest'

import { adminLogin, useBrowser } from '../helpers/browser'
import { httpApi } from '../helpers/http'

/**
 * Administration in Chromium: the leadership's work calendar and the public documents on the
 * website show public entries only (with the attachments the public may open), and a homeroom teacher builds the results messages of their class from the
 * parent-messages list.
 */
const baseURL = inject('baseURL')

const browser = useBrowser()

const { api, login } = httpApi(baseURL)

describe('work calendar on the website', () => {
  it('shows the public entries from today on, never the others or their internal notes', async () => {
    const token = await login('hieutruong@haugiang.test')
    const soon = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString()
    const stamp = Date.now().toString(36)
    const entry = {
      start: soon,
      location: 'Phòng họp số 1',
      chair: 'Hiệu trưởng',
      internalNotes: `Ghi chú nội bộ ${stamp}`,
    }
    const shown = await api('POST', '/work-calendar', token, {
      ...entry,
      title: `Hội nghị cán bộ, viên chức ${stamp}`,
      isPublic: true,
    })
    const hidden = await api('POST', '/work-calendar', token, {
      ...entry,
      title: `Họp xét kỷ luật ${stamp}`,
      isPublic: false,
    })
    expect([shown.status, hidden.status]).toEqual([201, 201])

    const page = await browser().newPage()
    try {
      const response = await page.goto(`${baseURL}/lich-cong-tac`, { waitUntil: 'load', timeout: 240_000 })
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { name: 'Lịch công tác của Ban giám hiệu' }).count()).resolves.toBe(1)
      const row = page.getByRole('row', { name: new RegExp(`Hội nghị cán bộ, viên chức ${stamp}`) })
      await expect(row.count()).resolves.toBe(1)
      await expect(row.textContent()).resolves.toContain('Phòng họp số 1')
      const text = await page.locator('main, body').first().textContent()
      expect(text).not.toContain(`Họp xét kỷ luật ${stamp}`)
      expect(text).not.toContain(`Ghi chú nội bộ ${stamp}`)
    } finally {
      await page.close()
    }
  }, 300_000)
})

describe('public documents on the website', () => {
  const pdf = (text: string) =>
    `%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 1\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n`
  const upload = async (token: string, name: string) => {
    const form = new FormData()
    form.append('file', new Blob([pdf(name)], { type: 'application/pdf' }), `${name}.pdf`)
    form.append('_payload', JSON.stringify({ alt: name }))
    const response = await fetch(`${baseURL}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(response.status).toBe(201)
    return (await response.json()).doc as { id: number; filename: string }
  }

  it('lists documents public and published with their attachment; the other document and its file stay hidden', async () => {
    const stamp = Date.now().toString(36)
    const clerk = await login('vanthu@haugiang.test')
    const principal = await login('hieutruong@haugiang.test')
    const shownFile = await upload(clerk, `cong-khai-${stamp}`)
    const hiddenFile = await upload(clerk, `noi-bo-${stamp}`)
    const outgoing = { direction: 'outgoing', documentType: 'KH', date: '2026-11-20', signer: 'Hiệu trưởng', copies: 1 }
    const shown = await api('POST', '/documents', clerk, {
      ...outgoing,
      summary: `Kế hoạch công khai ${stamp}`,
      isPublic: true,
      attachments: [shownFile.id],
    })
    const hidden = await api('POST', '/documents', clerk, {
      ...outgoing,
      summary: `Kế hoạch nội bộ ${stamp}`,
      attachments: [hiddenFile.id],
    })
    expect([shown.status, hidden.status]).toEqual([201, 201])
    expect((await api('PATCH', `/documents/${shown.body.doc.id}`, principal, { published: true })).status).toBe(200)

    const page = await browser().newPage()
    try {
      const response = await page.goto(`${baseURL}/van-ban`, { waitUntil: 'load', timeout: 240_000 })
      expect(response?.status()).toBe(200)
      const row = page.getByRole('row', { name: new RegExp(`Kế hoạch công khai ${stamp}`) })
      await expect(row.count()).resolves.toBe(1)
      const link = row.getByRole('link', { name: shownFile.filename })
      const href = await link.getAttribute('href')
      expect((await fetch(new URL(href!, baseURL))).status).toBe(200)
      const text = await page.locator('body').textContent()
      expect(text).not.toContain(`Kế hoạch nội bộ ${stamp}`)
      expect(text).not.toContain(hiddenFile.filename)
      expect([403, 404]).toContain((await fetch(`${baseURL}/api/media/file/${hiddenFile.filename}`)).status)
    } finally {
      await page.close()
    }
  }, 300_000)
})

describe('results messages from the admin', () => {
  it('the homeroom teacher of 6A1 builds the drafts of their class for term I and sees who cannot be reached', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    try {
      await adminLogin(page, baseURL, 'gv.van@haugiang.test')
      await page.goto(`${baseURL}/admin/collections/parent-messages`, {
        waitUntil: 'domcontentloaded',
        timeout: 240_000,
      })
      await page.getByRole('button', { name: 'Tạo tin nhắn kết quả học tập cho cả lớp' }).click({ timeout: 120_000 })
      const classSelect = page.locator('select[name="class"]')
      await expect(classSelect.locator('option').allTextContents()).resolves.toEqual(['— chọn lớp —', '6A1'])
      await classSelect.selectOption({ label: '6A1' })
      const termSelect = page.locator('select[name="term"]')
      await termSelect.locator('option', { hasText: 'HK I 2026-2027' }).waitFor({ state: 'attached', timeout: 30_000 })
      await termSelect.selectOption({ label: 'HK I 2026-2027' })
      await page.getByRole('button', { name: 'Tạo tin nhắn', exact: true }).click()
      const status = page.locator('.results-messages [role="status"]') // the admin has other live regions
      await expect(
        status.getByText(/Đã tạo \d+ tin nhắn kết quả học tập cho phụ huynh lớp 6A1/).waitFor({ timeout: 60_000 }),
      ).resolves.toBeUndefined()
      // The demo guardians have phone numbers only: the e-mail channel reports them.
      await expect(status.textContent()).resolves.toContain('Phụ huynh chưa có địa chỉ nhận')
    } finally {
      await context.close()
    }
  }, 400_000)
})
