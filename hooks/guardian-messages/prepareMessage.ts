import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type Where,
} from 'payload'

import { guardianOf } from '@/access/guardians'
import { relationId } from '@/access/relation-id'
import { loadScope } from '@/access/scope'
import { messageBodyProblem, rateLimitProblem } from '@/domain/portal/messages'
import { confirmedChildIds } from '@/portal/children'

const HOUR = 3600_000

/**
 * Fills what the server decides on a new message (direction, guardian, author, class) and checks
 * the writer: a guardian writes only about a confirmed child, within the rate limit; a homeroom
 * teacher answers only in a thread of their class with a guardian confirmed for the student.
 * A foreign or unknown student answers 404, like the portal's pages.
 */
export const prepareMessage: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const problem = messageBodyProblem(data.body)
  if (problem) throw new APIError(problem, 400, null, true)
  const studentId = Number(relationId(data.student))
  const notFound = () => new APIError('Không tìm thấy học sinh.', 404, null, true)
  const guardian = guardianOf(req)
  if (guardian) {
    if (!(await confirmedChildIds({ payload: req.payload, req }, guardian.id)).includes(studentId)) throw notFound()
    const since = (ms: number): Where => ({
      and: [
        { guardian: { equals: guardian.id } },
        { direction: { equals: 'from-guardian' } },
        { createdAt: { greater_than: new Date(Date.now() - ms).toISOString() } },
      ],
    })
    const count = async (ms: number) =>
      (
        await req.payload.count({
          collection: 'guardian-messages',
          where: since(ms),
          overrideAccess: true, // the guardian's own messages, counted for the rate limit
          req,
        })
      ).totalDocs
    const limited = rateLimitProblem(await count(HOUR), await count(24 * HOUR))
    if (limited) throw new APIError(limited, 429, null, true)
    data.guardian = guardian.id
    data.direction = 'from-guardian'
    data.author = null
  } else {
    const guardianId = relationId(data.guardian)
    if (
      guardianId === null ||
      !(await confirmedChildIds({ payload: req.payload, req }, guardianId)).includes(studentId)
    )
      throw notFound()
    data.direction = 'from-school'
    data.author = req.user?.id ?? null
  }
  const student = await req.payload.findByID({
    collection: 'students',
    id: studentId,
    depth: 0,
    select: { currentClass: true },
    disableErrors: true,
    overrideAccess: true, // the class of a student already checked above
    req,
  })
  const classId = relationId(student?.currentClass)
  if (!student || classId === null) throw notFound()
  if (!guardian) {
    const { homeroomClassIds } = await loadScope(req)
    if (!homeroomClassIds.some((id) => String(id) === String(classId))) throw notFound()
  }
  data.class = classId
  data.readAt = null
  return data
}

/** Attachments of a message take its class, so the class's homeroom teacher may open them. */
export const stampAttachments: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const ids = ((doc.attachments ?? []) as unknown[]).map((a) => relationId(a)).filter((id) => id !== null)
  if (ids.length === 0) return doc
  await req.payload.update({
    collection: 'message-attachments',
    where: { and: [{ id: { in: ids } }, { guardian: { equals: relationId(doc.guardian) } }] },
    data: { class: relationId(doc.class) as number },
    overrideAccess: true, // system action: the attachment follows the message it was sent with
    req,
  })
  return doc
}

/** A guardian attaches only their own uploads. */
export const checkAttachmentOwner: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const ids = ((data.attachments ?? []) as unknown[]).map((a) => relationId(a)).filter((id) => id !== null)
  if (ids.length === 0) return data
  const guardian = guardianOf(req)
  if (!guardian) throw new APIError('Chỉ phụ huynh đính kèm tệp vào tin nhắn.', 400, null, true)
  const { totalDocs } = await req.payload.count({
    collection: 'message-attachments',
    where: { and: [{ id: { in: ids } }, { guardian: { equals: guardian.id } }, { class: { exists: false } }] },
    overrideAccess: true, // the guardian's own, not yet sent uploads
    req,
  })
  if (totalDocs !== ids.length) throw new APIError('Tệp đính kèm không hợp lệ.', 400, null, true)
  return data
}
