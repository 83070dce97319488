import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import { termsOfMonth } from '@/domain/grading'

import { isSystemGradeWrite } from '../grades/context'

type Term = {
  id: number
  name: string
  term: string
  status?: string | null
  startDate?: string | null
  endDate?: string | null
}

/** The terms a record falls in: its own term (conduct) or the terms of its month (attendance). */
const termsOf = async (
  req: PayloadRequest,
  record: Record<string, unknown>,
  classId: number | string,
): Promise<Term[]> => {
  const common = { req, depth: 0, overrideAccess: true, disableErrors: true } as const // system: the lock applies to every writer, so it is checked whatever they may read
  const termId = relationId(record.term)
  if (termId !== null) {
    const term = await req.payload.findByID({ ...common, collection: 'terms', id: termId })
    return term ? [term as Term] : []
  }
  if (typeof record.month !== 'string' || !/^\d{4}-\d{2}$/.test(record.month)) return []
  const klass = await req.payload.findByID({ ...common, collection: 'classes', id: classId })
  if (!klass) return []
  const terms = (
    await req.payload.find({
      ...common,
      collection: 'terms',
      where: { schoolYear: { equals: relationId(klass.schoolYear) } },
      pagination: false,
    })
  ).docs as Term[]
  return termsOfMonth(record.month, terms) as Term[]
}

/**
 * Attendance and conduct of a locked term are closed like its grades: when the term is locked, or a
 * lock scope covers the whole school or the record's class in that term (a subject's lock is about
 * grades only), nobody writes them; the 403 names the lock. Server code with the gradebook's system
 * context (the seed, corrections) gets through.
 */
export const rejectLockedClassRecord =
  (what: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, context }) => {
    if (isSystemGradeWrite(context)) return data
    const merged = { ...(originalDoc ?? {}), ...data }
    const classId = relationId(merged.class)
    if (classId === null) return data
    for (const term of await termsOf(req, merged, classId)) {
      const refuse = (lock: string): never => {
        throw new APIError(`Không thể sửa ${what}: ${lock}.`, 403, { errors: [{ path: 'class', message: lock }] }, true)
      }
      if (term.status === 'locked') refuse(`${term.name} đã khoá`)
      const { docs } = await req.payload.find({
        collection: 'grade-locks',
        where: {
          and: [
            { term: { equals: term.id } },
            { subject: { exists: false } },
            { or: [{ class: { exists: false } }, { class: { equals: classId } }] },
          ],
        },
        limit: 1,
        depth: 1,
        req,
        overrideAccess: true, // system: the lock applies to every writer, so it is checked whatever they may read
      })
      const lock = docs[0]
      if (lock) {
        const scope = lock.class && typeof lock.class === 'object' ? `lớp ${lock.class.name}` : 'toàn trường'
        refuse(`sổ ${term.name} của ${scope} đã khoá (khoá sổ điểm số ${lock.id})`)
      }
    }
    return data
  }
