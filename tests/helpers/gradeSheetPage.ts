import type { Page } from 'playwright-core'

import { adminLogin } from './browser'

/**
 * A teacher signed in, on Sổ điểm, with a class's term II sheet chosen (`7A2 — HK II`) and loaded:
 * the grid shows which sheet it holds, so this waits for term II's to arrive.
 */
export const openTermIISheet = async (page: Page, baseURL: string, email: string, className: string) => {
  await adminLogin(page, baseURL, email)
  await page.goto(`${baseURL}/admin/so-diem`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
  const select = page.locator('select[name="assignment"]')
  await select.waitFor({ timeout: 90_000 })
  const option = (await select
    .locator('option', { hasText: `${className} — HK II` })
    .first()
    .getAttribute('value'))!
  await select.selectOption(option)
  const termII = await page.evaluate(async () => {
    const res = await fetch('/api/terms?where[term][equals]=II&where[schoolYear.isCurrent][equals]=true', {
      credentials: 'include',
    })
    return (await res.json()).docs[0].id as number
  })
  const loaded = page.locator(`table[data-sheet$="-${termII}"]`)
  await loaded.waitFor({ timeout: 60_000 })
  const cell = (r: number, c: number) => loaded.locator(`input[data-r="${r}"][data-c="${c}"]`)
  return { select, option, loaded, cell }
}
