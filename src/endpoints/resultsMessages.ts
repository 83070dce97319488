import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { writesResultsFor } from '@/access/parent-messages'
import { relationId } from '@/access/relation-id'
import { loadScope } from '@/access/scope'
import type { Level } from '@/domain/grading'
import { recipientsFor } from '@/domain/messages/delivery'
import {
  composeResultsMessage,
  monthLabel,
  type SubjectResult,
  sumAttendance,
  termMonths,
} from '@/domain/messages/results'
import { inTransaction } from '@/endpoints/inTransaction'
import { readJsonBody } from '@/endpoints/readJsonBody'
import { channelNamed } from '@/lib/messaging'

/** A 4xx naming the input that is wrong, in the shape Payload gives validation errors. */
const invalid = (path: string, message: string, status = 400) =>
  new APIError(message, status, { errors: [{ path, message }] })

const positiveId = (value: unknown): number | null => {
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : null
}

/**
 * `POST /api/parent-messages/generate-results` { class, term, month?, status?, channel? }: the
 * homeroom teacher of a class (or the principal / vice-principal academic) builds one results
 * message per student, to that student's guardians: the term's subject averages and comment
 * results, the attendance of the term (or of `month`) and the term's conduct when entered.
 * Everything is read with the caller's access, and the messages are created through the
 * collection (same hooks as a hand-written one: `draft`, or `queued` for delivery) in one
 * transaction. Students without any guardian, and guardians without an address for the channel,
 * are reported in the answer.
 */
export const generateResultsMessages: Endpoint = {
  path: '/generate-results',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new APIError('Cần đăng nhập.', 401)
    const body = await readJsonBody(req)
    const classId = positiveId(body.class)
    if (classId === null) throw invalid('class', 'Chọn lớp (class).')
    const termId = positiveId(body.term)
    if (termId === null) throw invalid('term', 'Chọn học kỳ (term).')
    const status = body.status ?? 'draft'
    if (status !== 'draft' && status !== 'queued')
      throw invalid('status', 'Trạng thái chỉ là "draft" (bản nháp) hoặc "queued" (gửi đi).')
    const channel = channelNamed(typeof body.channel === 'string' ? body.channel : undefined)
    if (!channel) throw invalid('channel', 'Kênh gửi không tồn tại.')

    const { payload } = req
    const asCaller = { req, overrideAccess: false, depth: 0 } as const
    const klass = await payload.findByID({ ...asCaller, collection: 'classes', id: classId, disableErrors: true })
    if (!klass) throw invalid('class', `Không tìm thấy lớp ${classId}.`, 404)
    if (!writesResultsFor(req.user, await loadScope(req), classId)) {
      throw invalid(
        'class',
        `Chỉ giáo viên chủ nhiệm lớp ${klass.name}, Hiệu trưởng hoặc Phó hiệu trưởng chuyên môn gửi kết quả học tập của lớp.`,
        403,
      )
    }
    const term = await payload.findByID({ ...asCaller, collection: 'terms', id: termId, disableErrors: true })
    if (!term) throw invalid('term', `Không tìm thấy học kỳ ${termId}.`, 404)
    const yearId = relationId(klass.schoolYear)
    if (relationId(term.schoolYear) !== yearId)
      throw invalid('term', `${term.name} không thuộc năm học của lớp ${klass.name}.`)
    const year = await payload.findByID({ ...asCaller, collection: 'school-years', id: yearId! })
    const months = termMonths(
      { term: term.term, startDate: term.startDate, endDate: term.endDate },
      { startDate: String(year.startDate), endDate: String(year.endDate) },
    )
    const month = body.month === undefined || body.month === null || body.month === '' ? null : String(body.month)
    if (month !== null && !months.includes(month))
      throw invalid('month', `Tháng ${month} không thuộc ${term.name} (các tháng: ${months.join(', ')}).`)

    const byClass = { class: { equals: classId } }
    const list = { ...asCaller, pagination: false } as const
    const enrolments = await payload.find({
      ...list,
      collection: 'enrolments',
      where: { and: [byClass, { isLatest: { equals: true } }, { status: { in: ['studying', 'transferred-in'] } }] },
      select: { student: true },
    })
    const studentIds = enrolments.docs.map((e) => relationId(e.student)).filter((id): id is number => id !== null)
    const [students, subjects, grades, attendance, conduct] = await Promise.all([
      payload.find({
        ...list,
        collection: 'students',
        where: { id: { in: studentIds } },
        sort: 'fullName',
        select: { fullName: true, guardians: true, currentClass: true },
      }), // currentClass: the guardians' field access reads it
      payload.find({
        ...list,
        collection: 'subjects',
        sort: 'order',
        select: { name: true, assessment: true, regularAssessments: true },
      }),
      payload.find({
        ...list,
        collection: 'grades',
        where: { and: [byClass, { term: { equals: termId } }] },
        select: { student: true, subject: true, average: true },
      }),
      payload.find({
        ...list,
        collection: 'attendance',
        where: { and: [byClass, { month: { in: month ? [month] : months } }] },
        select: { student: true, excused: true, unexcused: true },
      }),
      payload.find({
        ...list,
        collection: 'conduct',
        where: { and: [byClass, { term: { equals: termId } }] },
        select: { student: true, level: true, comment: true },
      }),
    ])
    // Subjects the class's grade studies (those with regular assessments for it), in the gradebook's order.
    const taught = subjects.docs.filter(
      (s) =>
        Number((s.regularAssessments as Record<string, number | null> | undefined)?.[`grade${klass.grade}`] ?? 0) > 0,
    )
    const same = (a: Parameters<typeof relationId>[0], b: unknown) => String(relationId(a)) === String(b)
    const periodLabel = month ? monthLabel(month) : `học kỳ ${term.term} năm học ${year.name}`

    const withGuardians = students.docs.filter((s) => (s.guardians ?? []).length > 0)
    return inTransaction(req, async () => {
      const created = []
      for (const student of withGuardians) {
        const subjectResults: SubjectResult[] = taught.map((s) => ({
          name: s.name,
          kind: s.assessment === 'comment' ? 'comment' : 'score',
          average: grades.docs.find((g) => same(g.student, student.id) && same(g.subject, s.id))?.average ?? null,
        }))
        const ownConduct = month ? undefined : conduct.docs.find((c) => same(c.student, student.id))
        const { title, body: text } = composeResultsMessage({
          studentName: student.fullName,
          className: klass.name,
          periodLabel,
          subjects: subjectResults,
          attendance: sumAttendance(attendance.docs.filter((a) => same(a.student, student.id))),
          conduct: ownConduct ? { level: ownConduct.level as Level, comment: ownConduct.comment } : null,
          signature: `Giáo viên chủ nhiệm lớp ${klass.name}`,
        })
        const doc = await payload.create({
          ...asCaller,
          collection: 'parent-messages',
          data: {
            kind: 'results',
            audience: 'student',
            student: student.id,
            class: classId,
            title,
            body: text,
            channel: channel.name as 'email',
            status,
          },
        })
        created.push({ id: doc.id, student: student.id, title: doc.title, status: doc.status })
      }
      const unreachable = recipientsFor(withGuardians, channel.addressOf).filter((r) => r.status === 'no-address')
      const nameOf = (id: number | string) => students.docs.find((s) => String(s.id) === String(id))?.fullName ?? ''
      return Response.json(
        {
          docs: created,
          withoutGuardian: students.docs
            .filter((s) => (s.guardians ?? []).length === 0)
            .map((s) => ({ student: s.id, name: s.fullName })),
          withoutAddress: unreachable.map((r) => ({
            student: r.student,
            name: nameOf(r.student),
            guardianName: r.guardianName,
          })),
          message: `Đã tạo ${created.length} tin nhắn kết quả học tập cho phụ huynh lớp ${klass.name}.`,
        },
        { status: 201 },
      )
    })
  },
}
