import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import { formatTenths, gradeAverage, type GradeValues } from '@/domain/grading'
import { loadClassYear, storeClassResults } from '@/endpoints/yearEnd/classYear'

import { type Random, seededRandom } from '../data/names'
import { SCHOOL_YEARS } from '../data/structure'
import type { SeedContext, SeedStep } from '../context'

export type Subject = {
  id: number
  code: string
  assessment: 'score' | 'comment'
  regularAssessments?: Record<string, number | null> | null
}

/** Classes with grades: last year's 6A1, 6A2 (complete, locked terms), this year's 6A1, 7A1, 7A2 (term I under way). */
const PREVIOUS_CLASSES = ['6A1', '6A2']
const CURRENT_CLASSES = ['6A1', '7A1', '7A2']
const PREVIOUS_MONTHS = [
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
]
const CURRENT_MONTHS = ['2026-09', '2026-10']

const clampTenths = (v: number) => Math.max(0, Math.min(100, Math.round(v)))

/** A score near the student's level: integers for regular checks, halves or tenths for tests. */
const score = (random: Random, level: number, step: 1 | 5 | 10) => {
  const noise = (random.next() + random.next() + random.next() - 1.5) * 25
  return formatTenths(Math.round(clampTenths(level + noise) / step) * step)
}

const comment = (random: Random, level: number) => (random.next() < (level < 55 ? 0.15 : 0.02) ? 'CD' : 'D')

export const valuesFor = (
  random: Random,
  subject: Subject,
  grade: number,
  level: number,
  complete: boolean,
): GradeValues => {
  const required = Number(subject.regularAssessments?.[`grade${grade}`] ?? 0)
  const entered = complete ? required : Math.min(2, required)
  const cell = (step: 1 | 5 | 10) =>
    subject.assessment === 'comment' ? comment(random, level) : score(random, level, step)
  return {
    regular: Array.from({ length: entered }, () => cell(10)),
    midterm: complete || random.next() < 0.7 ? cell(5) : null,
    final: complete ? cell(1) : null,
  }
}

/**
 * Inserts rows set-based. System action: the seed writes thousands of cells, so it skips the per-grade
 * hooks; values come from the same domain functions the hooks use, and ON CONFLICT keeps it idempotent.
 */
export const insertRows = async (payload: Payload, table: 'grades' | 'conduct' | 'attendance', rows: object[]) => {
  if (rows.length === 0) return
  const json = JSON.stringify(rows)
  const db = payload.db.drizzle
  if (table === 'grades') {
    await db.execute(sql`INSERT INTO grades (student_id, subject_id, class_id, term_id, regular, midterm, final, average, locked, revision)
      SELECT student_id, subject_id, class_id, term_id, regular, midterm, final, average, locked, 1
      FROM jsonb_to_recordset(${json}::jsonb) AS r(student_id int, subject_id int, class_id int, term_id int, regular jsonb, midterm varchar, final varchar, average varchar, locked boolean)
      ON CONFLICT (student_id, subject_id, term_id) DO NOTHING`)
  } else if (table === 'conduct') {
    await db.execute(sql`INSERT INTO conduct (student_id, class_id, term_id, level, comment)
      SELECT student_id, class_id, term_id, level::enum_conduct_level, comment
      FROM jsonb_to_recordset(${json}::jsonb) AS r(student_id int, class_id int, term_id int, level varchar, comment varchar)
      ON CONFLICT (student_id, term_id) DO NOTHING`)
  } else {
    await db.execute(sql`INSERT INTO attendance (student_id, class_id, month, excused, unexcused)
      SELECT student_id, class_id, month, excused, unexcused
      FROM jsonb_to_recordset(${json}::jsonb) AS r(student_id int, class_id int, month varchar, excused int, unexcused int)
      ON CONFLICT (student_id, class_id, month) DO NOTHING`)
  }
}

const CONDUCT_COMMENTS = [
  'Ngoan, lễ phép, tích cực tham gia hoạt động lớp.',
  'Chấp hành tốt nội quy.',
  'Cần tập trung hơn trong giờ học.',
  'Hòa đồng, giúp đỡ bạn bè.',
]

const seedClass = async (
  ctx: SeedContext,
  random: Random,
  subjects: Subject[],
  yearName: string,
  className: string,
  complete: boolean,
) => {
  const { payload } = ctx
  const klass = (
    await payload.find({
      collection: 'classes',
      where: { and: [{ name: { equals: className } }, { 'schoolYear.name': { equals: yearName } }] },
      depth: 0,
      limit: 1,
    })
  ).docs[0]!
  const terms = (
    await payload.find({
      collection: 'terms',
      where: { schoolYear: { equals: klass.schoolYear } },
      sort: 'term',
      depth: 0,
    })
  ).docs
  const enrolments = (
    await payload.find({
      collection: 'enrolments',
      where: { class: { equals: klass.id } },
      depth: 0,
      pagination: false,
      select: { student: true },
    })
  ).docs
  const studentIds = enrolments.map((e) => e.student as number).sort((a, b) => a - b)
  const seededTerms = complete ? terms : terms.filter((t) => t.term === 'I')
  const grades: object[] = []
  const conduct: object[] = []
  const attendance: object[] = []
  for (const student of studentIds) {
    const level = 45 + random.next() * 50 // the student's typical score, 4.5–9.5
    for (const term of seededTerms) {
      for (const subject of subjects) {
        if (Number(subject.regularAssessments?.[`grade${klass.grade}`] ?? 0) === 0) continue
        const values = valuesFor(random, subject, klass.grade, level, complete)
        const required = Number(subject.regularAssessments?.[`grade${klass.grade}`])
        grades.push({
          student_id: student,
          subject_id: subject.id,
          class_id: klass.id,
          term_id: term.id,
          ...values,
          average: gradeAverage(values, subject.assessment, required),
          locked: term.status === 'locked',
        })
      }
      if (complete) {
        const roll = random.next() + (level - 45) / 100
        conduct.push({
          student_id: student,
          class_id: klass.id,
          term_id: term.id,
          level: roll > 0.9 ? 'tot' : roll > 0.5 ? 'kha' : roll > 0.08 ? 'dat' : 'chua-dat',
          comment: random.pick(CONDUCT_COMMENTS),
        })
      }
    }
    for (const month of complete ? PREVIOUS_MONTHS : CURRENT_MONTHS) {
      const often = random.next() < 0.05
      attendance.push({
        student_id: student,
        class_id: klass.id,
        month,
        excused: often ? random.between(3, 8) : random.between(0, 1),
        unexcused: random.next() < 0.1 ? 1 : 0,
      })
    }
  }
  await insertRows(payload, 'grades', grades)
  await insertRows(payload, 'conduct', conduct)
  await insertRows(payload, 'attendance', attendance)
}

/**
 * Corrections of a locked cell: this year's 7A2 Toán is locked for term I, and its teacher asked
 * three corrections: one approved by the academic vice principal, one rejected by the principal, one
 * pending. Written through the Local API as the people themselves, so every rule applies.
 */
const seedCorrections = async ({ payload }: SeedContext) => {
  if ((await payload.count({ collection: 'grade-corrections' })).totalDocs > 0) return
  const user = async (email: string) => ({
    ...(await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0]!,
    collection: 'users' as const,
  })
  const current = SCHOOL_YEARS.find((y) => y.isCurrent)!.name
  const klass = (
    await payload.find({
      collection: 'classes',
      where: { and: [{ name: { equals: '7A2' } }, { 'schoolYear.name': { equals: current } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!
  const term = (
    await payload.find({
      collection: 'terms',
      where: { and: [{ schoolYear: { equals: klass.schoolYear } }, { term: { equals: 'I' } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!
  const toan = (await payload.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } }, limit: 1, depth: 0 }))
    .docs[0]!
  await payload.create({
    collection: 'grade-locks',
    data: { term: term.id, class: klass.id, subject: toan.id, note: 'Khoá để kiểm tra giữa kỳ' },
    user: await user('sodiem@haugiang.test'),
    overrideAccess: false,
  })
  const grades = (
    await payload.find({
      collection: 'grades',
      where: {
        and: [{ class: { equals: klass.id } }, { subject: { equals: toan.id } }, { term: { equals: term.id } }],
      },
      sort: 'id',
      limit: 3,
      depth: 0,
    })
  ).docs
  const teacher = await user('gv.toan@haugiang.test')
  const ask = (grade: (typeof grades)[number], newValue: string, reason: string) =>
    payload.create({
      collection: 'grade-corrections',
      data: { grade: grade.id, field: 'regular.0', newValue, reason } as never,
      user: teacher,
      overrideAccess: false,
    })
  // A different score one point away from the one entered.
  const bump = (value: unknown) => {
    const old = Math.round(Number(Array.isArray(value) ? value[0] : 5) * 10)
    return formatTenths(old >= 50 ? old - 10 : old + 10)
  }
  const approved = await ask(
    grades[0]!,
    bump(grades[0]!.regular),
    'Nhập nhầm điểm kiểm tra miệng, đã đối chiếu sổ cá nhân.',
  )
  const rejected = await ask(grades[1]!, bump(grades[1]!.regular), 'Học sinh xin chấm lại bài.')
  await ask(grades[2]!, bump(grades[2]!.regular), 'Chép sai cột khi nhập điểm.')
  await payload.update({
    collection: 'grade-corrections',
    id: approved.id,
    data: { status: 'approved', decisionNote: 'Đồng ý, đã kiểm tra bài làm.' } as never,
    user: await user('pht.chuyenmon@haugiang.test'),
    overrideAccess: false,
  })
  await payload.update({
    collection: 'grade-corrections',
    id: rejected.id,
    data: { status: 'rejected', decisionNote: 'Không có căn cứ chấm lại.' } as never,
    user: await user('hieutruong@haugiang.test'),
    overrideAccess: false,
  })
}

const YEAR_COMMENTS = [
  'Chăm ngoan, có ý thức học tập tốt.',
  'Tiến bộ rõ trong học kỳ II.',
  'Cần rèn thêm kỹ năng tự học.',
  'Tích cực tham gia phong trào của lớp.',
]

/**
 * Last year's results: 6A1 approved by the principal; 6A2 computed and proposed by its homeroom
 * teacher, waiting for approval. Uses the same computation as the year-end endpoints.
 */
const seedYearEnd = async ({ payload }: SeedContext, random: Random) => {
  const previous = SCHOOL_YEARS.find((y) => !y.isCurrent)!.name
  const req = await createLocalReq({}, payload)
  const principal = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: 'hieutruong@haugiang.test' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!
  for (const name of PREVIOUS_CLASSES) {
    const klass = (
      await payload.find({
        collection: 'classes',
        where: { and: [{ name: { equals: name } }, { 'schoolYear.name': { equals: previous } }] },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!
    if ((await payload.count({ collection: 'year-end-results', where: { class: { equals: klass.id } } })).totalDocs > 0)
      continue
    const data = (await loadClassYear(req, klass.id))!
    const approved = name === '6A1'
    await storeClassResults(req, data, () => ({
      comment: random.pick(YEAR_COMMENTS),
      ...(approved
        ? { status: 'approved', approvedBy: principal.id, approvedAt: '2026-05-30T08:00:00.000Z' }
        : { status: 'proposed' }),
    }))
  }
}

export const gradebook: SeedStep = {
  name: 'gradebook: grades, conduct, attendance, corrections',
  async run(ctx) {
    const random = seededRandom(22)
    const subjects = (await ctx.payload.find({ collection: 'subjects', depth: 0, pagination: false }))
      .docs as unknown as Subject[]
    const [previous, current] = SCHOOL_YEARS
    for (const name of PREVIOUS_CLASSES) await seedClass(ctx, random, subjects, previous!.name, name, true)
    for (const name of CURRENT_CLASSES) await seedClass(ctx, random, subjects, current!.name, name, false)
    await seedCorrections(ctx)
    await seedYearEnd(ctx, random)
  },
}
