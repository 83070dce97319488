import { APIError, type PayloadRequest, ValidationError } from 'payload'

import { relationId } from '@/access/relation-id'
import { loadScope, teachesClassSubject } from '@/access/scope'
import { normalizeCell } from '@/domain/grading'
import { SYSTEM_GRADE_WRITE } from '@/hooks/grades/context'
import { loadGradeFacts } from '@/hooks/grades/gradeFacts'
import { isCoveredByLock } from '@/hooks/grades/rejectLockedGrade'

import { isCellPath, readCell, writeCell } from './cells'

const SLUG = 'grade-corrections'

const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: SLUG, errors: [{ path, message }] })
}

// Read with access overridden: the correction rules need the grade whatever the caller may read;
// only checks and the cell's old value come out.
const loadGrade = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({
    collection: 'grades',
    id: relationId(id as never)!,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })

/** Only the subject teacher of the grade files a correction. */
export const canRequestGradeCorrection = async ({
  req,
  data,
}: {
  req: PayloadRequest
  data?: Record<string, unknown>
}) => {
  if (!req.user || relationId(data?.grade as never) === null) return false
  const grade = await loadGrade(req, data!.grade)
  if (!grade) return false
  return teachesClassSubject(await loadScope(req), relationId(grade.class), relationId(grade.subject))
}

/** The cell must exist for the subject, the grade must be locked, the new value valid and different. */
export const prepareGradeCorrection = async ({ req, data }: { req: PayloadRequest; data: Record<string, unknown> }) => {
  const grade = await loadGrade(req, data.grade)
  if (!grade) return fail('grade', 'Không tìm thấy điểm cần điều chỉnh.')
  const facts = await loadGradeFacts(req, grade)
  if (!facts) return fail('grade', 'Không tìm thấy môn học, lớp hoặc học kỳ của điểm.')
  const field = String(data.field ?? '')
  if (!isCellPath(field, facts.requiredRegular)) fail('field', 'Cột điểm không tồn tại với môn này.')
  const locked = grade.locked === true || facts.termStatus !== 'open' || (await isCoveredByLock(req, grade))
  if (!locked) fail('grade', 'Điểm chưa khoá: giáo viên sửa trực tiếp trên sổ điểm.')
  if (typeof data.reason !== 'string' || data.reason.trim().length < 5) fail('reason', 'Cần nêu lý do điều chỉnh.')
  const parsed = normalizeCell(data.newValue, facts.kind)
  if (!parsed.ok) return fail('newValue', parsed.message)
  const oldValue = readCell(grade, field)
  if (parsed.value === oldValue) fail('newValue', 'Giá trị mới trùng giá trị cũ.')
  return {
    ...data,
    field,
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
