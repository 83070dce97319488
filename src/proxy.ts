import { type NextRequest, NextResponse } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin panel speaks Vietnamese by default, whatever language the browser asks for. Payload
 * keeps a chosen language in the `payload-lng` cookie (set when a user switches to English in
 * their account settings); we set it to Vietnamese only where no choice has been made, on the
 * request being served as well as for the next ones.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  matcher: ['/admin/:path*'],
}
