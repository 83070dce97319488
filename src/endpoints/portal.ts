import { APIError, type PayloadRequest } from 'payload'

import { guardianOf } from '@/access/guardians'
import { childrenOverview, childSummary, confirmedChildIds } from '@/portal/children'
import { setGuardianConsent } from '@/portal/consent'
import { childMessages, recordReceipt } from '@/portal/messages'

import { readJsonBody } from './readJsonBody'

const NOT_FOUND = 'Không tìm thấy học sinh.'
const SIGN_IN = 'Cần đăng nhập bằng tài khoản phụ huynh.'

/** `GET /api/guardians/children`: the signed-in guardian's confirmed children. */
export const portalChildren = {
  path: '/children',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    const guardian = guardianOf(req)
    if (!guardian) throw new APIError(SIGN_IN, 401)
    return Response.json({ docs: await childrenOverview({ payload: req.payload, req }, guardian.id) })
  },
}

/**
 * `GET /api/guardians/children/:id`: one confirmed child's portal page as JSON (results of locked
 * terms, attendance, conduct, approved year-end outcome, health measurements, messages). Any other
 * id, whether it exists or not, answers 404.
 */
export const portalChild = {
  path: '/children/:id',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    const guardian = guardianOf(req)
    if (!guardian) throw new APIError(SIGN_IN, 401)
    const summary = await childSummary({ payload: req.payload, req }, guardian.id, String(req.routeParams?.id))
    if (!summary) throw new APIError(NOT_FOUND, 404)
    return Response.json({ ...summary, messages: await childMessages(req.payload, guardian.id, summary.id) })
  },
}

/** `POST /api/guardians/receipts` `{ message }`: the guardian read a message the school sent. */
export const portalReceipt = {
  path: '/receipts',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const guardian = guardianOf(req)
    if (!guardian) throw new APIError(SIGN_IN, 401)
    const messageId = Number((await readJsonBody(req)).message)
    const children = await confirmedChildIds({ payload: req.payload, req }, guardian.id)
    const ok = Number.isInteger(messageId) && (await recordReceipt(req.payload, guardian.id, children, messageId))
    if (!ok) throw new APIError('Không tìm thấy tin nhắn.', 404)
    return Response.json({ ok: true })
  },
}

/**
 * `POST /api/guardians/consent` `{ student, consent }`: gives (true) or withdraws (false) the
 * guardian's consent to publishing the child's photo or name; a withdrawal answers with the
 * published items showing the child (also recorded for the website administrator).
 */
export const portalConsent = {
  path: '/consent',
  method: 'post' as const,
  handler: async (req: PayloadRequest) => {
    const guardian = guardianOf(req)
    if (!guardian) throw new APIError(SIGN_IN, 401)
    const body = await readJsonBody(req)
    const studentId = Number(body.student)
    if (typeof body.consent !== 'boolean')
      throw new APIError('Cần chọn đồng ý hoặc rút lại đồng ý (consent: true/false).', 400)
    const children = await confirmedChildIds({ payload: req.payload, req }, guardian.id)
    if (!children.includes(studentId)) throw new APIError(NOT_FOUND, 404)
    return Response.json(await setGuardianConsent(req, guardian.id, studentId, body.consent))
  },
}
