import { APIError, type PayloadRequest, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { loadScope, teachesClassSubject } from '@/access/scope'
import { normalizeCell } from '@/domain/grading'
import { SYSTEM_GRADE_WRITE } from '@/hooks/grades/context'
import { loadGradeFacts } from '@/hooks/grades/gradeFacts'
import { isCoveredByLock } from '@/hooks/grades/rejectLockedGrade'

import { cellName, cellPathOf, isCellPath, readCell, writeCell } from './cells'

const SLUG = 'grade-corrections'

const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: SLUG, errors: [{ path, message }] })
}

// Read with access overridden: the correction rules need the grade whatever the caller may read;
// only checks and the cell's old value come out.
const loadGrade = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({
    collection: 'grades',
    id: relationId(id)!,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })

/**
 * Who may file a correction: subject teachers (anyone with a teaching assignment this year). Decided
 * without the request's data, so the admin's create form opens; which cell may be corrected (a
 * locked cell of the teacher's own class and subject) is checked in `prepareGradeCorrection`, which
 * names the cell in its refusal.
 */
export const canRequestGradeCorrection = async ({ req }: { req: PayloadRequest; data?: Record<string, unknown> }) =>
  Boolean(req.user) && (await loadScope(req)).taught.length > 0

/** "Nguyễn Văn An — 7A1 — Toán — HK I 2026-2027 — TX1": the cell a request is about, as people name it. */
const describeCell = async (
  req: PayloadRequest,
  grade: { student: unknown; class: unknown; term: unknown },
  subjectName: string,
  field: string,
) => {
  const common = { req, depth: 0, overrideAccess: true, disableErrors: true } as const // system: names for the request's title, of a grade the caller teaches (checked before)
  const [student, klass, term] = await Promise.all([
    req.payload.findByID({
      ...common,
      collection: 'students',
      id: relationId(grade.student)!,
      select: { fullName: true },
    }),
    req.payload.findByID({
      ...common,
      collection: 'classes',
      id: relationId(grade.class)!,
      select: { name: true },
    }),
    req.payload.findByID({
      ...common,
      collection: 'terms',
      id: relationId(grade.term)!,
      select: { name: true },
    }),
  ])
  return [student?.fullName, klass?.name, subjectName, term?.name, cellName(field)].filter(Boolean).join(' — ')
}

/**
 * The grade must be one the caller teaches, the cell must exist for the subject, the grade must be
 * locked, the new value valid and different. Each refusal names the cell, next to the field.
 */
export const prepareGradeCorrection = async ({ req, data }: { req: PayloadRequest; data: Record<string, unknown> }) => {
  if (relationId(data.grade) === null) return fail('grade', 'Cần chọn điểm cần điều chỉnh.')
  const grade = await loadGrade(req, data.grade)
  if (!grade) return fail('grade', 'Không tìm thấy điểm cần điều chỉnh.')
  const facts = await loadGradeFacts(req, grade)
  if (!facts) return fail('grade', 'Không tìm thấy môn học, lớp hoặc học kỳ của điểm.')
  const field = cellPathOf(String(data.field ?? ''))
  const title = await describeCell(req, grade, facts.subjectName, field)
  if (req.user && !teachesClassSubject(await loadScope(req), relationId(grade.class), relationId(grade.subject)))
    fail('grade', `${title}: bạn không dạy môn này ở lớp này, không đề nghị điều chỉnh được.`)
  if (!isCellPath(field, facts.requiredRegular))
    fail(
      'field',
      `Cột điểm "${String(data.field ?? '')}" không có ở môn ${facts.subjectName} (TX1…TX${facts.requiredRegular}, GK, CK).`,
    )
  const locked = grade.locked === true || facts.termStatus !== 'open' || (await isCoveredByLock(req, grade))
  if (!locked) fail('grade', `${title}: điểm chưa khoá, giáo viên sửa trực tiếp trên sổ điểm.`)
  if (typeof data.reason !== 'string' || data.reason.trim().length < 5) fail('reason', 'Cần nêu lý do điều chỉnh.')
  const parsed = normalizeCell(data.newValue, facts.kind)
  if (!parsed.ok) return fail('newValue', `${title}: ${parsed.message}`)
  const oldValue = readCell(grade, field)
  if (parsed.value === oldValue) fail('newValue', `${title}: giá trị mới trùng giá trị cũ (${oldValue ?? 'trống'}).`)
  return {
    ...data,
    field,
    title,
    reason: (data.reason as string).trim(),
    oldValue,
    newValue: parsed.value,
    subject: relationId(grade.subject),
    class: relationId(grade.class),
  }
}

/**
 * Approval writes the new value into the locked grade; the grade's hooks validate it and recompute
 * the average, in the decision's transaction. If the cell changed since the request, nothing is
 * written (409).
 */
export const applyGradeCorrection = async ({
  req,
  request,
}: {
  req: PayloadRequest
  request: Record<string, unknown>
}) => {
  const grade = await loadGrade(req, request.grade)
  if (!grade) return fail('grade', 'Không tìm thấy điểm cần điều chỉnh.')
  const field = String(request.field)
  if (readCell(grade, field) !== (request.oldValue ?? null)) {
    throw new APIError('Điểm đã thay đổi kể từ khi gửi yêu cầu; hãy từ chối và gửi yêu cầu mới.', 409, undefined, true)
  }
  const wasSystemWrite = req.context?.[SYSTEM_GRADE_WRITE]
  await req.payload.update({
    collection: 'grades',
    id: grade.id,
    data: writeCell(grade, field, (request.newValue as string | null) ?? null),
    req,
    // system action: an approved correction writes a locked grade, which no user may do directly.
    overrideAccess: true,
    context: { [SYSTEM_GRADE_WRITE]: true },
  })
  // The Local API merges context into the shared request: take the permission back at once.
  if (req.context && wasSystemWrite === undefined) delete req.context[SYSTEM_GRADE_WRITE]
}
