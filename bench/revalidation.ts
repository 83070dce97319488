/**
 * `npm run check:revalidation`: against a running production server (`npm start`; BENCH_URL,
 * default http://127.0.0.1:3000, loopback only) and its demo accounts, walks a new article through
 * the review over REST, visits its page while still a draft (so a 404 sits in the cache), publishes
 * it and checks, without a restart, that the article page, the news list, the home page and the RSS
 * feed show it; then unpublishes it and checks that they no longer do, and deletes it. Prints one line
 * per check; exits 1 when one fails. It writes to the database: use a scratch one.
 */
const base = (process.env.BENCH_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(base).hostname))
  throw new Error('BENCH_URL must be a loopback address')
const password = process.env.DEMO_PASSWORD || 'HauGiang@2026'

const api = async (method: string, path: string, token?: string, body?: unknown) => {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}
const login = async (email: string) =>
  (await api('POST', '/users/login', undefined, { email, password })).token as string
const page = async (path: string) => {
  const response = await fetch(`${base}${path}`)
  return { status: response.status, text: await response.text(), cache: response.headers.get('x-nextjs-cache') }
}

let failed = 0
const check = (name: string, ok: boolean, detail = '') => {
  if (!ok) failed++
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`)
}

const title = `Kiểm tra làm mới trang ${Date.now()}`
const teacher = await login('gv.toan@haugiang.test')
const created = (
  await api('POST', '/articles?draft=true', teacher, { title, excerpt: 'Bài kiểm tra làm mới theo yêu cầu.' })
).doc as { id: number; slug: string }
const articlePath = `/tin-tuc/${created.slug}`
const shows = async (path: string) => (await page(path)).text.includes(title)

// Visit everything while it is a draft, twice, so the cached pages (and the 404) are what is served.
for (let i = 0; i < 2; i++) for (const path of [articlePath, '/tin-tuc', '/', '/rss.xml']) await page(path)
const draftPage = await page(articlePath)
check('draft: article page 404', draftPage.status === 404, `cache ${draftPage.cache}`)
check('draft: not on the home page', !(await shows('/')))

const step = async (token: string, reviewStage: string) =>
  api('PATCH', `/articles/${created.id}?draft=true`, token, { reviewStage })
await step(teacher, 'department-review')
await step(await login('totruong.toan@haugiang.test'), 'board-review')
await step(await login('pht.chuyenmon@haugiang.test'), 'approved')
const web = await login('web@haugiang.test')
const publishedAt = Date.now()
await api('PATCH', `/articles/${created.id}`, web, { _status: 'published' })

const live = await page(articlePath)
check(
  'published: article page 200 with the title',
  live.status === 200 && live.text.includes(title),
  `status ${live.status}, cache ${live.cache}, ${Date.now() - publishedAt} ms after publishing`,
)
check('published: on the news list', await shows('/tin-tuc'))
check('published: on the home page', await shows('/'))
check('published: in the RSS feed', await shows('/rss.xml'))

await api('PATCH', `/articles/${created.id}`, web, { _status: 'draft' })
const down = await page(articlePath)
check('unpublished: article page 404', down.status === 404, `status ${down.status}, cache ${down.cache}`)
check('unpublished: not on the home page', !(await shows('/')))
check('unpublished: not on the news list', !(await shows('/tin-tuc')))

await api('DELETE', `/articles/${created.id}`, web)
console.log(failed === 0 ? 'All checks passed.' : `${failed} check(s) failed.`)
process.exit(failed === 0 ? 0 : 1)

export {}
