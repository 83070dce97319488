import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { readPreviewToken } from '@/domain/website/previewToken'
import { PREVIEW_LINK_COOKIE, previewLinkSecret } from '@/website/preview'

/**
 * A shared preview link (made by a reviewer, valid 24 hours): a valid, unexpired token switches on
 * draft mode and is kept in a cookie that expires with it; the article page then shows that one
 * article's draft, and only that one.
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  const opened = readPreviewToken(token, previewLinkSecret(), Date.now())
  if (!opened) return new Response('Liên kết xem trước không hợp lệ hoặc đã hết hạn.', { status: 401 })
  ;(await cookies()).set(PREVIEW_LINK_COOKIE, token!, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && request.url.startsWith('https:'),
    path: '/tin-tuc',
    expires: new Date(opened.expiresAt),
  })
  ;(await draftMode()).enable()
  redirect(`/tin-tuc/${opened.slug}`)
}
