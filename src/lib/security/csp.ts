/**
 * Content-Security-Policy of a page (finding 10). The public site allows scripts only with the
 * request's nonce (Next puts it on its own scripts when it finds it in the request's CSP header);
 * the admin (Payload's client) needs inline scripts and styles, and is never framed. Development
 * adds what React's fast refresh needs (eval, the websocket).
 */
export const contentSecurityPolicy = (options: { nonce: string; admin: boolean; development: boolean }): string => {
  const { nonce, admin, development } = options
  const scripts = admin ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
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
