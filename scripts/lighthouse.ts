/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, the default) on the home page, the news list, the
 * newest article and the announcements, printing the four scores per page. Needs a production
 * server running (`npm start`, or `node scripts/server.mjs`) at LH_URL (default http://127.0.0.1:3000) and
 * Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Not part of `npm test`.
 *
 * CPU slowdown: Lighthouse's 4× emulates a mid-tier phone on a fast desktop host; on a slower host
 * it over-throttles. As Lighthouse's own throttling guide advises, the script first measures the
 * host (Lighthouse's `benchmarkIndex`) and applies the multiplier of Lighthouse's CPU throttling
 * calculator for it, printing both; `LH_CPU_MULTIPLIER=4` forces the default.
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

type Report = {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>
  environment: { benchmarkIndex: number }
}

const lighthouse = (page: string, categories: readonly string[], cpuMultiplier?: number): Report => {
  const run = spawnSync(
    process.execPath,
    [
      bin,
      `${base}${page}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      ...(cpuMultiplier ? [`--throttling.cpuSlowdownMultiplier=${cpuMultiplier.toFixed(2)}`] : []),
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed on ${page}: ${run.stderr}`)
  return JSON.parse(run.stdout) as Report
}

/** Lighthouse's CPU throttling calculator: the slowdown that makes this host a mid-tier phone. */
const calibratedMultiplier = (benchmarkIndex: number) => {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650)
}

const forced = Number(process.env.LH_CPU_MULTIPLIER)
const benchmarkIndex = lighthouse('/', ['seo']).environment.benchmarkIndex
const multiplier = forced > 0 ? forced : calibratedMultiplier(benchmarkIndex)

const rows: string[] = []
let below = 0
for (const page of pages) {
  await fetch(`${base}${page}`) // the first visit renders and caches the page
  const report = lighthouse(page, CATEGORIES, multiplier)
  const scores = CATEGORIES.map((c) => Math.round((report.categories[c].score ?? 0) * 100))
  below += scores.filter((s) => s < 95).length
  rows.push(`| ${page.length > 40 ? `${page.slice(0, 37)}…` : page} | ${scores.join(' | ')} |`)
}
console.log(`Lighthouse 12, mobile, ${base}, ${new Date().toISOString()}`)
console.log(
  `host benchmarkIndex ${Math.round(benchmarkIndex)}: CPU slowdown ${multiplier.toFixed(2)}× (${forced > 0 ? 'LH_CPU_MULTIPLIER' : "Lighthouse's calculator for this host; 4× assumes a fast desktop"})`,
)
console.log('| page | performance | accessibility | best practices | SEO |')
console.log('|---|---|---|---|---|')
for (const row of rows) console.log(row)
console.log(below === 0 ? 'Every score ≥ 95.' : `${below} score(s) below 95.`)
