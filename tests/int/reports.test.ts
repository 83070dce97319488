import { REST_GET } from '@payloadcms/next/routes'
import { sql } from '@payloadcms/db-postgres/drizzle'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bmiBand, completedYears, hasReducedEyesight } from '@/domain/health/bmiForAge'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * Statistics (A6.8, A8.4): every figure of `/api/reports/*` is compared with a count made here
 * directly in SQL (or, for what only the domain can classify, from the raw rows), on the demo school.
 */
let t: TestContext
const ids = { previous: 0, current: 0, previousTermI: 0, otherTerm: 0 }
const PRINCIPAL = 'hieutruong@haugiang.test'

const db = () => (t.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: any[] }> } }).drizzle
const rows = async (query: unknown) => (await db().execute(query)).rows
const get = async (email: string | null, path: string, query: Record<string, unknown>) =>
  t.api.rest('GET', path as `/${string}`, { token: email ? await t.api.login(email) : undefined, query })
const seats = (yearId: number) => sql`
  select e.student_id, e.class_id from enrolments e join classes c on c.id = e.class_id
  where c.school_year_id = ${yearId} and e.is_latest and e.status in ('studying', 'transferred-in', 'graduated')`
const share = (list: Array<{ key: string; count: number }>, key: string) => list.find((s) => s.key === key)?.count

beforeAll(async () => {
  t = await bootPayload()
  const years = await rows(sql`select id, is_current from school_years order by start_date`)
  ids.previous = years.find((y) => !y.is_current).id
  ids.current = years.find((y) => y.is_current).id
  const terms = await rows(sql`select id, school_year_id, term from terms`)
  ids.previousTermI = terms.find((x) => x.school_year_id === ids.previous && x.term === 'I').id
  ids.otherTerm = terms.find((x) => x.school_year_id === ids.current).id
})

afterAll(() => shutdownPayload(t))

describe('results statistics of a finished year', () => {
  let report: any
  beforeAll(async () => {
    const { status, body } = await get(PRINCIPAL, '/reports/results', { schoolYear: ids.previous })
    expect(status).toBe(200)
    report = body
  })

  it('learning, training, outcomes and titles per class equal the year-end results counted in SQL', async () => {
    const counted = await rows(sql`with s as (${seats(ids.previous)})
      select s.class_id, y.learning::text as learning, y.training::text as training, y.outcome::text as outcome,
        coalesce(y.title::text, 'no-title') as title
      from s join year_end_results y on y.student_id = s.student_id and y.school_year_id = ${ids.previous}`)
    expect(counted.length).toBeGreaterThan(0)
    for (const scope of report.scopes.filter((s: any) => s.level === 'class' || s.level === 'school')) {
      const mine = counted.filter((r) => scope.level === 'school' || `class-${r.class_id}` === scope.id)
      for (const [field, list] of [
        ['learning', scope.learning],
        ['training', scope.training],
        ['outcome', scope.outcomes],
        ['title', scope.titles],
      ] as const) {
        for (const value of new Set(mine.map((r) => r[field]))) {
          expect(share(list, value), `${scope.name} ${field} ${value}`).toBe(
            mine.filter((r) => r[field] === value).length,
          )
        }
      }
    }
    const school = report.scopes.find((s: any) => s.level === 'school')
    const [{ n }] = await rows(sql`select count(*)::int as n from (${seats(ids.previous)}) s`)
    expect(school.students).toBe(n)
    expect(share(school.outcomes, 'not-computed')).toBe(n - counted.length)
    expect(share(school.titles, 'not-computed')).toBe(n - counted.length)
  })

  it("each class's subject year averages equal the mean of (term I + 2 × term II) / 3 computed in SQL", async () => {
    const expected = await rows(sql`with s as (${seats(ids.previous)})
      select s.class_id, g2.subject_id,
        round(avg(round((g1.average::numeric + 2 * g2.average::numeric) / 3, 1)), 1)::text as average,
        count(*)::int as n
      from s
      join grades g2 on g2.student_id = s.student_id
      join terms t2 on t2.id = g2.term_id and t2.school_year_id = ${ids.previous} and t2.term = 'II'
      join grades g1 on g1.student_id = s.student_id and g1.subject_id = g2.subject_id
      join terms t1 on t1.id = g1.term_id and t1.school_year_id = ${ids.previous} and t1.term = 'I'
      where g1.average ~ '^[0-9]' and g2.average ~ '^[0-9]'
      group by 1, 2`)
    expect(expected.length).toBeGreaterThan(0)
    for (const row of expected) {
      const figure = report.scopes
        .find((s: any) => s.id === `class-${row.class_id}`)
        .subjects.find((x: any) => x.subjectId === row.subject_id)
      expect(figure.count).toBe(row.n)
      expect(figure.average).toBe(String(Number(row.average)))
    }
  })

  it('absences equal the attendance sums of the year in SQL', async () => {
    const [sum] = await rows(sql`with s as (${seats(ids.previous)})
      select coalesce(sum(a.excused), 0)::int as excused, coalesce(sum(a.unexcused), 0)::int as unexcused
      from s join attendance a on a.student_id = s.student_id
      join school_years y on y.id = ${ids.previous}
      where a.month >= to_char(y.start_date, 'YYYY-MM') and a.month <= to_char(y.end_date, 'YYYY-MM')`)
    const school = report.scopes.find((s: any) => s.level === 'school')
    expect(school.absences.excused).toBe(sum.excused)
    expect(school.absences.unexcused).toBe(sum.unexcused)
  })

  it('grade and school figures add up their classes', () => {
    const classes = report.scopes.filter((s: any) => s.level === 'class')
    for (const grade of report.scopes.filter((s: any) => s.level === 'grade')) {
      const mine = classes.filter((c: any) => c.grade === grade.grade)
      expect(grade.students).toBe(mine.reduce((n: number, c: any) => n + c.students, 0))
      expect(share(grade.learning, 'tot')).toBe(mine.reduce((n: number, c: any) => n + share(c.learning, 'tot')!, 0))
    }
  })
})

describe('results statistics of a term', () => {
  it("training levels equal the term's conduct counted in SQL; every student is counted once in learning", async () => {
    const { status, body } = await get('pht.chuyenmon@haugiang.test', '/reports/results', {
      schoolYear: ids.previous,
      term: ids.previousTermI,
    })
    expect(status).toBe(200)
    const school = body.scopes.find((s: any) => s.level === 'school')
    const conduct = await rows(sql`with s as (${seats(ids.previous)})
      select c.level::text as level, count(*)::int as n from s
      join conduct c on c.student_id = s.student_id and c.term_id = ${ids.previousTermI} group by 1`)
    for (const { level, n } of conduct) expect(share(school.training, level)).toBe(n)
    const total = (list: any[]) => list.reduce((n, s) => n + s.count, 0)
    expect(total(school.learning)).toBe(school.students)
    expect(total(school.training)).toBe(school.students)
    expect(school.outcomes).toBeUndefined()
  })
})

describe('health statistics', () => {
  it('checked students, BMI bands, eyesight and refraction equal the raw check-ups counted here', async () => {
    const { status, body } = await get('yte@haugiang.test', '/reports/health', { schoolYear: ids.current })
    expect(status).toBe(200)
    const raw = await rows(sql`with s as (${seats(ids.current)})
      select distinct on (s.student_id) s.student_id, st.gender::text as sex, st.date_of_birth, h.check_date,
        h.bmi::float as bmi, h.eyesight_left, h.eyesight_right, h.refractive_error::text as refraction
      from s join students st on st.id = s.student_id
      join health_records h on h.student_id = s.student_id and h.school_year_id = ${ids.current}
      order by s.student_id, h.check_date desc`)
    expect(raw.length).toBeGreaterThan(0)
    const school = body.rows.find((r: any) => r.grade === null)
    expect(school.checked).toBe(raw.length)
    const band = (r: any) =>
      bmiBand(r.bmi, r.sex, completedYears(String(r.date_of_birth), String(r.check_date))) ?? 'unknown'
    for (const key of ['thinness', 'normal', 'overweight', 'obesity', 'unknown'])
      expect(share(school.bands, key), key).toBe(raw.filter((r) => band(r) === key).length)
    expect(share(school.reducedEyesight, 'reduced')).toBe(
      raw.filter((r) => hasReducedEyesight(r.eyesight_left, r.eyesight_right)).length,
    )
    expect(share(school.refraction, 'myopia')).toBe(raw.filter((r) => r.refraction === 'myopia').length)
  })
})

describe('who reads the statistics', () => {
  it('a department head sees only the subjects of their department, and no learning or training figures', async () => {
    const { status, body } = await get('totruong.toan@haugiang.test', '/reports/results', { schoolYear: ids.previous })
    expect(status).toBe(200)
    expect(body.view).toBe('departments')
    expect(body.subjects.map((s: any) => s.code).sort()).toEqual(['TIN', 'TOAN'])
    const school = body.scopes.find((s: any) => s.level === 'school')
    expect(school.learning).toBeUndefined()
    expect(school.outcomes).toBeUndefined()
    expect(school.subjects.every((s: any) => body.subjects.some((x: any) => x.id === s.subjectId))).toBe(true)
  })

  it('teachers, the clerk and the public are refused; medical staff read health only', async () => {
    expect((await get('gv.toan@haugiang.test', '/reports/results', { schoolYear: ids.previous })).status).toBe(403)
    expect((await get('vanthu@haugiang.test', '/reports/results', { schoolYear: ids.previous })).status).toBe(403)
    expect((await get('yte@haugiang.test', '/reports/results', { schoolYear: ids.previous })).status).toBe(403)
    expect((await get('gv.toan@haugiang.test', '/reports/health', { schoolYear: ids.current })).status).toBe(403)
    expect((await get('pht.csvc@haugiang.test', '/reports/health', { schoolYear: ids.current })).status).toBe(403)
    expect((await get(null, '/reports/results', { schoolYear: ids.previous })).status).toBe(401)
    expect((await get('pht.csvc@haugiang.test', '/reports/results', { schoolYear: ids.previous })).status).toBe(200)
  })

  it('bad queries are 400 or 404 naming the parameter', async () => {
    const bad = async (query: Record<string, unknown>, status: number, word: string) => {
      const response = await get(PRINCIPAL, '/reports/results', query)
      expect(response.status).toBe(status)
      expect(response.body.errors[0].message).toContain(word)
    }
    await bad({}, 400, 'schoolYear')
    await bad({ schoolYear: "1'" }, 400, 'schoolYear')
    await bad({ schoolYear: 999999 }, 404, '999999')
    await bad({ schoolYear: ids.previous, term: 'x' }, 400, 'term')
    await bad({ schoolYear: ids.previous, term: ids.otherTerm }, 404, String(ids.otherTerm))
    await bad({ schoolYear: ids.previous, format: 'pdf' }, 400, 'format')
  })
})

describe('workbooks', () => {
  it("`format=xlsx` gives the district's tables with the same figures as the JSON", async () => {
    const token = await t.api.login(PRINCIPAL)
    const response = await REST_GET(t.payload.config)(
      new Request(`http://localhost:3000/api/reports/results?schoolYear=${ids.previous}&format=xlsx`, {
        headers: { Authorization: `JWT ${token}` },
      }),
      { params: Promise.resolve({ slug: ['reports', 'results'] }) },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const names = workbook.worksheets.map((w) => w.name)
    expect(names).toEqual(expect.arrayContaining(['Học tập', 'Rèn luyện', 'Lên lớp', 'Danh hiệu', 'Điểm TB môn']))
    const learning = workbook.getWorksheet('Học tập')!
    const schoolRow = learning.getRows(1, learning.rowCount)!.find((r) => r.getCell(1).value === 'Toàn trường')!
    const json = (await get(PRINCIPAL, '/reports/results', { schoolYear: ids.previous })).body
    const school = json.scopes.find((s: any) => s.level === 'school')
    expect(schoolRow.getCell(2).value).toBe(school.students)
    expect(schoolRow.getCell(3).value).toBe(share(school.learning, 'tot'))
  })
})
