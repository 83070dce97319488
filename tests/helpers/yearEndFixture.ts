import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { formatTenths, gradeAverage, type GradeValues } from '@/domain/grading'

/**
 * A small finished school year of its own for year-end tests (the demo's finished year is closed):
 * a year with two open terms, classes with a few students each, every grade, conduct and attendance
 * month entered. Each student has a profile: their score level (tenths), conduct per term, absences.
 */
export type Profile = {
  name: string
  level: number
  conduct: ['tot' | 'kha' | 'dat' | 'chua-dat', string]
  absent?: number
}
export type FixtureClass = { name: string; homeroom: string; teacher: string; students: Profile[] }

const userId = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0]!.id

let serial = 0

export const createFinishedYear = async (payload: Payload, yearName: string, classes: FixtureClass[]) => {
  const start = Number(yearName.slice(0, 4))
  const year = await payload.create({
    collection: 'school-years',
    data: { name: yearName, startDate: `${start}-09-05`, endDate: `${start + 1}-05-31`, isCurrent: false },
  })
  const terms = []
  for (const term of ['I', 'II'] as const)
    terms.push(
      await payload.create({
        collection: 'terms',
        data: {
          schoolYear: year.id,
          term,
          name: `Học kỳ ${term} ${yearName}`,
          startDate: term === 'I' ? `${start}-09-05` : `${start + 1}-01-15`,
          endDate: term === 'I' ? `${start + 1}-01-14` : `${start + 1}-05-31`,
        } as never,
      }),
    )
  const subjects = (await payload.find({ collection: 'subjects', pagination: false, depth: 0 })).docs
  const out: Record<string, { id: number; students: Record<string, number> }> = {}
  for (const c of classes) {
    const grade = Number(c.name[0])
    const klass = await payload.create({
      collection: 'classes',
      data: { name: c.name, grade, schoolYear: year.id, homeroomTeacher: await userId(payload, c.homeroom) },
    })
    const taught = subjects.filter(
      (s) => Number((s.regularAssessments as Record<string, number> | null)?.[`grade${grade}`] ?? 0) > 0,
    )
    const teacher = await userId(payload, c.teacher)
    for (const s of taught)
      await payload.create({
        collection: 'teaching-assignments',
        data: { class: klass.id, subject: s.id, teacher } as never,
      })
    const students: Record<string, number> = {}
    const rows = { grades: [] as object[], conduct: [] as object[], attendance: [] as object[] }
    for (const p of c.students) {
      serial += 1
      const student = await payload.create({
        collection: 'students',
        data: {
          studentCode: `79${String(start).slice(-2)}${String(Date.now()).slice(-4)}${String(serial).padStart(2, '0')}`,
          fullName: p.name,
          dateOfBirth: `${2013 - (grade - 6)}-04-12`,
          gender: 'female',
        } as never,
      })
      students[p.name] = student.id
      await payload.create({
        collection: 'enrolments',
        data: { student: student.id, class: klass.id, status: 'studying', date: `${start}-09-05` },
      })
      terms.forEach((term, t) => {
        for (const s of taught) {
          const required = Number((s.regularAssessments as Record<string, number>)[`grade${grade}`])
          const cell = s.assessment === 'comment' ? (p.level >= 50 ? 'D' : 'CD') : formatTenths(p.level)
          const values: GradeValues = { regular: Array(required).fill(cell), midterm: cell, final: cell }
          rows.grades.push({
            student_id: student.id,
            subject_id: s.id,
            class_id: klass.id,
            term_id: term.id,
            ...values,
            average: gradeAverage(values, s.assessment as 'score' | 'comment', required),
            comment: `Nhận xét môn ${s.name} HK ${term.term}`,
            year_comment: t === 1 ? `Nhận xét cả năm môn ${s.name}` : null,
          })
        }
        rows.conduct.push({ student_id: student.id, class_id: klass.id, term_id: term.id, level: p.conduct[t] })
      })
      for (let m = 0; m < 9; m++) {
        const month = new Date(Date.UTC(start, 8 + m, 1)).toISOString().slice(0, 7)
        rows.attendance.push({
          student_id: student.id,
          class_id: klass.id,
          month,
          excused: m === 0 ? (p.absent ?? 0) : 0,
          unexcused: 0,
        })
      }
    }
    const db = payload.db.drizzle
    await db.execute(sql`INSERT INTO grades (student_id, subject_id, class_id, term_id, regular, midterm, final, average, locked, revision, comment, year_comment)
      SELECT student_id, subject_id, class_id, term_id, regular, midterm, final, average, false, 1, comment, year_comment
      FROM jsonb_to_recordset(${JSON.stringify(rows.grades)}::jsonb) AS r(student_id int, subject_id int, class_id int, term_id int, regular jsonb, midterm varchar, final varchar, average varchar, comment varchar, year_comment varchar)`)
    await db.execute(sql`INSERT INTO conduct (student_id, class_id, term_id, level)
      SELECT student_id, class_id, term_id, level::enum_conduct_level
      FROM jsonb_to_recordset(${JSON.stringify(rows.conduct)}::jsonb) AS r(student_id int, class_id int, term_id int, level varchar)`)
    await db.execute(sql`INSERT INTO attendance (student_id, class_id, month, excused, unexcused)
      SELECT student_id, class_id, month, excused, unexcused
      FROM jsonb_to_recordset(${JSON.stringify(rows.attendance)}::jsonb) AS r(student_id int, class_id int, month varchar, excused int, unexcused int)`)
    out[c.name] = { id: klass.id, students }
  }
  return { yearId: year.id, termIds: terms.map((t) => t.id), classes: out }
}

/** Removes the years a test made (by name, even half made), so the files after find the demo school. */
export const removeYears = async (payload: Payload, names: string[], removeClass: (id: number) => Promise<void>) => {
  const years = await payload.find({ collection: 'school-years', where: { name: { in: names } }, pagination: false })
  for (const yearId of years.docs.map((y) => y.id)) {
    const classes = await payload.find({
      collection: 'classes',
      where: { schoolYear: { equals: yearId } },
      pagination: false,
    })
    for (const c of classes.docs) await removeClass(c.id)
    await payload.delete({ collection: 'terms', where: { schoolYear: { equals: yearId } } })
    await payload.delete({ collection: 'school-years', id: yearId })
  }
}
