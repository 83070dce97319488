/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, the default) on the home page, the news list, the
 * newest article and the announcements, printing the four scores per page. Needs a production
 * server running (`npm start`, or `next start`) at LH_URL (default http://127.0.0.1:3000) and
 * Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const base = (process.env.LH_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium'
const bin = path.resolve('node_modules/lighthouse/cli/index.js')
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

const { docs } = (await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishDate`)).json()) as {
  docs: Array<{ slug: string }>
}
const pages = ['/', '/tin-tuc', ...(docs[0] ? [`/tin-tuc/${docs[0].slug}`] : []), '/thong-bao']

type Report = { categories: Record<(typeof CATEGORIES)[number], { score: number | null }> }

const rows: string[] = []
let below = 0
for (const page of pages) {
  await fetch(`${base}${page}`) // the first visit renders and caches the page
  const run = spawnSync(
    process.execPath,
    [
      bin,
      `${base}${page}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed on ${page}: ${run.stderr}`)
  const report = JSON.parse(run.stdout) as Report
  const scores = CATEGORIES.map((c) => Math.round((report.categories[c].score ?? 0) * 100))
  below += scores.filter((s) => s < 95).length
  rows.push(`| ${page.length > 40 ? `${page.slice(0, 37)}…` : page} | ${scores.join(' | ')} |`)
}
console.log(`Lighthouse 12, mobile, ${base}, ${new Date().toISOString()}`)
console.log('| page | performance | accessibility | best practices | SEO |')
console.log('|---|---|---|---|---|')
for (const row of rows) console.log(row)
console.log(below === 0 ? 'Every score ≥ 95.' : `${below} score(s) below 95.`)
