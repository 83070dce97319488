import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { gradeAverage } from '@/domain/grading'

import { seededRandom, vietnameseName } from './data/names'
import { insertRows, type Subject, valuesFor } from './steps/gradebook'

const SEATS = 45

/**
 * Scale data for benchmarks (`npm run seed -- --students 2000`): adds classes of 45 (grades 6–9 in
 * turn) to the current year until it has `students` students, each with an enrolment, the subject
 * teachers of the demo school assigned, term I grades entered (values and averages from the domain
 * functions) and one audit entry per grade, all by bulk SQL (a system action: thousands of rows; the
 * demo school itself is seeded through the real code paths). Idempotent: counts what exists first.
 */
export const scaleSchool = async (payload: Payload, students: number) => {
  const db = payload.db.drizzle
  const one = async (query: ReturnType<typeof sql>) => (await db.execute(query)).rows[0] as Record<string, unknown>
  const year = await one(sql`SELECT id, start_date FROM school_years WHERE is_current LIMIT 1`)
  const term = await one(sql`SELECT id FROM terms WHERE school_year_id = ${year.id} AND term = 'I' LIMIT 1`)
  const { count } = await one(sql`SELECT count(DISTINCT e.student_id) AS count FROM enrolments e
    JOIN classes c ON c.id = e.class_id WHERE c.school_year_id = ${year.id} AND e.is_latest`)
  const missing = students - Number(count)
  if (missing <= 0) return console.log(`Đã có ${count} học sinh (≥ ${students}).`)
  const random = seededRandom(students)
  const { rows: classes } = await db.execute(sql`
    INSERT INTO classes (name, grade, school_year_id, max_students)
    SELECT (6 + (n % 4)) || 'S' || lpad((${Number(count)}::int / ${SEATS}::int + n)::text, 3, '0'), 6 + (n % 4), ${year.id}, ${SEATS}
    FROM generate_series(0, ${Math.ceil(missing / SEATS) - 1}::int) n
    RETURNING id, grade`)
  const people = Array.from({ length: missing }, (_, i) => {
    const gender = random.next() < 0.5 ? 'male' : 'female'
    const klass = classes[Math.floor(i / SEATS)]!
    return { code: `SC${klass.id}-${i % SEATS}`, name: vietnameseName(random, gender), gender, class: Number(klass.id) }
  })
  await db.execute(sql`
    WITH s AS (
      INSERT INTO students (student_code, full_name, date_of_birth, gender, current_class_id)
      SELECT x.code, x.name, '2013-01-01', x.gender::enum_students_gender, x.class
      FROM jsonb_to_recordset(${JSON.stringify(people)}::jsonb) AS x(code text, name text, gender text, class int)
      RETURNING id, current_class_id)
    INSERT INTO enrolments (student_id, class_id, school_year_id, status, date, is_latest)
    SELECT id, current_class_id, ${year.id}, 'studying', ${year.start_date ?? '2026-09-05'}, true FROM s`)
  // The demo school's teacher of each subject teaches it in the new classes too.
  await db.execute(sql`
    INSERT INTO teaching_assignments (teacher_id, class_id, subject_id, school_year_id)
    SELECT t.teacher_id, c.id, t.subject_id, ${year.id}
    FROM (SELECT DISTINCT ON (subject_id) subject_id, teacher_id FROM teaching_assignments
          WHERE school_year_id = ${year.id} ORDER BY subject_id, id) t
    CROSS JOIN classes c WHERE c.id = ANY(${`{${classes.map((c) => c.id).join(',')}}`}::int[])`)
  const subjects = (await payload.find({ collection: 'subjects', pagination: false, depth: 0 })).docs as Subject[]
  const { rows: enrolled } = await db.execute(sql`SELECT s.id, s.current_class_id AS class, c.grade FROM students s
    JOIN classes c ON c.id = s.current_class_id WHERE c.id = ANY(${`{${classes.map((c) => c.id).join(',')}}`}::int[])`)
  const grades: object[] = []
  for (const s of enrolled) {
    const level = 45 + random.next() * 50
    const grade = Number(s.grade)
    for (const subject of subjects) {
      const required = Number(subject.regularAssessments?.[`grade${grade}`] ?? 0)
      if (required === 0) continue
      const values = valuesFor(random, subject, grade, level, false)
      grades.push({
        student_id: s.id,
        subject_id: subject.id,
        class_id: s.class,
        term_id: term.id,
        ...values,
        average: gradeAverage(values, subject.assessment, required),
        locked: false,
      })
    }
  }
  for (let i = 0; i < grades.length; i += 5000) await insertRows(payload, 'grades', grades.slice(i, i + 5000))
  // Their history: one create entry per grade, as the audit trail would have it, made over the weeks
  // since the year started (as grades are entered through a term), not all today.
  await db.execute(sql`
    INSERT INTO audit_log (action, collection, document_id, created_at, updated_at, changes)
    SELECT 'create', 'grades', g.id::text, s.at, s.at, jsonb_build_array(
      jsonb_build_object('field', 'regular', 'old', null, 'new', g.regular),
      jsonb_build_object('field', 'midterm', 'old', null, 'new', g.midterm))
    FROM grades g CROSS JOIN LATERAL (SELECT least(now(), ${year.start_date}::timestamptz
      + (now() - ${year.start_date}::timestamptz) * ((g.id % 97) / 97.0)) AS at) s
    WHERE g.class_id = ANY(${`{${classes.map((c) => c.id).join(',')}}`}::int[])`)
  // Fresh statistics for the planner, as after any bulk load (autovacuum would come to it later).
  await db.execute(sql`ANALYZE classes, students, enrolments, teaching_assignments, grades, audit_log`)
  console.log(`Thêm ${missing} học sinh trong ${classes.length} lớp, ${grades.length} điểm học kỳ I.`)
}
