import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
const key = { class: 0, subject: 0, term: 0 }
const TEACHER = 'gv.toan@haugiang.test' // Toán 7A1

beforeAll(async () => {
  t = await bootPayload()
  const p = t.payload
  const year = (await p.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!.id
  key.class = (
    await p.find({
      collection: 'classes',
      where: { and: [{ name: { equals: '7A1' } }, { schoolYear: { equals: year } }] },
    })
  ).docs[0]!.id
  key.subject = (await p.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
  key.term = (
    await p.find({
      collection: 'terms',
      where: { and: [{ schoolYear: { equals: year } }, { term: { equals: 'II' } }] },
    })
  ).docs[0]!.id
})
afterAll(() => shutdownPayload(t))

const load = async (email = TEACHER, k = key) =>
  t.api.rest('GET', '/grades/sheet', { token: await t.api.login(email), query: k })
const save = async (body: object, email = TEACHER) =>
  t.api.rest('POST', '/grades/sheet', { token: await t.api.login(email), body })

describe('grade sheet endpoint', () => {
  it('loads the class for the subject teacher only', async () => {
    const res = await load()
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ assessment: 'score', requiredRegular: 4 })
    expect(res.body.rows.length).toBeGreaterThanOrEqual(30)
    expect((await load('gv.van@haugiang.test')).status).toBe(403)
    expect((await load('hieutruong@haugiang.test')).status).toBe(403)
  })

  it('saves the whole sheet in one request; averages computed', async () => {
    const { body: sheet } = await load()
    const rows = sheet.rows.map((r: any, i: number) => ({
      student: r.student,
      revision: r.grade?.revision ?? null,
      regular: ['8', '7', '9', String(5 + (i % 5))],
      midterm: '7.5',
      final: '8',
    }))
    const res = await save({ ...key, rows })
    expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200)
    expect(res.body.docs).toHaveLength(rows.length)
    const again = await load()
    const first = again.body.rows.find((r: any) => r.student === rows[0].student)
    expect(first.grade).toMatchObject({ regular: ['8', '7', '9', '5'], midterm: '7.5', final: '8', average: '7.6' })
  })

  it('one bad cell: 400 naming the row and cell, nothing of the sheet written', async () => {
    const { body: sheet } = await load()
    const rows = sheet.rows.map((r: any) => ({
      student: r.student,
      revision: r.grade?.revision,
      regular: r.grade.regular,
      midterm: '9',
      final: r.grade.final,
    }))
    rows[3].final = '7.25'
    const res = await save({ ...key, rows })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('rows.3.final')
    const after = await load()
    expect(after.body.rows.every((r: any) => r.grade.midterm === '7.5')).toBe(true)
  })

  it('a row for a student of another class is refused and nothing is written', async () => {
    const { body: sheet } = await load()
    const other = (
      await t.payload.find({
        collection: 'enrolments',
        where: { class: { not_equals: key.class } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!.student
    const rows = [
      {
        student: sheet.rows[0].student,
        revision: sheet.rows[0].grade.revision,
        regular: ['10'],
        midterm: '10',
        final: '10',
      },
      { student: other, regular: ['5'] },
    ]
    const res = await save({ ...key, rows })
    expect(res.status).toBe(400)
    expect((await load()).body.rows[0].grade.midterm).toBe('7.5')
  })

  it('two teachers saving the same sheet: the second gets 409, not a silent overwrite', async () => {
    const { body: sheet } = await load()
    const rows = (midterm: string) =>
      sheet.rows.slice(0, 3).map((r: any) => ({
        student: r.student,
        revision: r.grade.revision,
        regular: r.grade.regular,
        midterm,
        final: r.grade.final,
      }))
    const [a, b] = await Promise.all([save({ ...key, rows: rows('6') }), save({ ...key, rows: rows('6.5') })])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const stale = await save({ ...key, rows: rows('5') })
    expect(stale.status).toBe(409)
  })

  it('a locked sheet is refused through the endpoint too', async () => {
    const lock = await t.api.rest('POST', '/grade-locks', {
      token: await t.api.login('sodiem@haugiang.test'),
      body: { term: key.term, class: key.class, subject: key.subject },
    })
    expect(lock.status).toBe(201)
    const { body: sheet } = await load()
    const rows = sheet.rows.slice(0, 1).map((r: any) => ({
      student: r.student,
      revision: r.grade.revision,
      regular: r.grade.regular,
      midterm: '1',
      final: r.grade.final,
    }))
    const res = await save({ ...key, rows })
    expect(res.status).toBe(403)
    expect((await load()).body.rows[0].grade.midterm).not.toBe('1')
  })
})

describe('grade sheet after a transfer between classes', () => {
  const made: { collection: 'teaching-assignments' | 'classes'; id: number }[] = []
  afterAll(async () => {
    // Later files count the classes and students of the demo school, and the teacher's scope.
    for (const { id } of made.filter((m) => m.collection === 'classes')) await removeTestClass(t.payload, id)
  })

  it('lists each student once (latest record) and reuses the grade the transferred-in student already has', async () => {
    const p = t.payload
    const year = (await p.findByID({ collection: 'classes', id: key.class, depth: 0 })).schoolYear as number
    const klass = async (name: string) => {
      const c = await p.create({ collection: 'classes', data: { name, grade: 7, schoolYear: year } as any })
      const ta = await p.create({
        collection: 'teaching-assignments',
        data: { teacher: (await userByEmail(p, TEACHER)).id, class: c.id, subject: key.subject } as any,
      })
      made.push({ collection: 'classes', id: c.id }, { collection: 'teaching-assignments', id: ta.id })
      return c.id
    }
    const [from, to] = [await klass('7A8'), await klass('7A9')]
    const student = await p.create({
      collection: 'students',
      data: {
        studentCode: 'CT-TRANSFER-1',
        fullName: 'Trần Chuyển Lớp',
        dateOfBirth: '2013-05-01',
        gender: 'female',
      } as any,
    })
    const enrol = (klass: number, status: string) =>
      p.create({
        collection: 'enrolments',
        data: { student: student.id, class: klass, status, date: '2026-09-05' } as any,
      })
    await enrol(from, 'studying')
    const first = await save({
      class: from,
      subject: key.subject,
      term: key.term,
      rows: [{ student: student.id, revision: null, regular: ['8', '6'], midterm: null, final: null }],
    })
    expect(first.status, JSON.stringify(first.body).slice(0, 300)).toBe(200)
    await enrol(from, 'transferred-out')
    await enrol(to, 'transferred-in')
    // Two records in the class it left, one in the new: listed once, in the new class only.
    const old = await load(TEACHER, { class: from, subject: key.subject, term: key.term })
    expect(old.body.rows.filter((r: any) => r.student === student.id)).toHaveLength(0)
    const sheet = await load(TEACHER, { class: to, subject: key.subject, term: key.term })
    const rows = sheet.body.rows.filter((r: any) => r.student === student.id)
    expect(rows).toHaveLength(1)
    expect(rows[0].grade).toMatchObject({ id: first.body.docs[0].id, regular: ['8', '6'] })
    const res = await save({
      class: to,
      subject: key.subject,
      term: key.term,
      rows: [
        { student: student.id, revision: rows[0].grade.revision, regular: ['8', '6', '7'], midterm: '7', final: null },
      ],
    })
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    const grades = await p.find({
      collection: 'grades',
      where: {
        and: [
          { student: { equals: student.id } },
          { subject: { equals: key.subject } },
          { term: { equals: key.term } },
        ],
      },
      depth: 0,
    })
    expect(grades.docs).toHaveLength(1)
    expect(grades.docs[0]).toMatchObject({
      id: first.body.docs[0].id,
      class: to,
      regular: ['8', '6', '7'],
      midterm: '7',
    })
  })

  it('a grade moves only to the class its student now belongs to', async () => {
    const grade = (
      await t.payload.find({ collection: 'grades', where: { class: { equals: key.class } }, limit: 1, depth: 0 })
    ).docs[0]!
    const other = made.find((m) => m.collection === 'classes')!.id
    await expect(
      t.payload.update({ collection: 'grades', id: grade.id, data: { class: other } }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'class', message: expect.stringMatching(/chuyển điểm/) })] },
    })
  })
})
