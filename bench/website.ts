/**
 * `npm run bench:website`: the public article page under load (autocannon), printing requests per
 * second and the 95th-percentile latency, against a baseline: `/robots.txt` from the same server
 * (the cheapest answer it gives, so the ratio is the article page's own cost). Needs the site
 * running (`npm start` for numbers that mean something; `npm run dev` compiles on demand and is far
 * slower): BENCH_URL (default http://127.0.0.1:3000), BENCH_SECONDS (10), BENCH_CONNECTIONS (10).
 * Only loopback addresses.
 */
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
const host = new URL(base).hostname
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('BENCH_URL must be a loopback address')

const { docs } = (await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishDate`)).json()) as {
  docs: Array<{ slug: string }>
}
if (!docs[0]) throw new Error('No published article to load')

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
const article = await load(articleUrl)
const baseline = await load(`${base}/robots.txt`)
console.log(`article page ${articleUrl}`)
console.log(line('article page', article))
console.log(line('baseline', baseline))
console.log(
  `article/baseline: ${(article.rps / baseline.rps).toFixed(2)}× the requests/s, ${(article.p95 / baseline.p95).toFixed(2)}× the p95`,
)
