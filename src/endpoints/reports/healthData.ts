import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { BMI_FOR_AGE_CUTOFFS } from '@/domain/health/bmiForAge'
import { sqlOf } from '@/lib/sql'

/** Counts of one grade × sex: students, those checked this year, BMI bands, eyesight, refraction. */
export type HealthCounts = {
  grade: number
  sex: 'male' | 'female'
  students: number
  checked: number
  bands: Record<string, number>
  reducedEyesight: number
  refraction: Record<string, number>
}

/** The domain's BMI-for-age cut-offs as a SQL VALUES list, so the bands are counted in the database. */
const cutoffRows = () =>
  sql.join(
    Object.entries(BMI_FOR_AGE_CUTOFFS).flatMap(([sex, byAge]) =>
      Object.entries(byAge).map(
        ([age, c]) =>
          sql`(${sex}, ${Number(age)}::int, ${c.minus2}::numeric, ${c.plus1}::numeric, ${c.plus2}::numeric)`,
      ),
    ),
    sql`, `,
  )

const sight = (column: ReturnType<typeof sql>) =>
  sql`nullif(substring(${column} from '^\\s*(\\d{1,2})\\s*/\\s*10\\s*$'), '')::int`

/**
 * Health figures of a school year per grade and sex, from each student's latest check-up of the
 * year, in one aggregate query. A system read: the endpoint has checked the reader, and only counts
 * leave it (never a student's values).
 */
export const loadHealthCounts = async (req: PayloadRequest, yearId: number): Promise<HealthCounts[]> => {
  const db = await sqlOf(req)
  const rows = (
    await db.execute(sql`
      with seats as (
        select e.student_id, c.grade
        from enrolments e join classes c on c.id = e.class_id
        where c.school_year_id = ${yearId} and e.is_latest and e.status in ('studying', 'transferred-in', 'graduated')
      ),
      latest as (
        select distinct on (h.student_id) h.student_id, h.check_date, h.bmi, h.eyesight_left, h.eyesight_right,
          case h.refractive_error::text when 'none' then 'no-refraction' else h.refractive_error::text end as refraction
        from health_records h where h.school_year_id = ${yearId}
        order by h.student_id, h.check_date desc
      ),
      cutoffs (sex, age, minus2, plus1, plus2) as (values ${cutoffRows()}),
      measured as (
        select s.grade, st.gender::text as sex, l.student_id is not null as checked,
          case
            when l.student_id is null then null
            when l.bmi is null or cut.sex is null then 'unknown'
            when l.bmi < cut.minus2 then 'thinness'
            when l.bmi > cut.plus2 then 'obesity'
            when l.bmi > cut.plus1 then 'overweight'
            else 'normal'
          end as band,
          coalesce(${sight(sql`l.eyesight_left`)} < 10 or ${sight(sql`l.eyesight_right`)} < 10, false) as reduced,
          l.refraction
        from seats s
        join students st on st.id = s.student_id
        left join latest l on l.student_id = s.student_id
        left join cutoffs cut on cut.sex = st.gender::text
          and cut.age = extract(year from age(l.check_date, st.date_of_birth))::int
      ),
      by_band as (select grade, sex, band, count(*) as n from measured where band is not null group by 1, 2, 3),
      by_refraction as (
        select grade, sex, refraction, count(*) as n from measured where refraction is not null group by 1, 2, 3
      )
      select t.grade::int as grade, t.sex, t.students, t.checked, t.reduced,
        (select jsonb_object_agg(b.band, b.n) from by_band b where b.grade = t.grade and b.sex = t.sex) as bands,
        (select jsonb_object_agg(r.refraction, r.n) from by_refraction r where r.grade = t.grade and r.sex = t.sex)
          as refraction
      from (
        select grade, sex, count(*)::int as students, count(*) filter (where checked)::int as checked,
          count(*) filter (where reduced)::int as reduced
        from measured where sex in ('male', 'female') group by grade, sex
      ) t
      order by grade, sex`)
  ).rows
  return rows.map((r) => ({
    grade: Number(r.grade),
    sex: r.sex as 'male' | 'female',
    students: Number(r.students),
    checked: Number(r.checked),
    bands: Object.fromEntries(
      Object.entries((r.bands ?? {}) as Record<string, number>).map(([k, v]) => [k, Number(v)]),
    ),
    reducedEyesight: Number(r.reduced),
    refraction: Object.fromEntries(
      Object.entries((r.refraction ?? {}) as Record<string, number>).map(([k, v]) => [k, Number(v)]),
    ),
  }))
}
