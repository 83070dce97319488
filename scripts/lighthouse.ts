/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, the default) on the home page, the news list, the
 * newest article and the announcements, printing the four scores per page. Needs a production
 * server running (`npm start`, or `node scripts/server.mjs`) at LH_URL (default http://127.0.0.1:3000) and
 * Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Not part of `npm test`.
 *
 * CPU slowdown: Lighthouse's mobile preset (4×, what the scores are usually quoted at) unless
 * LH_CPU_MULTIPLIER gives another number or `calibrated`: the multiplier of Lighthouse's CPU
 * throttling calculator for this host's `benchmarkIndex` (a closer mid-tier phone on a host much
 * faster or slower than the one 4× assumes), printed either way. Each page is measured LH_RUNS
 * times (default 3) and the median printed, as Lighthouse's guide on variability advises.
 */
import { spawnSync } from 'node:child_process'
import http from 'node:http'
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

/**
 * One GET on a connection of its own: a connection kept by `fetch` would have been closed by the
 * server (its keep-alive timeout) while `spawnSync` held this process, and fail when reused.
 */
const visit = (url: string) =>
  new Promise<void>((resolve, reject) =>
    http
      .get(url, { agent: false }, (response) => response.resume().on('end', resolve).on('error', reject))
      .on('error', reject),
  )

const lighthouse = (page: string, categories: readonly string[], cpuMultiplier?: number, attempt = 1): Report => {
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
  // NO_NAVSTART: Lighthouse 12.2 sometimes misses the navigation in the trace of a newer Chromium
  // (its own message says to run it again); a measurement tool, not a test: once more, said aloud.
  if (run.status !== 0 && /NO_NAVSTART/.test(run.stderr) && attempt === 1) {
    console.warn(`${page}: Lighthouse lost the trace (NO_NAVSTART), measuring again`)
    return lighthouse(page, categories, cpuMultiplier, 2)
  }
  if (run.status !== 0) throw new Error(`lighthouse failed on ${page}: ${run.stderr}`)
  return JSON.parse(run.stdout) as Report
}

/** Lighthouse's CPU throttling calculator: the slowdown that makes this host a mid-tier phone. */
const calibratedMultiplier = (benchmarkIndex: number) => {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650)
}

// Lighthouse's mobile preset (4×) unless LH_CPU_MULTIPLIER says otherwise: a number, or `calibrated`
// for the calculator's multiplier for this host (printed either way).
const setting = process.env.LH_CPU_MULTIPLIER ?? '4'
const benchmarkIndex = lighthouse('/', ['seo']).environment.benchmarkIndex
const calibrated = calibratedMultiplier(benchmarkIndex)
const multiplier = setting === 'calibrated' ? calibrated : Number(setting)
if (!(multiplier > 0)) throw new Error(`LH_CPU_MULTIPLIER: a number or "calibrated", not "${setting}"`)
// Scores vary from run to run; Lighthouse's guide on variability advises the median of several.
const RUNS = Math.max(1, Number(process.env.LH_RUNS || 3))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const rows: string[] = []
let below = 0
for (const page of pages) {
  await visit(`${base}${page}`) // the first visit renders and caches the page
  const reports = Array.from({ length: RUNS }, () => lighthouse(page, CATEGORIES, multiplier))
  const scores = CATEGORIES.map((c) => median(reports.map((r) => Math.round((r.categories[c].score ?? 0) * 100))))
  below += scores.filter((s) => s < 95).length
  const performance = reports.map((r) => Math.round((r.categories.performance.score ?? 0) * 100))
  rows.push(
    `| ${page.length > 40 ? `${page.slice(0, 37)}…` : page} | ${scores.join(' | ')} | ${performance.join(', ')} |`,
  )
}
console.log(`Lighthouse 12, mobile, ${base}, ${new Date().toISOString()}`)
console.log(
  `CPU slowdown ${multiplier.toFixed(2)}× (${setting === '4' ? "Lighthouse's mobile preset" : `LH_CPU_MULTIPLIER=${setting}`}); ` +
    `host benchmarkIndex ${Math.round(benchmarkIndex)}, for which the calculator gives ${calibrated.toFixed(2)}×; median of ${RUNS} runs`,
)
console.log('| page | performance | accessibility | best practices | SEO | performance, each run |')
console.log('|---|---|---|---|---|---|')
for (const row of rows) console.log(row)
console.log(below === 0 ? 'Every score ≥ 95.' : `${below} score(s) below 95.`)
