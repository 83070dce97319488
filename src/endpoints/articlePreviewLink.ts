import type { PayloadRequest } from 'payload'

import { headsArticleDepartment, isBoard, isPublisher } from '@/access/website'
import type { RoleHolder } from '@/access/roles'
import { PREVIEW_LINK_HOURS, signPreviewToken } from '@/domain/website/previewToken'
import { previewLinkPath, previewLinkSecret } from '@/website/preview'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

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
    if (!user) return refuse(401, 'Cần đăng nhập để tạo liên kết xem trước.')
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
      return refuse(404, 'Không tìm thấy bài viết, hoặc bạn không có quyền xem bài này.')
    }
    const reviewer = isBoard(user) || isPublisher(user) || (await headsArticleDepartment(req, article.department))
    if (!reviewer)
      return refuse(403, 'Chỉ người duyệt bài (tổ trưởng, ban biên tập, quản trị website) được tạo liên kết xem trước.')
    if (!article.slug) return refuse(400, 'Bài chưa có đường dẫn (slug): lưu bài trước.')
    const expiresAt = Date.now() + PREVIEW_LINK_HOURS * 3600_000
    const token = signPreviewToken(article.slug, expiresAt, previewLinkSecret())
    return Response.json({ url: previewLinkPath(token), expiresAt: new Date(expiresAt).toISOString() })
  },
}
