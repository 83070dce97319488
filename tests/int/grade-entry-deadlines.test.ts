import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * Entry deadlines (A10.1): the academic vice principal sets a date per term and column; teachers
 * read it on their sheet; cells still empty after it are counted in the teacher's worklist, the
 * progress view and the vice principal's worklist, all equal to what the sheet shows.
 */
let t: TestContext
const TEACHER = 'gv.toan@haugiang.test' // Toán in 7A1 (open) and 7A2 (term I locked)
const VP = 'pht.chuyenmon@haugiang.test'
const GRADEBOOK_ADMIN = 'sodiem@haugiang.test'
const PRINCIPAL = 'hieutruong@haugiang.test'
const SEATED = ['studying', 'transferred-in']
const DAY = 86_400_000
const ids = { term: 0, termII: 0, lastYearTerm: 0, klass: 0, toan: 0 }
const deadlineIds: Record<string, number> = {}

const as = async (email: string) => ({ token: await t.api.login(email) })
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString()

beforeAll(async () => {
  t = await bootPayload()
  const p = t.payload
  const year = (await p.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!.id
  const terms = (await p.find({ collection: 'terms', where: { schoolYear: { equals: year } }, sort: 'term' })).docs
  ids.term = terms.find((x) => x.term === 'I')!.id
  ids.termII = terms.find((x) => x.term === 'II')!.id
  ids.lastYearTerm = (
    await p.find({ collection: 'terms', where: { schoolYear: { not_equals: year } }, limit: 1 })
  ).docs[0]!.id
  ids.klass = (
    await p.find({
      collection: 'classes',
      where: { and: [{ name: { equals: '7A1' } }, { schoolYear: { equals: year } }] },
    })
  ).docs[0]!.id
  ids.toan = (await p.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
  // The demo school's term I deadlines, moved around today so that the test holds on any date:
  // mid-term overdue since yesterday, regular and end-of-term due tomorrow.
  const seeded = (await p.find({ collection: 'grade-entry-deadlines', where: { term: { equals: ids.term } } })).docs
  for (const [column, offset] of [
    ['regular', 1],
    ['midterm', -1],
    ['final', 1],
  ] as const) {
    const doc = seeded.find((d) => d.column === column)!
    deadlineIds[column] = doc.id
    const res = await t.api.rest('PATCH', `/grade-entry-deadlines/${doc.id}`, {
      ...(await as(VP)),
      body: { dueDate: iso(offset) },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
})
afterAll(async () => {
  await shutdownPayload(t)
})

/** The 7A1 Toán term I sheet as its teacher reads it, and its empty cells per column. */
const sheet = async () => {
  const res = await t.api.rest('GET', '/grades/sheet', {
    ...(await as(TEACHER)),
    query: { class: ids.klass, subject: ids.toan, term: ids.term },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  const rows = (res.body.rows as any[]).filter((r) => SEATED.includes(r.status))
  const blank = (v: unknown) => v === null || v === undefined || String(v).trim() === ''
  const empty = {
    regular: rows.reduce(
      (sum, r) =>
        sum + Array.from({ length: res.body.requiredRegular }, (_, i) => r.grade?.regular?.[i]).filter(blank).length,
      0,
    ),
    midterm: rows.filter((r) => blank(r.grade?.midterm)).length,
    final: rows.filter((r) => blank(r.grade?.final)).length,
  }
  return { body: res.body, empty }
}

describe('who sets entry deadlines', () => {
  it('the academic vice principal and the gradebook administrator set them; a teacher or the principal may not', async () => {
    const create = (email: string, column: string) =>
      as(email).then((auth) =>
        t.api.rest('POST', '/grade-entry-deadlines', {
          ...auth,
          body: { term: ids.termII, column: 'regular', dueDate: iso(30), note: column },
        }),
      )
    expect((await create(TEACHER, 'x')).status).toBe(403)
    expect((await create(PRINCIPAL, 'x')).status).toBe(403)
    const made = await create(GRADEBOOK_ADMIN, 'TX học kỳ II')
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.doc.title).toMatch(/^TX — HK II/)
    // A teacher reads it but cannot move it.
    const moved = await t.api.rest('PATCH', `/grade-entry-deadlines/${made.body.doc.id}`, {
      ...(await as(TEACHER)),
      body: { dueDate: iso(60) },
    })
    expect(moved.status).toBe(403)
    const read = await t.api.rest('GET', `/grade-entry-deadlines/${made.body.doc.id}`, await as(TEACHER))
    expect(read.status).toBe(200)
    // Signed out: nothing (Payload answers 403 to a read without access).
    expect(await t.api.rest('GET', '/grade-entry-deadlines').then((r) => r.status)).toBe(403)
  })

  it('one deadline per term and column; a missing date or an unknown column is refused with a message', async () => {
    const vp = await as(VP)
    const twice = await t.api.rest('POST', '/grade-entry-deadlines', {
      ...vp,
      body: { term: ids.term, column: 'midterm', dueDate: iso(5) },
    })
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.body)).toContain('Học kỳ này đã có hạn nhập cho cột điểm đó.')
    const noDate = await t.api.rest('POST', '/grade-entry-deadlines', {
      ...vp,
      body: { term: ids.lastYearTerm, column: 'final' },
    })
    expect(noDate.status).toBe(400)
    expect(JSON.stringify(noDate.body)).toContain('dueDate')
    const badColumn = await t.api.rest('POST', '/grade-entry-deadlines', {
      ...vp,
      body: { term: ids.lastYearTerm, column: 'oral', dueDate: iso(5) },
    })
    expect(badColumn.status).toBe(400)
    // Nothing was written by the refused requests.
    const count = await t.payload.count({
      collection: 'grade-entry-deadlines',
      where: { term: { in: [ids.termII, ids.lastYearTerm] } },
    })
    expect(count.totalDocs).toBe(3) // the demo's two of term II and the gradebook administrator's
  })
})

describe('what the deadlines show', () => {
  it("the sheet carries its term's deadlines", async () => {
    const { body } = await sheet()
    const columns = Object.fromEntries((body.deadlines as any[]).map((d) => [d.column, d.dueDate]))
    expect(Object.keys(columns).sort()).toEqual(['final', 'midterm', 'regular'])
    expect(new Date(columns.midterm).getTime()).toBeLessThan(Date.now())
  })

  it("the teacher's worklist counts the sheet's empty mid-term cells as overdue, and only those", async () => {
    const { empty } = await sheet()
    expect(empty.midterm).toBeGreaterThan(0) // the demo's term I is under way
    const res = await t.api.rest('GET', '/worklist', await as(TEACHER))
    const item = (res.body.sections as any[])
      .flatMap((s) => s.items)
      .find((i: any) => i.key === `sheet-${ids.klass}-${ids.toan}`)
    expect(item.tone).toBe('warning')
    expect(item.detail).toContain(`${empty.midterm} ô đã quá hạn nhập (GK hết hạn`)
  })

  it("the progress view and the vice principal's worklist count the same overdue cells", async () => {
    const { empty } = await sheet()
    const res = await t.api.rest('GET', '/grades/progress', {
      ...(await as(VP)),
      query: { term: ids.term, class: ids.klass },
    })
    expect(res.status).toBe(200)
    const row = (res.body.rows as any[]).find((r) => r.subjectId === ids.toan)
    expect(row.overdue).toBe(empty.midterm)
    const worklist = await t.api.rest('GET', '/worklist', await as(VP))
    const overdue = (worklist.body.sections as any[])
      .flatMap((s) => s.items)
      .find((i: any) => i.key === 'entry-overdue')
    expect(overdue.count).toBeGreaterThan(0)
    expect(overdue.href).toBe(`/admin/tien-do-nhap-diem?term=${ids.term}`)
  })

  it('nothing is overdue once every deadline is ahead again', async () => {
    await t.api.rest('PATCH', `/grade-entry-deadlines/${deadlineIds.midterm}`, {
      ...(await as(VP)),
      body: { dueDate: iso(1) },
    })
    const res = await t.api.rest('GET', '/grades/progress', {
      ...(await as(VP)),
      query: { term: ids.term, class: ids.klass },
    })
    expect((res.body.rows as any[]).every((r) => r.overdue === 0)).toBe(true)
    const worklist = await t.api.rest('GET', '/worklist', await as(TEACHER))
    const item = (worklist.body.sections as any[])
      .flatMap((s) => s.items)
      .find((i: any) => i.key === `sheet-${ids.klass}-${ids.toan}`)
    expect(item.tone).toBe('todo')
    expect(item.detail).not.toContain('quá hạn')
  })
})
