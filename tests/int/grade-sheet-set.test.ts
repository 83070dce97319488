import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRADE_MESSAGES } from '@/domain/grading'
import { sqlOf } from '@/lib/sql'
import { sql } from '@payloadcms/db-postgres'

import { bootPayload, removeTestClass, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

/**
 * The set-based sheet save (`POST /api/grades/sheet`) against the single-document path (REST,
 * GraphQL): same grades, same audit entries, same refusals; statements per 45-student save.
 * Works on a class of its own (45 students), removed at the end.
 */
let t: TestContext
const TEACHER = 'gv.toan@haugiang.test'
const key = { class: 0, subject: 0, term: 0 }
const students: number[] = []
let token = ''

beforeAll(async () => {
  t = await bootPayload()
  const p = t.payload
  const year = (await p.find({ collection: 'school-years', where: { isCurrent: { equals: true } } })).docs[0]!
  key.subject = (await p.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
  key.term = (
    await p.find({
      collection: 'terms',
      where: { and: [{ schoolYear: { equals: year.id } }, { term: { equals: 'I' } }] },
    })
  ).docs[0]!.id
  const klass = await p.create({ collection: 'classes', data: { name: '7A7', grade: 7, schoolYear: year.id } as never })
  key.class = klass.id
  await p.create({
    collection: 'teaching-assignments',
    data: { teacher: (await userByEmail(p, TEACHER)).id, class: klass.id, subject: key.subject } as never,
  })
  for (let i = 0; i < 45; i++) {
    const s = await p.create({
      collection: 'students',
      data: {
        studentCode: `SET-${String(i).padStart(3, '0')}`,
        fullName: `Học Sinh Tập ${i + 1}`,
        dateOfBirth: '2013-03-01',
        gender: i % 2 ? 'male' : 'female',
      } as never,
    })
    await p.create({
      collection: 'enrolments',
      data: { student: s.id, class: klass.id, status: 'studying', date: '2026-09-05' } as never,
    })
    students.push(s.id)
  }
  token = await t.api.login(TEACHER)
}, 180_000)

afterAll(async () => {
  if (t && key.class) await removeTestClass(t.payload, key.class)
  await shutdownPayload(t)
})

const save = (rows: object[]) => t.api.rest('POST', '/grades/sheet', { token, body: { ...key, rows } })
const db = () => sqlOf({ payload: t.payload } as never)

/** Grades of the test class, comparable across paths (no ids or timestamps). */
const gradesOf = async (ids: number[]) => {
  const { docs } = await t.payload.find({
    collection: 'grades',
    where: { and: [{ student: { in: ids } }, { term: { equals: key.term } }, { subject: { equals: key.subject } }] },
    depth: 0,
    pagination: false,
    sort: 'student',
  })
  return docs
}
const comparable = (docs: object[]) =>
  (docs as Array<Record<string, unknown>>).map(({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest)

/** Audit entries of these grades after `since` (an audit_log id), comparable across paths. */
const auditOf = async (since: number) => {
  const { rows } = await (
    await db()
  ).execute(
    sql`SELECT a.action, a.user_id, a.changes, a.ip, a.cause_collection, a.cause_id, g.student_id
        FROM audit_log a JOIN grades g ON g.id::text = a.document_id
        WHERE a.collection = 'grades' AND a.id > ${since} ORDER BY g.student_id, a.id`,
  )
  return rows
}
const lastAuditId = async () =>
  Number((await (await db()).execute(sql`SELECT coalesce(max(id), 0) AS id FROM audit_log`)).rows[0]!.id)
const forget = async (ids: number[]) =>
  (await db()).execute(
    sql`DELETE FROM grades WHERE term_id = ${key.term} AND student_id = ANY(${`{${ids.join(',')}}`}::int[])`,
  )

const input = (i: number) => ({
  regular: ['8', '7,5', '9', String(5 + (i % 5))],
  midterm: '7.5',
  final: i % 2 ? '8' : '10',
  comment: i === 0 ? '  Tiến bộ rõ.  ' : null,
})
const update = (i: number) => ({ midterm: '6', comment: `Cần cố gắng ${i}` })

describe('set-based sheet save and the single-document path', () => {
  it('give the same grades and the same audit entries (create, then update)', async () => {
    const few = students.slice(0, 4)
    const runSingle = async () => {
      for (const [i, student] of few.entries()) {
        const res = await t.api.rest('POST', '/grades', { token, body: { ...key, student, ...input(i) } })
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201)
      }
      for (const [i, grade] of (await gradesOf(few)).entries()) {
        const res = await t.api.rest('PATCH', `/grades/${grade.id}`, { token, body: update(i) })
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
      }
    }
    const runSheet = async () => {
      const created = await save(few.map((student, i) => ({ student, revision: null, ...input(i) })))
      expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(200)
      expect(created.body.changed).toBe(4)
      const updated = await save(
        (await gradesOf(few)).map((g, i) => ({ student: g.student, revision: g.revision, ...update(i) })),
      )
      expect(updated.status, JSON.stringify(updated.body).slice(0, 300)).toBe(200)
    }
    try {
      const since1 = await lastAuditId()
      await runSingle()
      const single = { grades: comparable(await gradesOf(few)), audit: await auditOf(since1) }
      await forget(few)
      const since2 = await lastAuditId()
      await runSheet()
      const set = { grades: comparable(await gradesOf(few)), audit: await auditOf(since2) }
      expect(single.audit).toHaveLength(8)
      expect(set).toEqual(single)
      // the cells are logged, not the mask computed from them (payload.config.ts, neverLog)
      const fields = single.audit.flatMap((entry) => (entry.changes as Array<{ field: string }>).map((c) => c.field))
      expect(fields).toContain('regular')
      expect(fields).not.toContain('regularFilled')
      // (8 + 7.5 + 9 + 5 + 2 × 6 + 3 × 10) / 9 = 7.94
      expect(set.grades[0]).toMatchObject({ comment: 'Cần cố gắng 0', midterm: '6', revision: 2, average: '7.9' })
    } finally {
      await forget(few)
    }
  })

  const bad: Array<[string, Record<string, unknown>, string, string]> = [
    ['more than one decimal', { final: '7.25' }, 'final', 'Cuối kỳ: Điểm chỉ có tối đa một chữ số thập phân.'],
    ['above 10', { midterm: '11' }, 'midterm', 'Giữa kỳ: Điểm không được lớn hơn 10.'],
    ['a comment result in a scored subject', { regular: ['Đ'] }, 'regular.0', 'ĐĐGtx 1:'],
    ['too many regular assessments', { regular: ['1', '2', '3', '4', '5'] }, 'regular', 'chỉ có 4 lần'],
    ['a comment too long', { comment: 'x'.repeat(501) }, 'comment', 'tối đa 500 ký tự'],
  ]
  it.each(bad)('refuse %s with the same message, nothing written', async (_name, cells, path, message) => {
    const student = students[10]!
    const before = await lastAuditId()
    const single = await t.api.rest('POST', '/grades', { token, body: { ...key, student, ...cells } })
    expect(single.status).toBe(400)
    const singleError = single.body.errors[0].data.errors[0]
    expect(singleError).toMatchObject({ path })
    expect(singleError.message).toContain(message)
    const gql = await t.api.graphql(`mutation($data: mutationGradeInput!) { createGrade(data: $data) { id } }`, {
      token,
      variables: { data: { ...key, student, ...cells } },
    })
    expect(JSON.stringify(gql.body.errors)).toContain(JSON.stringify(singleError.message).slice(1, -1))
    // In a full sheet: only this row is bad; nothing of the sheet is written.
    const rows = students.map((s, i) => ({ student: s, revision: null, ...input(i), ...(s === student ? cells : {}) }))
    const sheet = await save(rows)
    expect(sheet.status).toBe(400)
    expect(sheet.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: `rows.10.${path}`, message: singleError.message }),
    ])
    expect(await gradesOf(students)).toHaveLength(0)
    expect(await lastAuditId()).toBe(before)
  })

  it('a student not in the class: the same refusal', async () => {
    const other = (
      await t.payload.find({ collection: 'enrolments', where: { class: { not_equals: key.class } }, limit: 1 })
    ).docs[0]!.student as { id: number }
    const single = await t.api.rest('POST', '/grades', { token, body: { ...key, student: other.id, midterm: '5' } })
    const sheet = await save([{ student: other.id, midterm: '5' }])
    expect([single.status, sheet.status]).toEqual([400, 400])
    expect(sheet.body.errors[0].data.errors[0].message).toBe(GRADE_MESSAGES.notEnrolled)
    expect(single.body.errors[0].data.errors[0].message).toBe(GRADE_MESSAGES.notEnrolled)
  })

  it('a 45-student save: at most 30 statements; unchanged rows neither written nor audited', async () => {
    const counted: string[] = []
    const original = pg.Client.prototype.query
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text
      counted.push(String(text))
      return (original as (...a: unknown[]) => unknown).apply(this, args)
    } as never
    const measure = async (rows: object[]) => {
      counted.length = 0
      const res = await save(rows)
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
      return { res, statements: counted.length }
    }
    try {
      const created = await measure(students.map((student, i) => ({ student, revision: null, ...input(i) })))
      expect(created.res.body.changed).toBe(45)
      const stored = await gradesOf(students)
      const updated = await measure(stored.map((g, i) => ({ student: g.student, revision: g.revision, ...update(i) })))
      expect(updated.res.body.changed).toBe(45)
      const since = await lastAuditId()
      const again = await gradesOf(students)
      const unchanged = await measure(again.map((g, i) => ({ student: g.student, revision: g.revision, ...update(i) })))
      expect(unchanged.res.body.changed).toBe(0)
      expect(await lastAuditId()).toBe(since)
      expect((await gradesOf(students)).map((g) => g.revision)).toEqual(again.map((g) => g.revision))
      console.log(
        `statements per 45-student save: create ${created.statements}, update ${updated.statements}, unchanged ${unchanged.statements}`,
      )
      expect(created.statements).toBeLessThanOrEqual(30)
      expect(updated.statements).toBeLessThanOrEqual(30)
    } finally {
      pg.Client.prototype.query = original
    }
  })

  it('a concurrent save: one wins, the other gets 409, nothing of the winner is lost', async () => {
    const stored = await gradesOf(students)
    const rows = (final: string) => stored.map((g) => ({ student: g.student, revision: g.revision, final }))
    const since = await lastAuditId()
    const [a, b] = await Promise.all([save(rows('4')), save(rows('3'))])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const winner = a.status === 200 ? '4' : '3'
    const after = await gradesOf(students)
    expect(after.every((g) => g.final === winner && g.revision === Number(stored[0]!.revision) + 1)).toBe(true)
    expect((await auditOf(since)).length).toBe(45)
  })

  it('a lock scope: both paths refuse with the same message, nothing written', async () => {
    const admin = await t.api.login('sodiem@haugiang.test')
    const lock = await t.api.rest('POST', '/grade-locks', { token: admin, body: { ...key } })
    expect(lock.status).toBe(201)
    try {
      const [grade] = await gradesOf(students.slice(0, 1))
      const single = await t.api.rest('PATCH', `/grades/${grade!.id}`, { token, body: { final: '9' } })
      const sheet = await save([{ student: grade!.student, revision: grade!.revision, final: '9' }])
      expect([single.status, sheet.status]).toEqual([403, 403])
      expect(single.body.errors[0].message).toBe(GRADE_MESSAGES.locked)
      expect(sheet.body.errors[0].message).toBe(`Dòng 1: ${GRADE_MESSAGES.locked}`)
      expect((await gradesOf(students.slice(0, 1)))[0]!.final).toBe(grade!.final)
    } finally {
      await t.payload.delete({ collection: 'grade-locks', id: lock.body.doc.id as number })
    }
  })
})

describe('grade sheet through Excel', () => {
  const query = () => new URLSearchParams(Object.entries(key).map(([k, v]) => [k, String(v)])).toString()
  const exportSheet = async () => {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const request = new Request(`http://localhost:3000/api/grades/sheet/export?${query()}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const res = await REST_GET(t.payload.config)(request, {
      params: Promise.resolve({ slug: ['grades', 'sheet', 'export'] }),
    })
    return { status: res.status, type: res.headers.get('content-type'), data: await res.arrayBuffer() }
  }
  const importSheet = async (data: ArrayBuffer | Uint8Array | string, dryRun = false, name = 'bang-diem.xlsx') => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const form = new FormData()
    form.append('file', new Blob([data as BlobPart]), name)
    const request = new Request(
      `http://localhost:3000/api/grades/sheet/import?${query()}${dryRun ? '&dryRun=true' : ''}`,
      { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form },
    )
    const res = await REST_POST(t.payload.config)(request, {
      params: Promise.resolve({ slug: ['grades', 'sheet', 'import'] }),
    })
    return { status: res.status, body: (await res.json()) as any }
  }
  const workbookOf = async (data: ArrayBuffer) => {
    const ExcelJS = (await import('exceljs')).default
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(data)
    return wb
  }
  const bytesOf = async (wb: import('exceljs').Workbook) => (await wb.xlsx.writeBuffer()) as ArrayBuffer
  const state = async () => ({ audit: await lastAuditId(), grades: comparable(await gradesOf(students)) })

  it('exports the sheet: header, columns, protected cells, validation', async () => {
    const res = await exportSheet()
    expect(res.status).toBe(200)
    expect(res.type).toContain('spreadsheetml')
    const ws = (await workbookOf(res.data)).worksheets[0]!
    expect(ws.getCell('A1').text).toBe('Trường THCS Hậu Giang')
    expect([ws.getCell('B3').text, ws.getCell('D3').text]).toEqual(['7A7', 'Toán'])
    expect(ws.getRow(5).values).toEqual([
      undefined,
      'Mã học sinh',
      'Họ và tên',
      'TX1',
      'TX2',
      'TX3',
      'TX4',
      'GK',
      'CK',
      'Nhận xét',
    ])
    expect(ws.rowCount).toBe(5 + 45)
    expect(ws.getCell('G6').protection?.locked).toBe(false)
    expect(ws.getCell('G6').dataValidation?.type).toBe('custom')
    expect(ws.getCell('B6').protection?.locked).not.toBe(false)
  })

  it('round trip: unchanged → zero changes; one cell edited → exactly that grade changes, with its audit entry', async () => {
    const { data } = await exportSheet()
    const before = await state()
    const unchanged = await importSheet(await bytesOf(await workbookOf(data)))
    expect(unchanged.status, JSON.stringify(unchanged.body).slice(0, 300)).toBe(200)
    expect(unchanged.body.changed).toBe(0)
    expect(await state()).toEqual(before)

    const wb = await workbookOf(data)
    const ws = wb.worksheets[0]!
    const code = ws.getCell('A8').text
    ws.getCell('G8').value = 9.5
    const preview = await importSheet(await bytesOf(wb), true)
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ dryRun: true, changed: 1 })
    expect(preview.body.changes[0]).toMatchObject({ row: 8, student: code, cells: [{ column: 'GK', new: '9.5' }] })
    expect(await state()).toEqual(before)

    const done = await importSheet(await bytesOf(wb))
    expect(done.body).toMatchObject({ dryRun: false, changed: 1 })
    const after = await state()
    const changed = after.grades.filter((g, i) => JSON.stringify(g) !== JSON.stringify(before.grades[i]))
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatchObject({ midterm: '9.5' })
    const entries = await auditOf(before.audit)
    expect(entries).toHaveLength(1)
    expect(JSON.stringify(entries[0]!.changes)).toContain('"midterm"')
  })

  it('refuses every bad input with 400 naming row, column and student; nothing written', async () => {
    const { data } = await exportSheet()
    const variant = async (edit: (ws: import('exceljs').Worksheet) => void) => {
      const wb = await workbookOf(data)
      edit(wb.worksheets[0]!)
      return bytesOf(wb)
    }
    const code = (await workbookOf(data)).worksheets[0]!.getCell('A7').text
    const before = await state()
    const cases: Array<[string, ArrayBuffer | Uint8Array | string, Record<string, unknown> | null]> = [
      ['another sheet', await variant((ws) => (ws.getCell('H3').value = '1-2-3')), { row: 3 }],
      ['a renamed column', await variant((ws) => (ws.getCell('G5').value = 'Giữa kỳ')), { row: 5, column: 'GK' }],
      ['an unknown student', await variant((ws) => (ws.getCell('A7').value = 'KHONG-CO')), { row: 7 }],
      ['a repeated student', await variant((ws) => (ws.getCell('A9').value = code)), { row: 9, student: code }],
      [
        'a formula',
        await variant((ws) => (ws.getCell('H7').value = { formula: '1+1' } as never)),
        { row: 7, column: 'CK', student: code },
      ],
      [
        'a date',
        await variant((ws) => (ws.getCell('H7').value = new Date('2026-01-01'))),
        { row: 7, column: 'CK', student: code },
      ],
      ['7.25', await variant((ws) => (ws.getCell('C7').value = 7.25)), { row: 7, column: 'TX1', student: code }],
      ['11', await variant((ws) => (ws.getCell('H7').value = 11)), { row: 7, column: 'CK', student: code }],
      ['a 20 MB file', new Uint8Array(20 * 1024 * 1024), null],
      ['a file that is not .xlsx', 'Mã học sinh,Họ và tên\n', null],
    ]
    for (const [name, file, cell] of cases) {
      const res = await importSheet(file)
      expect(res.status, name).toBe(400)
      if (cell) expect(res.body.errors[0].data.errors, name).toEqual([expect.objectContaining(cell)])
      else expect(res.body.errors[0].message, name).toBeTruthy()
    }
    expect(await state()).toEqual(before)
  })
})
