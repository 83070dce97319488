import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Endpoint, type Payload, type PayloadRequest } from 'payload'

import { filledRegularMask, formatTenths, gradeAverage, type GradeValues, type SummerList } from '@/domain/grading'
import { buildPlan, carryOutRollover } from '@/endpoints/rollover'
import { loadClassYear, storeClassResults } from '@/endpoints/yearEnd/classYear'
import {
  approveClassYearEnd,
  closeClassYearEnd,
  enterSummerResults,
  proposeClassYearEnd,
} from '@/endpoints/yearEnd/endpoints'

import { type Random, seededRandom } from '../data/names'
import { SCHOOL_YEARS } from '../data/structure'
import type { SeedContext, SeedStep } from '../context'

export type Subject = {
  id: number
  code: string
  assessment: 'score' | 'comment'
  regularAssessments?: Record<string, number | null> | null
}

/** Classes with grades: every class of last year (complete, locked terms), this year's 6A1, 7A1, 7A2 (term I under way). */
const PREVIOUS_CLASSES = ['6A1', '6A2', '7A1', '7A2', '8A1', '8A2', '9A1', '9A2']
/**
 * Last year's stories, by class (first student by id): re-assessed in summer and promoted (7A1),
 * kept back after the summer (8A1, repeating 8A1 this year: see the students step).
 */
const REASSESSED_PROMOTED = '7A1'
const KEPT_BACK = '8A1'
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
    const graded = JSON.stringify(
      (rows as Array<{ regular?: unknown }>).map((r) => ({ ...r, regular_filled: filledRegularMask(r.regular) })),
    )
    await db.execute(sql`INSERT INTO grades (student_id, subject_id, class_id, term_id, regular, midterm, final, average, locked, revision, regular_filled, comment, year_comment)
      SELECT student_id, subject_id, class_id, term_id, regular, midterm, final, average, locked, 1, regular_filled, comment, year_comment
      FROM jsonb_to_recordset(${graded}::jsonb) AS r(student_id int, subject_id int, class_id int, term_id int, regular jsonb, midterm varchar, final varchar, average varchar, locked boolean, regular_filled int, comment varchar, year_comment varchar)
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

/** A subject teacher's comment matching the average (no random draw: the seed's sequence stays as it was). */
const subjectComment = (average: string | null, year = false) => {
  const value = average === 'D' ? 70 : average === 'CD' ? 40 : Math.round(Number(average ?? 0) * 10)
  const text =
    value >= 80
      ? 'Nắm vững kiến thức, vận dụng tốt, tích cực phát biểu.'
      : value >= 65
        ? 'Hiểu bài, làm bài cẩn thận; cần mạnh dạn hơn.'
        : value >= 50
          ? 'Nắm được kiến thức cơ bản; cần luyện tập thêm.'
          : 'Còn hổng kiến thức; cần cố gắng nhiều, ôn tập thường xuyên.'
  return year ? `Cả năm: ${text}` : text
}

const CONDUCT_COMMENTS = [
  'Ngoan, lễ phép, tích cực tham gia hoạt động lớp.',
  'Chấp hành tốt nội quy.',
  'Cần tập trung hơn trong giờ học.',
  'Hòa đồng, giúp đỡ bạn bè.',
]

/** A class of the demo by its name and its school year's name. */
const findClass = async (payload: Payload, name: string, yearName: string) =>
  (
    await payload.find({
      collection: 'classes',
      where: { and: [{ name: { equals: name } }, { 'schoolYear.name': { equals: yearName } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!

const seedClass = async (
  ctx: SeedContext,
  random: Random,
  subjects: Subject[],
  yearName: string,
  className: string,
  complete: boolean,
) => {
  const { payload } = ctx
  const story = yearName === SCHOOL_YEARS[0]!.name ? className : null
  const klass = await findClass(payload, className, yearName)
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
    let level = 45 + random.next() * 50 // the student's typical score, 4.5–9.5
    const forced = student === studentIds[0] && (story === REASSESSED_PROMOTED || story === KEPT_BACK)
    if (forced) level = story === KEPT_BACK ? 22 : 30
    for (const term of seededTerms) {
      for (const subject of subjects) {
        if (Number(subject.regularAssessments?.[`grade${klass.grade}`] ?? 0) === 0) continue
        const values = valuesFor(random, subject, klass.grade, level, complete)
        const required = Number(subject.regularAssessments?.[`grade${klass.grade}`])
        const average = gradeAverage(values, subject.assessment, required)
        grades.push({
          student_id: student,
          subject_id: subject.id,
          class_id: klass.id,
          term_id: term.id,
          ...values,
          average,
          locked: term.status === 'locked',
          comment: complete ? subjectComment(average) : null,
          year_comment: complete && term.term === 'II' ? subjectComment(average, true) : null,
        })
      }
      if (complete) {
        const roll = random.next() + (level - 45) / 100
        conduct.push({
          student_id: student,
          class_id: klass.id,
          term_id: term.id,
          level: forced ? 'dat' : roll > 0.9 ? 'tot' : roll > 0.5 ? 'kha' : roll > 0.08 ? 'dat' : 'chua-dat',
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
        // At most 4 a month last year: nobody over the 45-session limit in the finished year.
        excused: Math.min(often ? random.between(3, 8) : random.between(0, 1), complete ? 4 : 8),
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
  const klass = await findClass(payload, '7A2', current)
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
  const decide = async (id: number, status: 'approved' | 'rejected', decisionNote: string, email: string) =>
    payload.update({
      collection: 'grade-corrections',
      id,
      data: { status, decisionNote } as never,
      user: await user(email),
      overrideAccess: false,
    })
  await decide(approved.id, 'approved', 'Đồng ý, đã kiểm tra bài làm.', 'pht.chuyenmon@haugiang.test')
  await decide(rejected.id, 'rejected', 'Không có căn cứ chấm lại.', 'hieutruong@haugiang.test')
}

/**
 * This year's entry deadlines (A10.1), set by the academic vice principal: term I's regular and
 * mid-term columns were due in November, its end-of-term column at the term's end; term II's later.
 */
const ENTRY_DEADLINES: Array<{ term: 'I' | 'II'; column: 'regular' | 'midterm' | 'final'; dueDate: string }> = [
  { term: 'I', column: 'regular', dueDate: '2026-11-20' },
  { term: 'I', column: 'midterm', dueDate: '2026-11-13' },
  { term: 'I', column: 'final', dueDate: '2027-01-08' },
  { term: 'II', column: 'midterm', dueDate: '2027-03-19' },
  { term: 'II', column: 'final', dueDate: '2027-05-14' },
]

const seedEntryDeadlines = async ({ payload }: SeedContext) => {
  if ((await payload.count({ collection: 'grade-entry-deadlines' })).totalDocs > 0) return
  const vicePrincipal = (
    await payload.find({ collection: 'users', where: { email: { equals: 'pht.chuyenmon@haugiang.test' } }, limit: 1 })
  ).docs[0]!
  const current = SCHOOL_YEARS.find((y) => y.isCurrent)!.name
  const terms = (
    await payload.find({ collection: 'terms', where: { 'schoolYear.name': { equals: current } }, depth: 0, limit: 2 })
  ).docs
  for (const deadline of ENTRY_DEADLINES)
    await payload.create({
      collection: 'grade-entry-deadlines',
      data: {
        term: terms.find((t) => t.term === deadline.term)!.id,
        column: deadline.column,
        dueDate: `${deadline.dueDate}T12:00:00.000Z`,
      },
      user: { ...vicePrincipal, collection: 'users' },
      overrideAccess: false,
    })
}

const YEAR_COMMENTS = [
  'Chăm ngoan, có ý thức học tập tốt.',
  'Tiến bộ rõ trong học kỳ II.',
  'Cần rèn thêm kỹ năng tự học.',
  'Tích cực tham gia phong trào của lớp.',
]

/** Calls a year-end endpoint as a person, with a JSON body: the real path, checks included. */
const callAs = async (payload: Payload, endpoint: Endpoint, email: string, body: Record<string, unknown>) => {
  const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 }))
    .docs[0]!
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  req.data = body // read by the endpoint's readJsonBody, as Payload's own parsing leaves it
  const res = await endpoint.handler(req as PayloadRequest)
  if (!res.ok) throw new Error(`${endpoint.path} ${JSON.stringify(body)}: ${res.status} ${await res.text()}`)
  return (await res.json()) as { docs: Array<Record<string, unknown>> }
}

/**
 * Last year's close, class by class, through the year-end endpoints as the people themselves: the
 * homeroom teacher comments and proposes, the principal approves, the subject teachers enter the
 * summer re-assessments (passing, except the kept-back story) and the homeroom teacher the summer
 * training, the principal's final approval closes the class. Then the roll-over of 2025-2026 to
 * 2026-2027 records the grade 9 students who completed as graduated (everyone else already has a
 * seat this year).
 */
const seedYearEnd = async ({ payload }: SeedContext, random: Random) => {
  const [previous, current] = SCHOOL_YEARS
  const req = await createLocalReq({}, payload)
  const email = async (userId: unknown) =>
    (await payload.findByID({ collection: 'users', id: Number(userId), depth: 0 })).email
  for (const name of PREVIOUS_CLASSES) {
    const klass = await findClass(payload, name, previous!.name)
    if ((await payload.count({ collection: 'year-end-results', where: { class: { equals: klass.id } } })).totalDocs > 0)
      continue
    const data = (await loadClassYear(req, klass.id))!
    await storeClassResults(req, data, () => ({ comment: random.pick(YEAR_COMMENTS) }))
    const homeroom = await email(klass.homeroomTeacher)
    await callAs(payload, proposeClassYearEnd, homeroom, { class: klass.id })
    const approved = await callAs(payload, approveClassYearEnd, PRINCIPAL, { class: klass.id })
    const listed = approved.docs.filter((d) => d.summerList) as Array<{ student: number; summerList: SummerList }>
    const keptBack = name === KEPT_BACK ? Math.min(...data.records.students.map((s) => Number(s.id))) : null
    for (const subject of data.taught) {
      const scores = Object.fromEntries(
        listed
          .filter((d) => d.summerList.subjects.includes(subject.doc.code))
          .map((d) => [
            String(d.student),
            subject.doc.assessment === 'comment'
              ? d.student === keptBack
                ? 'CD'
                : 'D'
              : d.student === keptBack
                ? '3'
                : '6.5',
          ]),
      )
      if (Object.keys(scores).length === 0) continue
      const assignment = (
        await payload.find({
          collection: 'teaching-assignments',
          where: { and: [{ class: { equals: klass.id } }, { subject: { equals: subject.doc.id } }] },
          limit: 1,
          depth: 0,
        })
      ).docs[0]!
      await callAs(payload, enterSummerResults, await email(assignment.teacher), {
        class: klass.id,
        subject: subject.doc.id,
        scores,
      })
    }
    const training = Object.fromEntries(
      listed
        .filter((d) => d.summerList.training)
        .map((d) => [String(d.student), d.student === keptBack ? 'chua-dat' : 'dat']),
    )
    if (Object.keys(training).length > 0)
      await callAs(payload, enterSummerResults, homeroom, { class: klass.id, training })
    await callAs(payload, closeClassYearEnd, PRINCIPAL, { class: klass.id })
  }
  const year = async (name: string) =>
    (await payload.find({ collection: 'school-years', where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0]!
      .id
  const params = { from: await year(previous!.name), to: await year(current!.name) }
  const admin = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: 'sodiem@haugiang.test' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!
  const adminReq = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
  const plan = await buildPlan(adminReq, params)
  if (plan.problems.length > 0) throw new Error(`Roll-over 2025-2026: ${JSON.stringify(plan.problems)}`)
  await carryOutRollover(adminReq, plan, params)
}

const PRINCIPAL = 'hieutruong@haugiang.test'

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
    await seedEntryDeadlines(ctx)
    await seedYearEnd(ctx, random)
  },
}
