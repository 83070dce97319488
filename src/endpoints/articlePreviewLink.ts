import { APIError, type PayloadRequest } from 'payload'

import { headsArticleDepartment, isBoard, isPublisher } from '@/access/website'
import type { RoleHolder } from '@/access/roles'
import { PREVIEW_LINK_HOURS, signPreviewToken } from '@/domain/website/previewToken'
import { previewLinkPath, previewLinkSecret } from '@/website/preview'

/**
 * `POST /api/articles/:id/preview-link`: a link to the article's draft that works for 24 hours
 * without an account, for a reviewer to show it to someone outside (a parent, the district).
 * Reviewers only: the editorial board, the publishers, the head of the article's department.
 */
export const articlePreviewLink = {
  path: '/:id/preview-link',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const user = req.user as RoleHolder | null
    if (!user) throw new APIError('Cần đăng nhập để tạo liên kết xem trước.', 401)
    let article: { slug?: string | null; department?: unknown }
    try {
      article = await req.payload.findByID({
        collection: 'articles',
        id: req.routeParams?.id as string,
        draft: true,
        depth: 0,
        overrideAccess: false,
        req,
      })
    } catch {
      // Not found and not readable answer alike: the link says nothing about drafts the caller cannot see.
      throw new APIError('Không tìm thấy bài viết, hoặc bạn không có quyền xem bài này.', 404)
    }
    const reviewer = isBoard(user) || isPublisher(user) || (await headsArticleDepartment(req, article.department))
    if (!reviewer)
      throw new APIError(
        'Chỉ người duyệt bài (tổ trưởng, ban biên tập, quản trị website) được tạo liên kết xem trước.',
        403,
      )
    if (!article.slug) throw new APIError('Bài chưa có đường dẫn (slug): lưu bài trước.', 400)
    const expiresAt = Date.now() + PREVIEW_LINK_HOURS * 3600_000
    const token = signPreviewToken(article.slug, expiresAt, previewLinkSecret())
    return Response.json({ url: previewLinkPath(token), expiresAt: new Date(expiresAt).toISOString() })
  },
}
