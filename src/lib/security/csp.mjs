/**
 * Content-Security-Policy of a page (finding 10). The admin (Payload's client) needs inline scripts
 * and styles, and is never framed. The public site allows its own files and, inline, only:
 * - in production, the scripts of the page by their SHA-256 (base64), which the production server
 *   (`scripts/server.mjs`, importing this file) reads from the HTML it sends: pages are cached (ISR),
 *   a per-request nonce could not be in them. Without hashes, no inline script at all (fail closed);
 * - under `next dev`, the request's nonce (Next puts it on its own scripts when it finds it in the
 *   request's CSP header), with what React's fast refresh needs (eval, the websocket).
 */
// Plain JavaScript (types in csp.d.mts): the production server imports it as it is.
/** @type {import('./csp.d.mts').contentSecurityPolicy} */
export const contentSecurityPolicy = (options) => {
  const { scripts: source, development } = options
  const admin = 'admin' in source
  const scripts = ["'self'"]
  if (admin) scripts.push("'unsafe-inline'")
  else if ('nonce' in source) scripts.push(`'nonce-${source.nonce}'`, "'strict-dynamic'")
  else scripts.push(...source.hashes.map((hash) => `'sha256-${hash}'`))
  if (development) scripts.push("'unsafe-eval'")
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${admin ? "'none'" : "'self'"}`,
  ].join('; ')
}
