// Draft, not run green before the deadline: the principal's pages walk of tests/e2e/workspace.test.ts
// (articles, audit log, an article). Paste back inside its describe block once it passes.
it(
  "the principal's pages (articles, audit log, an article) are in Vietnamese, without leftovers or outside requests",
  async () => {
    await walk('hieutruong@haugiang.test', async (page, check) => {
      for (const href of ['/admin/collections/articles', '/admin/collections/audit-log']) {
        await open(page, href)
        await page.locator('table tbody tr').first().waitFor()
        await check(href)
      }
      await open(page, '/admin/collections/articles')
      await page.locator('table tbody tr a').first().click()
      await page.locator('#field-title').waitFor()
      await check('an article')
    })
  },
  WALK_TIMEOUT,
)
