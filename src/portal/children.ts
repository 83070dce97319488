import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '@/access/relation-id'
import { BMI_BAND_LABELS, bmiBand, completedYears } from '@/domain/health/bmiForAge'

/**
 * What the parents' portal shows of a guardian's children. Every read here is a system action
 * (access overridden) gated by the guardian's confirmed link to the student, and selects only the
 * fields the portal may show: locked terms' results, attendance, conduct of locked terms, approved
 * year-end outcomes, health measurements (never diagnoses or notes), the homeroom teacher's name
 * and the school's messages. Nothing else of the school's data leaves this module.
 */
type Ctx = { payload: Payload; req?: Partial<PayloadRequest> }

const sys = (ctx: Ctx) => ({ depth: 0, pagination: false as const, ...(ctx.req ? { req: ctx.req } : {}) })

/** Students the guardian is confirmed for. */
export const confirmedChildIds = async (ctx: Ctx, guardianId: number | string): Promise<number[]> => {
  const links = await ctx.payload.find({
    collection: 'guardian-links',
    where: { and: [{ guardian: { equals: guardianId } }, { status: { equals: 'confirmed' } }] },
    select: { student: true },
    ...sys(ctx),
    overrideAccess: true, // the guardian's own links: the gate of everything below
  })
  return [...new Set(links.docs.map((l) => Number(relationId(l.student))))]
}

export type ChildOverview = { id: number; fullName: string; className: string | null }

const classInfo = async (ctx: Ctx, classId: number | string | null) => {
  if (classId === null) return null
  const klass = await ctx.payload.findByID({
    collection: 'classes',
    id: classId,
    select: { name: true, homeroomTeacher: true },
    disableErrors: true,
    ...sys(ctx),
    overrideAccess: true, // class name for a confirmed child
  })
  if (!klass) return null
  const teacherId = relationId(klass.homeroomTeacher)
  const teacher =
    teacherId === null
      ? null
      : await ctx.payload.findByID({
          collection: 'users',
          id: teacherId,
          select: { fullName: true },
          disableErrors: true,
          ...sys(ctx),
          overrideAccess: true, // only the homeroom teacher's name, as the policy allows
        })
  return { id: klass.id, name: klass.name, homeroomTeacherId: teacherId, homeroomTeacher: teacher?.fullName ?? null }
}

/** The guardian's confirmed children, with their current class. */
export const childrenOverview = async (ctx: Ctx, guardianId: number | string): Promise<ChildOverview[]> => {
  const ids = await confirmedChildIds(ctx, guardianId)
  if (ids.length === 0) return []
  const students = await ctx.payload.find({
    collection: 'students',
    where: { id: { in: ids } },
    select: { fullName: true, currentClass: true },
    sort: 'fullName',
    ...sys(ctx),
    overrideAccess: true, // confirmed children only; name and class
  })
  return Promise.all(
    students.docs.map(async (s) => ({
      id: s.id,
      fullName: s.fullName,
      className: (await classInfo(ctx, relationId(s.currentClass)))?.name ?? null,
    })),
  )
}

/** A confirmed child's portal page, or null: unknown and foreign students look the same (404). */
export const childSummary = async (ctx: Ctx, guardianId: number | string, studentId: number | string) => {
  const id = Number(studentId)
  if (!Number.isInteger(id) || !(await confirmedChildIds(ctx, guardianId)).includes(id)) return null
  const gated = { ...sys(ctx), overrideAccess: true } as const // every read below: this confirmed child only
  const student = await ctx.payload.findByID({
    collection: 'students',
    id,
    select: { fullName: true, dateOfBirth: true, gender: true, currentClass: true, publicationConsent: true },
    disableErrors: true,
    ...gated,
  })
  if (!student) return null

  const [klass, terms, subjects, years] = await Promise.all([
    classInfo(ctx, relationId(student.currentClass)),
    ctx.payload.find({
      collection: 'terms',
      select: { name: true, term: true, schoolYear: true, status: true },
      ...gated,
    }),
    ctx.payload.find({ collection: 'subjects', select: { name: true, assessment: true, order: true }, ...gated }),
    ctx.payload.find({ collection: 'school-years', select: { name: true }, ...gated }),
  ])
  const lockedTerms = terms.docs.filter((t) => t.status === 'locked')
  const lockedIds = lockedTerms.map((t) => t.id)
  const subjectById = new Map(subjects.docs.map((s) => [s.id, s]))
  const yearName = new Map(years.docs.map((y) => [y.id, y.name]))

  const [grades, conduct, attendance, yearEnd, health] = await Promise.all([
    lockedIds.length === 0
      ? { docs: [] }
      : ctx.payload.find({
          collection: 'grades',
          where: { and: [{ student: { equals: id } }, { term: { in: lockedIds } }] },
          select: { subject: true, term: true, average: true, comment: true, yearComment: true },
          ...gated,
        }),
    lockedIds.length === 0
      ? { docs: [] }
      : ctx.payload.find({
          collection: 'conduct',
          where: { and: [{ student: { equals: id } }, { term: { in: lockedIds } }] },
          select: { term: true, level: true, comment: true },
          ...gated,
        }),
    ctx.payload.find({
      collection: 'attendance',
      where: { student: { equals: id } },
      select: { month: true, excused: true, unexcused: true },
      sort: '-month',
      ...gated,
    }),
    ctx.payload.find({
      collection: 'year-end-results',
      where: { and: [{ student: { equals: id } }, { status: { equals: 'approved' } }] },
      select: { schoolYear: true, learning: true, training: true, outcome: true, title: true, comment: true },
      ...gated,
    }),
    ctx.payload.find({
      collection: 'health-records',
      where: { student: { equals: id } },
      // Measurements only: never diagnosis, medical notes or other clinical fields.
      select: {
        checkDate: true,
        heightCm: true,
        weightKg: true,
        bmi: true,
        eyesightLeft: true,
        eyesightRight: true,
        eyesightLeftGlasses: true,
        eyesightRightGlasses: true,
      },
      sort: '-checkDate',
      ...gated,
    }),
  ])

  const termResults = lockedTerms
    .map((term) => ({
      id: term.id,
      name: term.name,
      schoolYear: yearName.get(relationId(term.schoolYear) as number) ?? null,
      subjects: grades.docs
        .filter((g) => relationId(g.term) === term.id)
        .map((g) => {
          const subject = subjectById.get(relationId(g.subject) as number)
          return {
            subject: subject?.name ?? '',
            order: subject?.order ?? 99,
            assessment: subject?.assessment ?? 'score',
            average: g.average ?? null,
            comment: g.comment ?? null,
            yearComment: g.yearComment ?? null,
          }
        })
        .sort((a, b) => a.order - b.order || a.subject.localeCompare(b.subject, 'vi'))
        .map(({ order: _order, ...rest }) => rest),
      conduct:
        conduct.docs
          .filter((c) => relationId(c.term) === term.id)
          .map((c) => ({ level: c.level, comment: c.comment ?? null }))[0] ?? null,
    }))
    .filter((t) => t.subjects.length > 0 || t.conduct)
    .sort((a, b) => String(b.schoolYear).localeCompare(String(a.schoolYear)) || b.name.localeCompare(a.name))

  return {
    id: student.id,
    fullName: student.fullName,
    className: klass?.name ?? null,
    homeroomTeacher: klass?.homeroomTeacher ?? null,
    publicationConsent: Boolean(student.publicationConsent?.guardianConsent),
    terms: termResults,
    attendance: attendance.docs.map((a) => ({
      month: a.month,
      excused: a.excused ?? 0,
      unexcused: a.unexcused ?? 0,
    })),
    yearEnd: yearEnd.docs.map((y) => ({
      schoolYear: yearName.get(relationId(y.schoolYear) as number) ?? null,
      learning: y.learning ?? null,
      training: y.training ?? null,
      outcome: y.outcome ?? null,
      title: y.title ?? null,
      comment: y.comment ?? null,
    })),
    health: health.docs.map((h) => {
      const band = student.dateOfBirth
        ? bmiBand(h.bmi, student.gender, completedYears(String(student.dateOfBirth), String(h.checkDate)))
        : null
      return {
        checkDate: h.checkDate,
        heightCm: h.heightCm ?? null,
        weightKg: h.weightKg ?? null,
        bmi: h.bmi ?? null,
        bmiBand: band ? BMI_BAND_LABELS[band] : null,
        eyesightLeft: h.eyesightLeft ?? null,
        eyesightRight: h.eyesightRight ?? null,
        eyesightLeftGlasses: h.eyesightLeftGlasses ?? null,
        eyesightRightGlasses: h.eyesightRightGlasses ?? null,
      }
    }),
  }
}
