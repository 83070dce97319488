import { APIError, type PayloadRequest } from 'payload'

import { isPublisher } from '@/access/website'
import type { RoleHolder } from '@/access/roles'
import { boardReport, type ReportArticle } from '@/domain/website/board'

const nameOf = (value: unknown, key: 'name' | 'fullName') =>
  value && typeof value === 'object' ? String((value as Record<string, unknown>)[key] ?? '—') : '—'

/**
 * `GET /api/articles/board-report`: the editorial board's work for the website administrator and the
 * principal (A17.1, R7.5): publications per department and author per month, days from submission
 * to publication, articles waiting at each stage. Read as the caller, with access applied.
 */
export const editorialBoardReport = {
  path: '/board-report',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    if (!isPublisher(req.user as RoleHolder)) {
      throw new APIError('Chỉ quản trị website và hiệu trưởng xem được báo cáo này.', 403)
    }
    const { docs } = await req.payload.find({
      collection: 'articles',
      draft: true,
      pagination: false,
      depth: 1,
      overrideAccess: false,
      req,
      select: { department: true, author: true, reviewStage: true, reviewHistory: true, _status: true },
    })
    const articles: ReportArticle[] = docs.map((doc) => ({
      department: nameOf(doc.department, 'name'),
      author: nameOf(doc.author, 'fullName'),
      stage: doc.reviewStage ?? 'draft',
      published: doc._status === 'published',
      history: (doc.reviewHistory ?? []).map((h) => ({ event: h.event, to: h.to, at: h.at })),
    }))
    return Response.json(boardReport(articles))
  },
}
