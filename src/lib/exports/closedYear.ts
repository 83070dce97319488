import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'

/**
 * Whether a school year is closed: every class of the year has its year-end results, all closed
 * (the principal's final approval). Answers with the classes still open, by name. Reads as the
 * system (only class names and a yes/no leave here; the caller's right was checked before).
 */
export const closedYearState = async (req: PayloadRequest, yearId: number) => {
  const common = { req, overrideAccess: true, pagination: false, depth: 0 } as const // system: only whether the year is closed and open class names leave here
  const [classes, results] = await Promise.all([
    req.payload.find({
      ...common,
      collection: 'classes',
      where: { schoolYear: { equals: yearId } },
      select: { name: true },
      sort: 'name',
    }),
    req.payload.find({
      ...common,
      collection: 'year-end-results',
      where: { schoolYear: { equals: yearId } },
      select: { class: true, status: true },
    }),
  ])
  const open = classes.docs
    .filter((c) => {
      const mine = results.docs.filter((r) => relationId(r.class) === c.id)
      return mine.length === 0 || mine.some((r) => r.status !== 'closed')
    })
    .map((c) => c.name)
  return { closed: classes.docs.length > 0 && open.length === 0, openClasses: open, classCount: classes.docs.length }
}
