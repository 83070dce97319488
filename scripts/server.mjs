// The production server (`npm start`): Next's request handler on Node's http server, with one job
// of its own, the Content-Security-Policy of the public pages. They are cached (ISR), so it cannot
// carry a per-request nonce: each public HTML response is held until complete, then gets the policy
// of src/lib/security/csp.mjs with the SHA-256 of each of its inline scripts (`<script>` without
// `src`). The policy is remembered per body (a small LRU), so a cached page costs one hash; the
// proxy (src/proxy.ts) is skipped for these requests (it would only set a policy replaced here, and
// it was a large part of a cached page's time: README, website benchmarks). The admin, the API, Next's files and any
// response that is not HTML stream through untouched.
//
// Usage: node scripts/server.mjs [--port 3000] [--hostname 127.0.0.1] (or PORT, HOST).
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import { createPageCache, onSiteChanged } from '../src/lib/http/pageCache.mjs'
import { contentSecurityPolicy } from '../src/lib/security/csp.mjs'

process.env.NODE_ENV = 'production'
const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
const port = Number(values.port || process.env.PORT || 3000)
const hostname = values.hostname || process.env.HOST || undefined

const { default: next } = await import('next')
/** Set on the public requests served here, so that the proxy skips them (its matcher); never taken from a client. */
const CSP_BY_SERVER = 'x-csp-by-server'

/**
 * Paths whose HTML gets script hashes: not the admin, the API or Next's own files, however the path
 * is spelled (`/%61dmin`, `//admin`, `/ADMIN`); a path that does not decode is not one.
 */
const isPublicPage = (url = '/') => {
  let path
  try {
    path = decodeURIComponent(url.split('?')[0]).replace(/[\\/]+/g, '/')
  } catch {
    return false
  }
  return !/^\/(admin|api|_next)(\/|$)/i.test(path)
}

/** The content of each inline `<script>` element (no `src` attribute) of an HTML document. */
const inlineScripts = (html) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes]) => !/\ssrc\s*=/i.test(` ${attributes}`))
    .map(([, , content]) => content)

const sha256 = (content) => createHash('sha256').update(content).digest('base64')

/** The page's policy: its own inline scripts, by hash, and no other. */
const policyOf = (html) =>
  contentSecurityPolicy({ scripts: { hashes: [...new Set(inlineScripts(html).map(sha256))] }, development: false })
const NO_INLINE_SCRIPT = policyOf('')

const decode = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync, deflate: zlib.inflateSync }

/** A small LRU: the policy of each recent body (by its hash), and of each recent ETag. */
const policies = new Map()
const POLICIES_KEPT = 400
const remember = (key, value) => {
  policies.delete(key)
  policies.set(key, value) // most recently used last
  if (policies.size > POLICIES_KEPT) policies.delete(policies.keys().next().value)
}
const recall = (key) => {
  const value = policies.get(key)
  if (value !== undefined) remember(key, value)
  return value
}
const policyFor = (body, encoding) => {
  const key = sha256(body)
  const value = recall(key) ?? policyOf((decode[encoding] ?? ((b) => b))(body).toString('utf8'))
  remember(key, value)
  return value
}

/**
 * Holds an HTML response until its end, then sets its policy and Content-Length and sends it in
 * one piece. Next's compression (when the client accepts it) wraps this response after us, so the
 * body seen here may be compressed: it is decoded only to read the scripts, and sent as it came.
 */
const holdHtml = (res, keep) => {
  const writeHead = res.writeHead.bind(res)
  const write = res.write.bind(res)
  const end = res.end.bind(res)
  let mode = 'undecided' // then 'hold' or 'pass'
  let statusMessage
  const chunks = []
  const chunk = (data, encoding) =>
    data == null || typeof data === 'function'
      ? null
      : Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8')
  const flushHeaders = res.flushHeaders.bind(res)

  res.writeHead = (status, ...rest) => {
    if (mode !== 'undecided') return mode === 'hold' ? res : writeHead(status, ...rest)
    res.statusCode = status
    for (const arg of rest) {
      if (typeof arg === 'string') statusMessage = arg
      else if (Array.isArray(arg)) for (let i = 0; i < arg.length; i += 2) res.setHeader(arg[i], arg[i + 1])
      else if (arg) for (const [name, value] of Object.entries(arg)) res.setHeader(name, value)
    }
    // 304 to a revalidating browser: it keeps the body it has and takes these headers, policy included.
    if (status === 304)
      res.setHeader('Content-Security-Policy', recall(`etag:${res.getHeader('etag')}`) ?? NO_INLINE_SCRIPT)
    const html = String(res.getHeader('content-type') ?? '').startsWith('text/html')
    mode = html && status !== 304 ? 'hold' : 'pass'
    // The wrappers stay and delegate: Next's compression may have wrapped them in turn.
    if (mode === 'pass') return statusMessage ? writeHead(status, statusMessage) : writeHead(status)
    return res
  }
  res.flushHeaders = () => {
    if (mode === 'undecided') res.writeHead(res.statusCode)
    if (mode === 'pass') flushHeaders()
  }
  res.write = (data, encoding, callback) => {
    if (mode === 'undecided') res.writeHead(res.statusCode)
    if (mode === 'pass') return write(data, encoding, callback)
    const piece = chunk(data, encoding)
    if (piece) chunks.push(piece)
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  res.end = (data, encoding, callback) => {
    if (mode === 'undecided') res.writeHead(res.statusCode)
    if (mode === 'pass') return end(data, encoding, callback)
    const piece = chunk(data, encoding)
    if (piece) chunks.push(piece)
    const body = Buffer.concat(chunks)
    const contentEncoding = String(res.getHeader('content-encoding') ?? '')
    const policy = policyFor(body, contentEncoding)
    res.setHeader('Content-Security-Policy', policy)
    if (res.getHeader('etag')) remember(`etag:${res.getHeader('etag')}`, policy)
    res.removeHeader('Transfer-Encoding')
    res.setHeader('Content-Length', body.length)
    keep?.({ status: res.statusCode, headers: res.getHeaders(), body })
    if (statusMessage) writeHead(res.statusCode, statusMessage)
    else writeHead(res.statusCode)
    const done = [data, encoding, callback].find((arg) => typeof arg === 'function')
    return end(body, done)
  }
}

const app = next({ dev: false, hostname: hostname ?? 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

/** Pages Next served from its ISR cache, kept a few seconds (src/lib/http/pageCache.mjs); publishing empties it. */
const pages = createPageCache()
onSiteChanged(() => pages.clear())

/** Draft mode (a reviewer's preview) renders per request: never answered from, or kept in, the page cache. */
const inDraftMode = (req) => /(^|;\s*)__prerender_bypass=/.test(req.headers.cookie ?? '')

/** An entity tag without its weak marker: `W/"x"` and `"x"` name the same body here. */
const strongTag = (tag) => String(tag).trim().replace(/^W\//, '')
/** The tags of the request's If-None-Match, if any. */
const requestedTags = (req) => req.headers['if-none-match']?.split(',').map(strongTag)

/** A kept page, or a 304 when the browser already has it (same ETag). */
const sendKept = (req, res, { status, headers, body }) => {
  res.setHeader('x-server-cache', 'HIT')
  if (headers.etag && requestedTags(req)?.includes(strongTag(headers.etag))) {
    for (const name of ['etag', 'cache-control', 'vary', 'content-security-policy'])
      if (headers[name] !== undefined) res.setHeader(name, headers[name])
    res.writeHead(304)
    return res.end()
  }
  res.writeHead(status, headers)
  res.end(body)
}

const server = createServer((req, res) => {
  delete req.headers[CSP_BY_SERVER]
  if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET')) {
    // A change published by this request is announced from inside it (before its commit): the pages
    // kept while it ran may hold the old content, so they are forgotten again once it is answered.
    const since = pages.generation
    res.once('close', () => {
      if (pages.generation !== since) pages.clear()
    })
  }
  if (isPublicPage(req.url)) {
    const cacheable = (req.method === 'GET' || req.method === 'HEAD') && !inDraftMode(req)
    const kept = cacheable ? pages.get(req.url, req.headers) : undefined
    if (kept) return sendKept(req, res, kept)
    req.headers[CSP_BY_SERVER] = '1'
    // HEAD: rendered as GET so that the policy is that of the body; Node sends no body to a HEAD.
    if (req.method === 'HEAD') req.method = 'GET'
    // A 304 gets its policy by ETag: asked about a page whose policy is not known here, Next sends it whole.
    const tags = requestedTags(req)
    if (tags && !tags.every((tag) => policies.has(`etag:${tag}`))) delete req.headers['if-none-match']
    delete req.headers['if-modified-since']
    const since = pages.generation
    // as they are now: Next may rewrite the request's URL and headers while it handles it
    const url = req.url
    const headers = { ...req.headers }
    holdHtml(res, cacheable ? (response) => pages.put(url, headers, response, since) : undefined)
  }
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}`)
})
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close(() => process.exit(0)))
