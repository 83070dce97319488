import { sql } from '@payloadcms/db-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cellChanges } from '@/domain/grading'
import { changeOfEntry } from '@/endpoints/gradeProgress/gradeHistory'
import { sqlOf } from '@/lib/sql'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * The sheets' tallies (migration 20261203_150000_grade_sheet_tallies), kept by PostgreSQL, against
 * counts made from the grades themselves after each kind of writer: the sheet save, single documents
 * over REST, plain SQL, a transfer, a drop-out, deletions, TRUNCATE, and two writers of one sheet at
 * once. The file has its own copy of the demo school, so it writes to the demo's classes.
 */
let t: TestContext
const TEACHER = 'gv.toan@haugiang.test'
const sheet = { class: 0, subject: 0, term: 0 }
let seated: number[] = []
let token = ''

const db = () => sqlOf({ payload: t.payload } as never)
const rows = async (query: ReturnType<typeof sql>) => (await (await db()).execute(query)).rows

/**
 * Sheets whose tally differs from the same counts made from the grades: the seated students'
 * grades per mask of filled regular cells, their midterm and final entered, and every grade's
 * average as a score (sum in tenths, count). A sheet without grades counts as zeros both ways.
 */
const drifted = () =>
  rows(sql`
    WITH g AS (
      SELECT g.term_id, g.class_id, g.subject_id, coalesce(g.regular_filled, 0) AS mask, btrim(g.midterm) <> '' AS midterm,
        btrim(g.final) <> '' AS final, score_tenths(g.average) AS tenths,
        EXISTS (SELECT 1 FROM enrolments e WHERE e.class_id = g.class_id AND e.student_id = g.student_id
          AND e.is_latest AND e.status IN ('studying', 'transferred-in')) AS seated
      FROM grades g),
    masks AS (SELECT term_id, class_id, subject_id, jsonb_object_agg(mask, n) AS masks
      FROM (SELECT term_id, class_id, subject_id, mask, count(*) AS n FROM g WHERE seated GROUP BY 1, 2, 3, 4) m GROUP BY 1, 2, 3),
    counted AS (SELECT term_id, class_id, subject_id,
        count(*) FILTER (WHERE seated AND midterm) AS midterm_entered, count(*) FILTER (WHERE seated AND final) AS final_entered,
        coalesce(sum(tenths), 0) AS average_sum, count(tenths) AS average_count
      FROM g GROUP BY 1, 2, 3)
    SELECT * FROM (
      SELECT coalesce(c.term_id, t.term_id) AS term_id, coalesce(c.class_id, t.class_id) AS class_id,
        coalesce(c.subject_id, t.subject_id) AS subject_id,
        coalesce(m.masks, '{}') AS counted_masks, coalesce(t.seated_masks, '{}') AS tally_masks,
        coalesce(c.midterm_entered, 0) AS counted_midterm, coalesce(t.midterm_entered, 0) AS tally_midterm,
        coalesce(c.final_entered, 0) AS counted_final, coalesce(t.final_entered, 0) AS tally_final,
        coalesce(c.average_sum, 0) AS counted_sum, coalesce(t.average_sum, 0) AS tally_sum,
        coalesce(c.average_count, 0) AS counted_count, coalesce(t.average_count, 0) AS tally_count
      FROM counted c LEFT JOIN masks m USING (term_id, class_id, subject_id)
      FULL JOIN grade_sheet_tallies t USING (term_id, class_id, subject_id)) x
    WHERE counted_masks <> tally_masks OR counted_midterm <> tally_midterm OR counted_final <> tally_final
      OR counted_sum <> tally_sum OR counted_count <> tally_count`)

const tallyOf = async () =>
  (
    await rows(sql`SELECT * FROM grade_sheet_tallies
      WHERE term_id = ${sheet.term} AND class_id = ${sheet.class} AND subject_id = ${sheet.subject}`)
  )[0]

/** The sheet's cells entered this month (Vietnam's), as kept by the triggers. */
const monthEntered = async () =>
  Number(
    (
      await rows(sql`SELECT coalesce(sum(entered), 0) AS n FROM grade_sheet_month_entries
        WHERE term_id = ${sheet.term} AND class_id = ${sheet.class} AND subject_id = ${sheet.subject}
          AND month = (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh'))::date`)
    )[0]!.n,
  )

/** The same from the audit log since entry `since`, as the domain counts an entry (`cellChanges`). */
const auditedEntered = async (since: number) =>
  (
    await rows(sql`SELECT a.changes FROM audit_log a JOIN grades g ON g.id::text = a.document_id
      WHERE a.collection = 'grades' AND a.id > ${since} AND g.term_id = ${sheet.term} AND g.class_id = ${sheet.class}
        AND g.subject_id = ${sheet.subject}`)
  ).reduce((sum, r) => sum + cellChanges(changeOfEntry(r.changes)).entered, 0)

/** A deterministic sequence (a test that fails fails the same way again). */
const random = (() => {
  let state = 20261203
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return (state >>> 8) % n
  }
})()
const cell = () => (random(4) === 0 ? null : String(random(11)))

beforeAll(async () => {
  t = await bootPayload()
  const [row] = await rows(sql`
    SELECT ta.class_id, ta.subject_id, t.id AS term_id FROM teaching_assignments ta
    JOIN users u ON u.id = ta.teacher_id JOIN subjects s ON s.id = ta.subject_id
    JOIN school_years y ON y.id = ta.school_year_id AND y.is_current
    JOIN terms t ON t.school_year_id = y.id AND t.term = 'II'
    WHERE u.email = ${TEACHER} AND s.code = 'TOAN' ORDER BY ta.class_id LIMIT 1`)
  Object.assign(sheet, { class: Number(row!.class_id), subject: Number(row!.subject_id), term: Number(row!.term_id) })
  token = await t.api.login(TEACHER)
}, 180_000)

afterAll(async () => {
  await shutdownPayload(t)
})

/** Random cells for every student holding a seat (each with a final, so each has a grade). */
const saveSheet = async () => {
  seated = (
    await rows(sql`SELECT student_id FROM enrolments WHERE class_id = ${sheet.class} AND is_latest
      AND status IN ('studying', 'transferred-in') ORDER BY student_id`)
  ).map((r) => Number(r.student_id))
  const revisions = new Map(
    (
      await rows(sql`SELECT student_id, revision FROM grades
        WHERE term_id = ${sheet.term} AND class_id = ${sheet.class} AND subject_id = ${sheet.subject}`)
    ).map((r) => [Number(r.student_id), Number(r.revision)]),
  )
  const body = {
    ...sheet,
    rows: seated.map((student) => ({
      student,
      revision: revisions.get(student) ?? null,
      regular: [cell(), cell(), cell(), cell()].filter((c) => c !== null),
      midterm: cell(),
      final: String(random(11)),
    })),
  }
  const res = await t.api.rest('POST', '/grades/sheet', { token, body })
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
}

describe('sheet tallies', () => {
  it('match the grades of the demo school as migrated and seeded', async () => {
    expect(await drifted()).toEqual([])
    expect(Number((await rows(sql`SELECT count(*) AS n FROM grade_sheet_tallies`))[0]!.n)).toBeGreaterThan(50)
  })

  it('follow the sheet save, single documents, SQL and deletions', async () => {
    const since = Number((await rows(sql`SELECT coalesce(max(id), 0) AS id FROM audit_log`))[0]!.id)
    const enteredBefore = await monthEntered()
    for (let round = 0; round < 3; round++) {
      await saveSheet()
      expect(await drifted()).toEqual([])
    }
    const tally = await tallyOf()
    expect(Object.values(tally!.seated_masks as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(seated.length)

    const [grade] = await rows(sql`SELECT id FROM grades WHERE term_id = ${sheet.term} AND class_id = ${sheet.class}
      AND subject_id = ${sheet.subject} ORDER BY student_id LIMIT 1`)
    const patched = await t.api.rest('PATCH', `/grades/${grade!.id}`, {
      token,
      body: { regular: ['9', '9', '9', '9'], midterm: '9', final: '' },
    })
    expect(patched.status, JSON.stringify(patched.body).slice(0, 300)).toBe(200)
    expect(await drifted()).toEqual([])
    // every seated student's cells entered this month, as the audit log of these writes has them
    const entered = await auditedEntered(since)
    expect(entered).toBeGreaterThan(seated.length)
    expect((await monthEntered()) - enteredBefore).toBe(entered)

    await rows(
      sql`UPDATE grades SET midterm = NULL, average = '7,5' WHERE term_id = ${sheet.term} AND class_id = ${sheet.class}`,
    )
    expect(await drifted()).toEqual([])

    await t.payload.delete({ collection: 'grades', id: Number(grade!.id) })
    await rows(sql`DELETE FROM grades WHERE term_id = ${sheet.term} AND class_id = ${sheet.class}
      AND student_id = ${seated.at(-1)!}`)
    expect(await drifted()).toEqual([])
  })

  it('follow seats taken and given up: a transfer, a drop-out, a record deleted', async () => {
    await saveSheet()
    const before = await tallyOf()
    const [leaving, dropping] = [seated[1]!, seated[2]!]
    for (const [student, status] of [
      [leaving, 'transferred-out'],
      [dropping, 'dropped-out'],
    ] as const)
      await t.payload.create({
        collection: 'enrolments',
        data: { student, class: sheet.class, status, date: '2027-01-10' } as never,
      })
    expect(await drifted()).toEqual([])
    const after = await tallyOf()
    const seatedGrades = (tally: Record<string, unknown>) =>
      Object.values(tally.seated_masks as Record<string, number>).reduce((a, b) => a + b, 0)
    expect(seatedGrades(after!)).toBe(seatedGrades(before!) - 2)
    // the class averages count every grade of the sheet, seated or not
    expect(after!.average_count).toBe(before!.average_count)

    // the student who left taken in by another class of the year (a seat there, none again here)
    const [other] = await rows(sql`SELECT o.id FROM classes o JOIN classes c ON c.id = ${sheet.class}
      AND o.school_year_id = c.school_year_id AND o.id <> c.id ORDER BY o.id LIMIT 1`)
    await t.payload.create({
      collection: 'enrolments',
      data: { student: leaving, class: Number(other!.id), status: 'transferred-in', date: '2027-01-11' } as never,
    })
    expect(await drifted()).toEqual([])
    expect(seatedGrades((await tallyOf())!)).toBe(seatedGrades(after!))

    // the drop-out's record deleted: the previous (studying) one is latest again
    const [record] = await rows(sql`SELECT id FROM enrolments WHERE student_id = ${dropping} AND is_latest`)
    await rows(sql`DELETE FROM enrolments WHERE id = ${record!.id}`)
    await rows(
      sql`UPDATE enrolments SET is_latest = true WHERE id = (SELECT max(id) FROM enrolments WHERE student_id = ${dropping})`,
    )
    expect(await drifted()).toEqual([])
  })

  it('are right when two writers change one sheet at once: the second waits for the first and counts both', async () => {
    await saveSheet()
    const url = (t.payload.db as unknown as { pool: { options: { connectionString: string } } }).pool.options
      .connectionString
    let enteredBefore = 0
    const [first, second] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })]
    await Promise.all([first.connect(), second.connect()])
    try {
      const write = (client: pg.Client, student: number, midterm: string) =>
        client.query(
          `UPDATE grades SET midterm = $1 WHERE term_id = $2 AND class_id = $3 AND subject_id = $4 AND student_id = $5`,
          [midterm, sheet.term, sheet.class, sheet.subject, student],
        )
      await rows(sql`UPDATE grades SET midterm = NULL WHERE term_id = ${sheet.term} AND class_id = ${sheet.class}
        AND subject_id = ${sheet.subject}`)
      enteredBefore = await monthEntered()
      await first.query('BEGIN')
      await second.query('BEGIN')
      await write(first, seated[3]!, '8')
      let secondDone = false
      const secondWrite = write(second, seated[4]!, '6').then(() => (secondDone = true))
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(secondDone).toBe(false) // waiting for the sheet's row, locked by the first
      await first.query('COMMIT')
      await secondWrite
      await second.query('COMMIT')
    } finally {
      await Promise.all([first.end(), second.end()])
    }
    expect((await tallyOf())!.midterm_entered).toBe(2)
    expect((await monthEntered()) - enteredBefore).toBe(2)
    expect(await drifted()).toEqual([])
  })

  it('are recounted after TRUNCATE', async () => {
    const client = await (t.payload.db as unknown as { pool: pg.Pool }).pool.connect()
    try {
      await client.query('BEGIN')
      await client.query('TRUNCATE grades CASCADE')
      expect((await client.query('SELECT count(*)::int AS n FROM grade_sheet_tallies')).rows[0].n).toBe(0)
      await client.query('ROLLBACK')
      await client.query('BEGIN')
      await client.query(`TRUNCATE enrolments CASCADE`)
      const { rows: seatedLeft } = await client.query(
        `SELECT count(*)::int AS n FROM grade_sheet_tallies WHERE seated_masks <> '{}'`,
      )
      expect(seatedLeft[0].n).toBe(0)
      await client.query('ROLLBACK')
    } finally {
      client.release()
    }
    expect(await drifted()).toEqual([])
  })
})
