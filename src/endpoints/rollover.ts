import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { hasRole, type RoleHolder } from '@/access/roles'
import { relationId } from '@/access/relation-id'
import { MAX_CLASS_SIZE } from '@/domain/structure/classes'
import { SEAT_HOLDING_STATUSES } from '@/domain/structure/enrolment'
import { planRollover, type RolloverPlan } from '@/domain/students/rollover'
import { inTransaction } from '@/endpoints/inTransaction'
import { readJsonBody } from '@/endpoints/readJsonBody'

type Params = { from: number; to: number }

/**
 * Reads what the plan needs: the seats at the end of the old year with each student's final
 * outcome (year-end results of closed classes), the new year's classes and who already has a seat
 * there. A system read (counts and ids only leave it); the caller is the gradebook administrator,
 * who may read every enrolment and result anyway.
 */
export const buildPlan = async (req: PayloadRequest, { from, to }: Params): Promise<RolloverPlan> => {
  const common = { req, overrideAccess: true, pagination: false, depth: 0 } as const
  const classes = await req.payload.find({
    ...common,
    collection: 'classes',
    where: { schoolYear: { in: [from, to] } },
  })
  const classById = new Map(classes.docs.map((c) => [String(c.id), c]))
  const seated: Where = { and: [{ isLatest: { equals: true } }, { status: { in: [...SEAT_HOLDING_STATUSES] } }] }
  const [old, fresh, results] = [
    await req.payload.find({
      ...common,
      collection: 'enrolments',
      where: { and: [{ schoolYear: { equals: from } }, seated] },
      select: { student: true, class: true },
    }),
    await req.payload.find({
      ...common,
      collection: 'enrolments',
      // every standing in the new year, a seat or not: a student who already left it is not placed again
      where: { and: [{ schoolYear: { equals: to } }, { isLatest: { equals: true } }] },
      select: { student: true, class: true, status: true },
    }),
    await req.payload.find({
      ...common,
      collection: 'year-end-results',
      where: { schoolYear: { equals: from } },
      select: { student: true, outcome: true, status: true },
    }),
  ]
  const resultOf = new Map(results.docs.map((r) => [String(relationId(r.student)), r]))
  const holdsSeat = (e: { status?: string | null }) =>
    (SEAT_HOLDING_STATUSES as readonly string[]).includes(e.status ?? '')
  const seatsIn = (classId: string) =>
    fresh.docs.filter((e) => holdsSeat(e) && String(relationId(e.class)) === classId).length
  const notClosed = new Set<string>()
  const seats = old.docs.map((e) => {
    const klass = classById.get(String(relationId(e.class)))!
    const result = resultOf.get(String(relationId(e.student)))
    if (result?.status !== 'closed') notClosed.add(klass.name)
    return {
      studentId: relationId(e.student)!,
      className: klass.name,
      classId: klass.id,
      grade: klass.grade,
      outcome: result?.status === 'closed' ? (result.outcome ?? null) : null,
    }
  })
  const targets = classes.docs
    .filter((c) => String(relationId(c.schoolYear)) === String(to))
    .map((c) => ({
      id: c.id,
      name: c.name,
      grade: c.grade,
      capacity: Math.min(c.maxStudents ?? MAX_CLASS_SIZE, MAX_CLASS_SIZE),
      seated: seatsIn(String(c.id)),
    }))
  const placed = new Set(fresh.docs.map((e) => String(relationId(e.student))))
  return planRollover(seats, targets, { placed, notClosed: [...notClosed].sort() })
}

const readParams = async (req: PayloadRequest): Promise<Params | null> => {
  const url = new URL(req.url ?? 'http://x')
  const body = req.method === 'POST' ? await readJsonBody(req) : {}
  const from = Number(body.from ?? url.searchParams.get('from'))
  const to = Number(body.to ?? url.searchParams.get('to'))
  if (!Number.isInteger(from) || !Number.isInteger(to) || from <= 0 || to <= 0 || from === to) return null
  return { from, to }
}

const guard = async (req: PayloadRequest): Promise<Params> => {
  if (!hasRole(req.user as RoleHolder, 'gradebook-admin'))
    throw new APIError('Chỉ quản trị sổ điểm thực hiện chuyển năm học.', 403)
  const params = await readParams(req)
  if (!params) throw new APIError('Cần năm học cũ ("from") và năm học mới ("to") khác nhau.', 400)
  const years = await req.payload.count({
    collection: 'school-years',
    where: { id: { in: [params.from, params.to] } },
    req,
    overrideAccess: true,
  })
  if (years.totalDocs !== 2) throw new APIError('Năm học không tồn tại.', 400)
  return params
}

/** `GET /api/enrolments/rollover?from=&to=`: the preview — every move, repeat and graduation, and any problem. */
export const rolloverPreview: Endpoint = {
  path: '/rollover',
  method: 'get',
  handler: async (req) => {
    const params = await guard(req)
    return Response.json(await buildPlan(req, params))
  },
}

/**
 * Carries a plan out as the signed-in user (`overrideAccess: false`), in the request's transaction:
 * a new seat per move (up a grade or repeating), a `graduated` leaving record per grade 9 student
 * who completed. Used by the endpoint and by the seed.
 */
export const carryOutRollover = async (req: PayloadRequest, plan: RolloverPlan, params: Params) => {
  const [year, fromYear] = await Promise.all(
    [params.to, params.from].map((id) =>
      req.payload.findByID({ collection: 'school-years', id, req, overrideAccess: true, depth: 0 }),
    ),
  )
  const enrol = (data: {
    student: number
    class: number
    status: 'studying' | 'graduated'
    date: string
    reason: string
  }) => req.payload.create({ collection: 'enrolments', data, req, overrideAccess: false, depth: 0 })
  for (const move of plan.moves) {
    await enrol({
      student: move.studentId as number,
      class: move.toClassId as number,
      status: 'studying',
      date: year!.startDate,
      reason: move.kind === 'repeat' ? `Ở lại lớp (từ ${move.fromClass})` : `Lên lớp từ ${move.fromClass}`,
    })
  }
  for (const leaving of plan.graduating) {
    await enrol({
      student: leaving.studentId as number,
      class: leaving.fromClassId as number,
      status: 'graduated',
      date: fromYear!.endDate,
      reason: 'Hoàn thành chương trình THCS',
    })
  }
}

/**
 * `POST /api/enrolments/rollover` `{ from, to }`: carries the plan out in one transaction. With
 * any problem in the plan (a class not closed, a missing class, a full class) nothing is written
 * and the 400 lists the classes. A second run finds everyone placed or gone: it changes nothing.
 */
export const rolloverRun: Endpoint = {
  path: '/rollover',
  method: 'post',
  handler: async (req) => {
    const params = await guard(req)
    const plan = await buildPlan(req, params)
    if (plan.problems.length > 0)
      throw new APIError(`Chưa thể chuyển năm học: ${plan.problems.map((p) => p.message).join(' ')}`, 400, {
        problems: plan.problems,
      })
    try {
      await inTransaction(req, () => carryOutRollover(req, plan, params))
    } catch (error) {
      throw new APIError(
        `Không chuyển được năm học: ${error instanceof Error ? error.message : 'lỗi không xác định'}`,
        400,
      )
    }
    return Response.json(
      {
        ...plan,
        message: `Đã chuyển ${plan.moves.length} học sinh sang năm học mới (${plan.keptBack} ở lại lớp), ${plan.graduating.length} học sinh hoàn thành chương trình.`,
      },
      { status: 201 },
    )
  },
}
