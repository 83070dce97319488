import type { Payload } from 'payload'

/** The id of the current school year, as seeded. */
export const currentYearId = async (payload: Payload) =>
  (await payload.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!.id

/** The id of a class ('7A1') of a school year. */
export const classIdIn = async (payload: Payload, year: number, name: string) =>
  (
    await payload.find({
      collection: 'classes',
      where: { and: [{ name: { equals: name } }, { schoolYear: { equals: year } }] },
    })
  ).docs[0]!.id

/** One pupil of a current class ('7A1'): the `page`-th in `sort` order, so that each file has its own. */
export const pupilOf = async (payload: Payload, className: string, sort: string, page = 1) => {
  const classId = await classIdIn(payload, await currentYearId(payload), className)
  const where = { currentClass: { equals: classId } }
  return (await payload.find({ collection: 'students', where, sort, limit: 1, page, depth: 0 })).docs[0]!
}

/** The ids most class-scoped files start from: the current year, its 7A1 and its 7A2. */
export const yearAnd7A = async (payload: Payload) => {
  const year = await currentYearId(payload)
  return { year, c7A1: await classIdIn(payload, year, '7A1'), c7A2: await classIdIn(payload, year, '7A2') }
}
