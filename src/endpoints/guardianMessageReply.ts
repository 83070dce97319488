import { APIError, type PayloadRequest } from 'payload'

import { userOf } from '@/access/common'
import { relationId } from '@/access/relation-id'

import { inTransaction } from './inTransaction'
import { readJsonBody } from './readJsonBody'

/**
 * `POST /api/guardian-messages/:id/reply` `{ body }`: the homeroom teacher answers a guardian's
 * message from the admin ("Trả lời"). The message is read with the teacher's access (another
 * class's answers 404); the answer is created as the teacher through the collection's own checks
 * (confirmed link, own class, length), and the guardian's messages of the thread are marked read.
 */
export const replyToGuardianMessage = {
  path: '/:id/reply',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    if (!userOf(req)) throw new APIError('Cần đăng nhập bằng tài khoản nhà trường để trả lời phụ huynh.', 401)
    const text = (await readJsonBody(req)).body
    if (typeof text !== 'string') throw new APIError('Thiếu nội dung trả lời (body).', 400)
    const original = await req.payload.findByID({
      collection: 'guardian-messages',
      id: String(req.routeParams?.id ?? ''),
      depth: 0,
      disableErrors: true,
      overrideAccess: false,
      req,
    })
    if (!original) throw new APIError('Không tìm thấy tin nhắn.', 404)
    if (original.direction !== 'from-guardian') throw new APIError('Chỉ trả lời được tin nhắn của phụ huynh.', 400)
    const student = relationId(original.student)
    const guardian = relationId(original.guardian)
    return inTransaction(req, async () => {
      const answer = await req.payload.create({
        collection: 'guardian-messages',
        data: { student: Number(student), guardian: Number(guardian), body: text, direction: 'from-school' },
        overrideAccess: false,
        req,
      })
      await req.payload.update({
        collection: 'guardian-messages',
        where: {
          and: [
            { guardian: { equals: guardian } },
            { student: { equals: student } },
            { direction: { equals: 'from-guardian' } },
            { readAt: { exists: false } },
            { createdAt: { less_than_equal: answer.createdAt } },
          ],
        },
        data: { readAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true, // system action: the answered thread's read time (messages are never edited otherwise)
        req,
      })
      return Response.json({ doc: answer, message: 'Đã gửi câu trả lời đến phụ huynh.' }, { status: 201 })
    })
  },
}
