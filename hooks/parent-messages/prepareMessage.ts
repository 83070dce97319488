import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isMessageLeader, writesResultsFor } from '@/access/parent-messages'
import { relationId } from '@/access/relation-id'
import { isHomeroomTeacherOf, loadScope } from '@/access/scope'
import { recipientsFor } from '@/domain/messages/delivery'
import { channelNamed } from '@/lib/messaging'

const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'parent-messages', errors: [{ path, message }] })
}

/**
 * Before a message is saved: the author is the writer; a student message belongs to the student's
 * current class; a homeroom teacher writes only to their own class; only `draft` and `queued` may
 * be asked for (the rest is delivery's to say); and on `queued` the recipients are fixed, one row
 * per guardian, those without an address kept as `no-address`.
 */
export const prepareMessage: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (context.systemWrite || !req.user) return data
  if (operation === 'create') data.author = req.user.id
  const merged = { ...originalDoc, ...data }
  if (!['draft', 'queued'].includes(merged.status)) data.status = originalDoc?.status ?? 'draft'

  const { payload } = req
  let studentIds: Array<number | string> = []
  if (merged.audience === 'student') {
    const studentId = relationId(merged.student)
    if (studentId === null) fail('student', 'Chọn học sinh nhận tin.')
    // system action: which class the student is in now decides who may write; only the class id is kept.
    const enrolment = await payload.find({
      collection: 'enrolments',
      where: { and: [{ student: { equals: studentId } }, { status: { in: ['studying', 'transferred-in'] } }] },
      sort: '-date',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    data.class = relationId(enrolment.docs[0]?.class) ?? fail('student', 'Học sinh không đang học lớp nào.')
    studentIds = [studentId!]
  } else if (relationId(merged.class) === null) {
    fail('class', 'Chọn lớp nhận tin.')
  }
  const classId = relationId(data.class ?? merged.class)
  const scope = await loadScope(req)
  if (!isMessageLeader(req.user) && !isHomeroomTeacherOf(scope, classId)) {
    fail(merged.audience === 'student' ? 'student' : 'class', 'Giáo viên chủ nhiệm chỉ gửi tin cho phụ huynh lớp mình.')
  }
  // Results carry grades: only those who may read the class's grades write them.
  if (merged.kind === 'results' && !writesResultsFor(req.user, scope, classId)) {
    fail('kind', 'Chỉ giáo viên chủ nhiệm lớp, Hiệu trưởng hoặc Phó hiệu trưởng chuyên môn gửi kết quả học tập.')
  }

  if (data.status === 'queued' && originalDoc?.status !== 'queued') {
    const channel = channelNamed(merged.channel) ?? fail('channel', 'Kênh gửi không tồn tại.')
    if (studentIds.length === 0) {
      // system action: the class list for delivery.
      const enrolments = await payload.find({
        collection: 'enrolments',
        where: { and: [{ class: { equals: classId } }, { status: { in: ['studying', 'transferred-in'] } }] },
        pagination: false,
        depth: 0,
        req,
        overrideAccess: true,
        select: { student: true },
      })
      studentIds = enrolments.docs.map((e) => relationId(e.student)!).filter((id) => id !== null)
    }
    // system action: guardians' addresses for delivery; they are shown only to the author, the
    // class's homeroom teacher and leadership, who may see parents' contacts.
    const students = await payload.find({
      collection: 'students',
      where: { id: { in: studentIds } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
      select: { guardians: true },
    })
    data.recipients = recipientsFor(students.docs, channel.addressOf)
    data.queuedAt = new Date().toISOString()
  }
  return data
}
