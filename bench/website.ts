/**
 * `npm run bench:website`: the public article page under load (autocannon), printing requests per
 * second and the 95th-percentile latency. Needs the site running (`npm start` for numbers that
 * mean something; `npm run dev` compiles on demand and is far slower): BENCH_URL (default
 * http://127.0.0.1:3000), BENCH_SECONDS (10), BENCH_CONNECTIONS (10). Only loopback addresses.
 */
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
const host = new URL(base).hostname
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('BENCH_URL must be a loopback address')

const { docs } = (await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishDate`)).json()) as { docs: Array<{ slug: string }> }
if (!docs[0]) throw new Error('No published article to load')
const url = `${base}/tin-tuc/${docs[0].slug}`
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
console.log(`article page ${url}`)
console.log(`requests/s: ${result.requests.average.toFixed(1)}   p95: ${p95.toFixed(1)} ms   errors: ${result.errors}   non-2xx: ${result.non2xx}`)
