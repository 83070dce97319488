/**
 * Response headers for every page and API answer (finding 10). CSP is set per request in
 * `src/proxy.ts` (it needs a nonce); these are the fixed ones.
 */
export const securityHeaders = (serverURL = process.env.SERVER_URL) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // HSTS only when the site is served over TLS: on plain http it would lock a local install out.
  ...(serverURL?.startsWith('https://')
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

/** The admin is never framed, even by the site itself. */
export const adminHeaders = [{ key: 'X-Frame-Options', value: 'DENY' }]
