/**
 * `npm run bench:website`: the news list `/tin-tuc` and the newest article's page under load
 * (autocannon), printing requests per second and the 95th-percentile latency, against a baseline
 * from the same server in the same run: a static file (the site's stylesheet under /_next/static,
 * served from disk), so each ratio is the page's own cost. Needs the site running (`npm start` for
 * numbers that mean something; `npm run dev` compiles on demand and is far slower): BENCH_URL
 * (default http://127.0.0.1:3000), BENCH_SECONDS (10), BENCH_CONNECTIONS (10). Only loopback addresses.
 * Goal (issue 15): both pages at least 0.5× the static file's requests/s.
 */
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
const host = new URL(base).hostname
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('BENCH_URL must be a loopback address')

const { docs } = (await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishDate`)).json()) as {
  docs: Array<{ slug: string }>
}
if (!docs[0]) throw new Error('No published article to load')

const home = await (await fetch(`${base}/`)).text()
const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1]
if (!stylesheet) throw new Error('No stylesheet under /_next/static on the home page to use as the static baseline')

type Measure = { rps: number; p95: number; errors: number; non2xx: number }

const load = async (url: string): Promise<Measure> => {
  await fetch(url) // compile or warm the page first
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: Number(process.env.BENCH_CONNECTIONS || 10),
        duration: Number(process.env.BENCH_SECONDS || 10),
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  const p95 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] ?? NaN
  return { rps: result.requests.average, p95, errors: result.errors, non2xx: result.non2xx }
}

const line = (name: string, m: Measure) =>
  `${name.padEnd(14)} requests/s: ${m.rps.toFixed(1).padStart(8)}   p95: ${m.p95.toFixed(1).padStart(7)} ms   errors: ${m.errors}   non-2xx: ${m.non2xx}`

const articleUrl = `${base}/tin-tuc/${docs[0].slug}`
const baseline = await load(`${base}${stylesheet}`)
const news = await load(`${base}/tin-tuc`)
const article = await load(articleUrl)
console.log(`static file ${stylesheet}; article page ${articleUrl}`)
console.log(line('static file', baseline))
console.log(line('/tin-tuc', news))
console.log(line('article page', article))
for (const [name, m] of [
  ['/tin-tuc', news],
  ['article', article],
] as const) {
  const ratio = m.rps / baseline.rps
  console.log(
    `${name}/static: ${ratio.toFixed(2)}× the requests/s, ${(m.p95 / baseline.p95).toFixed(2)}× the p95 ${ratio >= 0.5 ? '(goal ≥ 0.5 met)' : '(below the 0.5 goal)'}`,
  )
}
