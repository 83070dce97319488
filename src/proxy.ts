import { type NextRequest, NextResponse } from 'next/server'

import { contentSecurityPolicy } from '@/lib/security/csp.mjs'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Pages get their Content-Security-Policy here (`src/lib/security/csp.mjs`). The admin's allows
 * inline scripts. In production the public pages are cached (ISR), so theirs carries no nonce: the
 * production server (`scripts/server.mjs`) sets it from the HTML it sends (the hashes of its inline
 * scripts) and this proxy does not run for them (the matcher); served any other way (a bare `next
 * start`) they get a policy allowing no inline script. Under `next dev` they get a fresh nonce,
 * which Next reads from the request's CSP header and puts on its scripts.
 *
 * The admin panel speaks Vietnamese by default, whatever language the browser asks for. Payload
 * keeps a chosen language in the `payload-lng` cookie (set when a user switches to English in
 * their account settings); we set it to Vietnamese only where no choice has been made, on the
 * request being served as well as for the next ones.
 */
export function proxy(request: NextRequest) {
  const admin = request.nextUrl.pathname.startsWith('/admin')
  const development = process.env.NODE_ENV === 'development'
  const nonce = !admin && development ? btoa(crypto.randomUUID()) : null
  const scripts = admin ? ({ admin } as const) : nonce ? { nonce } : { hashes: [] }
  const policy = contentSecurityPolicy({ scripts, development })
  if (nonce) {
    request.headers.set('x-nonce', nonce)
    request.headers.set('Content-Security-Policy', policy)
  }

  const setLanguage = admin && !request.cookies.has(LANGUAGE_COOKIE)
  if (setLanguage) request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.headers.set('Content-Security-Policy', policy)
  if (setLanguage) {
    response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  }
  return response
}

export const config = {
  // Pages only: not the API, Next's static files, images or the files served by Payload.
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|rss.xml).*)',
      // x-csp-by-server: a public page served by scripts/server.mjs, which sets its policy itself.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'x-csp-by-server' },
      ],
    },
  ],
}
