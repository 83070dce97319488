import { APIError, ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole, isViceArea } from '@/access/roles'
import { readJsonBody } from '@/endpoints/readJsonBody'

/**
 * `POST /api/exam-papers/handover` with `{ schoolYear }`: the year-end handover of a year's papers
 * to the library (R8.1). The academic vice-principal or the principal does it; the update runs with
 * their access (`overrideAccess: false`), in the request's transaction, all papers or none.
 */
export const examPapersHandover: Endpoint = {
  path: '/handover',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!isViceArea(user, 'academic') && !hasRole(user, 'principal')) {
      throw new APIError('Chỉ phó hiệu trưởng chuyên môn hoặc hiệu trưởng bàn giao đề kiểm tra cho thư viện.', 403)
    }
    const { schoolYear } = await readJsonBody(req)
    if (!schoolYear) {
      throw new ValidationError({
        collection: 'exam-papers',
        errors: [{ path: 'schoolYear', message: 'Chọn năm học cần bàn giao.' }],
      })
    }
    const result = await req.payload.update({
      collection: 'exam-papers',
      where: { and: [{ schoolYear: { equals: schoolYear } }, { custody: { equals: 'academic' } }] },
      data: { custody: 'library', handedOverAt: new Date().toISOString() },
      req,
      overrideAccess: false,
      depth: 0,
    })
    if (result.errors.length > 0) {
      return Response.json({ errors: result.errors.map((e) => ({ message: e.message })) }, { status: 400 })
    }
    return Response.json({ handedOver: result.docs.length })
  },
}
