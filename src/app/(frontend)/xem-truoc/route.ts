import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { isPreviewSecret } from '@/website/preview'

import { payloadClient } from '../_lib/data'

/**
 * Draft preview for signed-in reviewers: the secret from the admin's preview link, a signed-in
 * user, and read access to the article's draft (checked as that user) switch on draft mode.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const slug = url.searchParams.get('slug') ?? ''
  if (!isPreviewSecret(url.searchParams.get('secret')) || !/^[a-z0-9-]+$/.test(slug)) {
    return new Response('Liên kết xem trước không hợp lệ.', { status: 401 })
  }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return new Response('Cần đăng nhập để xem trước bài viết.', { status: 401 })
  const { totalDocs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: false,
    user,
  })
  if (totalDocs === 0) return new Response('Bạn không có quyền xem bản nháp này.', { status: 403 })
  ;(await draftMode()).enable()
  redirect(`/tin-tuc/${slug}`)
}
