import pg from 'pg'

import { client, login, type Server } from './server'

export type SheetKey = { class: number; subject: number; term: number }
export type Sheet = SheetKey & { email: string; token: string }

/** SQL on the load database (checks only: the writes under test go through the app). */
export const query = async <T = any>(url: string, text: string, values: unknown[] = []): Promise<T[]> => {
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  try {
    return (await db.query(text, values)).rows as T[]
  } finally {
    await db.end()
  }
}

/**
 * `count` sheets of scored subjects of the current year's term I, each taught by its teacher,
 * spread over as many teachers as there are; each teacher signs in once (tokens are reused).
 * Locked sheets are left out: the app rightly refuses them (403), which is not what this measures.
 */
export const pickSheets = async (url: string, server: Server, count: number): Promise<Sheet[]> => {
  const rows = await query<{ email: string; class: number; subject: number; term: number }>(
    url,
    `SELECT u.email, ta.class_id AS class, ta.subject_id AS subject, t.id AS term
       FROM teaching_assignments ta
       JOIN users u ON u.id = ta.teacher_id
       JOIN subjects s ON s.id = ta.subject_id AND s.assessment = 'score'
       JOIN classes c ON c.id = ta.class_id
       JOIN school_years y ON y.id = c.school_year_id AND y.is_current
       JOIN terms t ON t.school_year_id = y.id AND t.term = 'I' AND t.status = 'open'
      WHERE NOT EXISTS (SELECT 1 FROM grade_locks gl
                         WHERE gl.term_id = t.id AND coalesce(gl.class_id, ta.class_id) = ta.class_id
                           AND coalesce(gl.subject_id, ta.subject_id) = ta.subject_id)
        AND NOT EXISTS (SELECT 1 FROM grades g
                         WHERE g.class_id = ta.class_id AND g.subject_id = ta.subject_id AND g.term_id = t.id AND g.locked)
      ORDER BY row_number() OVER (PARTITION BY ta.teacher_id ORDER BY ta.id), ta.id
      LIMIT $1`,
    [count],
  )
  const tokens = new Map<string, string>()
  for (const row of rows) if (!tokens.has(row.email)) tokens.set(row.email, await login(server, row.email))
  return rows.map((row) => ({ ...row, token: tokens.get(row.email)! }))
}

export type SheetState = { students: number[]; revisions: Map<number, number> }

/** Reads a sheet through the app: the students still studying in the class and each row's revision. */
export const readSheet = async (server: Server, sheet: Sheet): Promise<SheetState> => {
  const { status, body } = await client(server, sheet.token).call(
    'GET',
    `/grades/sheet?class=${sheet.class}&subject=${sheet.subject}&term=${sheet.term}`,
  )
  if (status !== 200) throw new Error(`GET sheet: ${status} ${JSON.stringify(body)}`)
  const rows = (body.rows as any[]).filter((row) => row.status === 'studying')
  return {
    students: rows.map((row) => row.student),
    revisions: new Map(rows.map((row) => [row.student, Number(row.grade?.revision ?? 0)])),
  }
}

/** The k-th value a client writes: a midterm score in tenths, never the same twice in a row. */
export const valueOf = (k: number) => String((10 + ((k * 37) % 91)) / 10)

/** Saves every row's midterm as `value`; returns the status and, on 200, the new revisions. */
export const saveSheet = async (server: Server, sheet: Sheet, state: SheetState, value: string) => {
  const { status, body, requestId } = await client(server, sheet.token).call('POST', '/grades/sheet', {
    class: sheet.class,
    subject: sheet.subject,
    term: sheet.term,
    rows: state.students.map((student) => ({
      student,
      midterm: value,
      revision: state.revisions.get(student) ?? 0,
    })),
  })
  if (status === 200) {
    for (const doc of body.docs as any[]) {
      state.revisions.set(typeof doc.student === 'object' ? doc.student.id : doc.student, Number(doc.revision))
    }
  }
  return { status, body, requestId }
}

/** The stored midterms and revisions of a sheet's students, and how many grade rows each has. */
export const storedSheet = async (url: string, sheet: SheetKey, students: number[]) =>
  query<{ student: number; midterm: string | null; revision: string; copies: number }>(
    url,
    `SELECT student_id AS student, max(midterm) AS midterm, max(revision)::text AS revision, count(*)::int AS copies
       FROM grades WHERE subject_id = $1 AND term_id = $2 AND student_id = ANY($3) GROUP BY student_id`,
    [sheet.subject, sheet.term, students],
  )
