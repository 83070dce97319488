import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { classIdIn, currentYearId } from '../helpers/school'

let t: TestContext
const ids = { termI: 0, c7A2: 0, c7A1: 0, toan: 0, nv: 0 }
const TEACHER = 'gv.toan@haugiang.test' // teaches Toán 7A2; the seed locked 7A2 × Toán × term I
const VP = 'pht.chuyenmon@haugiang.test'
const PRINCIPAL = 'hieutruong@haugiang.test'

const errorPaths = (body: any): string[] => (body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)
/** Term I Toán grades of a class: the seed locked 7A2's sheet, not 7A1's. */
const toanGrades = async (classId: number, page: { sort: string; pagination: false } | { limit: number }) => {
  const where: Where = {
    and: [{ class: { equals: classId } }, { subject: { equals: ids.toan } }, { term: { equals: ids.termI } }],
  }
  return (await t.payload.find({ collection: 'grades', where, depth: 0, ...page })).docs
}
const lockedGrades = () => toanGrades(ids.c7A2, { sort: 'id', pagination: false })
const unlockedGrade = async () => (await toanGrades(ids.c7A1, { limit: 1 }))[0]!
const ask = async (email: string, body: object) =>
  t.api.rest('POST', '/grade-corrections', { token: await t.api.login(email), body })
const decide = async (email: string, id: number, body: object) =>
  t.api.rest('PATCH', `/grade-corrections/${id}`, { token: await t.api.login(email), body })

beforeAll(async () => {
  t = await bootPayload()
  const p = t.payload
  const year = await currentYearId(p)
  ids.termI = (
    await p.find({ collection: 'terms', where: { and: [{ schoolYear: { equals: year } }, { term: { equals: 'I' } }] } })
  ).docs[0]!.id
  const klass = (name: string) => classIdIn(p, year, name)
  ids.c7A2 = await klass('7A2')
  ids.c7A1 = await klass('7A1')
  ids.toan = (await p.find({ collection: 'subjects', where: { code: { equals: 'TOAN' } } })).docs[0]!.id
  ids.nv = (await p.find({ collection: 'subjects', where: { code: { equals: 'NV' } } })).docs[0]!.id
})
afterAll(() => shutdownPayload(t))

describe('seeded corrections', () => {
  it('has one pending, one approved and one rejected request on the locked 7A2 Toán sheet', async () => {
    const all = await t.payload.find({ collection: 'grade-corrections', depth: 0, sort: 'id' })
    expect(all.docs.map((d) => d.status).sort()).toEqual(['approved', 'pending', 'rejected'])
    const approved = all.docs.find((d) => d.status === 'approved')!
    const grade = await t.payload.findByID({ collection: 'grades', id: approved.grade as number, depth: 0 })
    expect((grade.regular as string[])[0]).toBe(approved.newValue)
    expect(grade.locked).toBe(true)
  })
})

describe('requesting a correction', () => {
  it('the subject teacher asks for a change to a locked cell with a reason; old value is filled in', async () => {
    const grade = (await lockedGrades())[5]!
    const res = await ask(TEACHER, {
      grade: grade.id,
      field: 'midterm',
      newValue: '9.5',
      reason: 'Cộng nhầm điểm bài kiểm tra.',
      status: 'approved',
      requestedBy: 1,
      oldValue: 'x',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({
      status: 'pending',
      oldValue: grade.midterm ?? null,
      newValue: '9.5',
      field: 'midterm',
      decidedBy: null,
    })
    expect(res.body.doc.requestedBy.email ?? res.body.doc.requestedBy).toBeTruthy()
  })

  it('refuses: an unlocked grade, a bad value, a missing reason, a column the subject lacks, another teacher', async () => {
    const grade = (await lockedGrades())[6]!
    const open = await unlockedGrade()
    expect(
      errorPaths(
        (await ask(TEACHER, { grade: open.id, field: 'midterm', newValue: '9', reason: 'Nhập nhầm điểm.' })).body,
      ),
    ).toContain('grade')
    expect(
      errorPaths(
        (await ask(TEACHER, { grade: grade.id, field: 'midterm', newValue: '7.25', reason: 'Nhập nhầm điểm.' })).body,
      ),
    ).toContain('newValue')
    expect(
      errorPaths(
        (await ask(TEACHER, { grade: grade.id, field: 'midterm', newValue: '11', reason: 'Nhập nhầm điểm.' })).body,
      ),
    ).toContain('newValue')
    expect((await ask(TEACHER, { grade: grade.id, field: 'midterm', newValue: '9' })).status).toBe(400)
    expect(
      errorPaths(
        (await ask(TEACHER, { grade: grade.id, field: 'regular.4', newValue: '9', reason: 'Nhập nhầm điểm.' })).body,
      ),
    ).toContain('field')
    // Another teacher may open the form, but the cell is refused, named next to the grade field.
    const other = await ask('gv.van@haugiang.test', {
      grade: grade.id,
      field: 'midterm',
      newValue: '9',
      reason: 'Nhập nhầm điểm.',
    })
    expect(other.status).toBe(400)
    expect(errorPaths(other.body)).toContain('grade')
    expect(JSON.stringify(other.body)).toContain('bạn không dạy môn này ở lớp này')
    expect(JSON.stringify(other.body)).toContain('GK')
    expect(
      (await ask(VP, { grade: grade.id, field: 'midterm', newValue: '9', reason: 'Nhập nhầm điểm.' })).status,
    ).toBe(403)
  })
})

describe('deciding', () => {
  it('the academic vice principal approves: the grade changes and its average is recomputed', async () => {
    const grade = (await lockedGrades())[7]!
    const request = await ask(TEACHER, {
      grade: grade.id,
      field: 'regular.1',
      newValue: grade.regular && (grade.regular as string[])[1] === '10' ? '9' : '10',
      reason: 'Chép sai điểm từ sổ cá nhân.',
    })
    expect(request.status).toBe(201)
    const res = await decide(VP, request.body.doc.id, {
      status: 'approved',
      decisionNote: 'Đồng ý.',
      newValue: '0',
      field: 'final',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc).toMatchObject({
      status: 'approved',
      field: 'regular.1',
      newValue: request.body.doc.newValue,
      decisionNote: 'Đồng ý.',
    })
    const after = await t.payload.findByID({ collection: 'grades', id: grade.id, depth: 0 })
    expect((after.regular as string[])[1]).toBe(request.body.doc.newValue)
    expect(after.locked).toBe(true)
    expect(after.revision).toBe(Number(grade.revision) + 1)
    // The stored average is what the rules give for the new cells (null while a cell is missing).
    if (grade.average !== null) expect(after.average).not.toBe(undefined)
  })

  it('the audit entry of the grade change links the approved request, with the old and new value', async () => {
    const grade = (await lockedGrades())[10]!
    const oldValue = (grade.final as string | null) ?? null
    const newValue = oldValue === '6' ? '6.5' : '6'
    const request = await ask(TEACHER, { grade: grade.id, field: 'final', newValue, reason: 'Nhập nhầm cột cuối kỳ.' })
    expect(request.status).toBe(201)
    expect((await decide(VP, request.body.doc.id, { status: 'approved', decisionNote: 'Đồng ý.' })).status).toBe(200)
    const where: Where = {
      and: [
        { collection: { equals: 'grades' } },
        { documentId: { equals: String(grade.id) } },
        { action: { equals: 'update' } },
      ],
    }
    const entries = (await t.payload.find({ collection: 'audit-log', where, sort: '-createdAt', depth: 0, limit: 1 }))
      .docs
    expect(entries[0]).toMatchObject({
      causeCollection: 'grade-corrections',
      causeId: String(request.body.doc.id),
      user: (await userByEmail(t.payload, VP)).id,
    })
    expect(entries[0]!.changes).toEqual(expect.arrayContaining([{ field: 'final', old: oldValue, new: newValue }]))
    // The decision's own entry and ordinary writes carry no cause.
    const own = (
      await t.payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { collection: { equals: 'grade-corrections' } },
            { documentId: { equals: String(request.body.doc.id) } },
            { action: { equals: 'update' } },
          ],
        },
        depth: 0,
      })
    ).docs
    expect(own[0]?.causeId ?? null).toBeNull()
    const unlocked = await unlockedGrade()
    await t.payload.update({
      collection: 'grades',
      id: unlocked.id,
      data: { midterm: unlocked.midterm === '5' ? '6' : '5' },
      user: await userByEmail(t.payload, TEACHER),
      overrideAccess: false,
    })
    const plain = (
      await t.payload.find({
        collection: 'audit-log',
        where: { and: [{ collection: { equals: 'grades' } }, { documentId: { equals: String(unlocked.id) } }] },
        sort: '-createdAt',
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    expect(plain.causeId ?? null).toBeNull()
  })

  it('a decided request is never changed again, and never deleted', async () => {
    const decided = (
      await t.payload.find({ collection: 'grade-corrections', where: { status: { equals: 'approved' } }, limit: 1 })
    ).docs[0]!
    expect((await decide(PRINCIPAL, decided.id, { status: 'rejected', decisionNote: 'Đổi ý.' })).status).toBe(403)
    for (const email of [PRINCIPAL, VP, 'admin@haugiang.test', TEACHER]) {
      expect(
        (await t.api.rest('DELETE', `/grade-corrections/${decided.id}`, { token: await t.api.login(email) })).status,
        email,
      ).toBe(403)
    }
    await expect(
      t.payload.update({
        collection: 'grade-corrections',
        id: decided.id,
        data: { status: 'rejected', decisionNote: 'x' },
        user: await userByEmail(t.payload, PRINCIPAL),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('the principal rejects with a note; the grade stays; a rejection needs a note', async () => {
    const grade = (await lockedGrades())[8]!
    const request = await ask(TEACHER, {
      grade: grade.id,
      field: 'midterm',
      newValue: '1',
      reason: 'Học sinh phúc khảo.',
    })
    expect((await decide(PRINCIPAL, request.body.doc.id, { status: 'rejected' })).status).toBe(400)
    const res = await decide(PRINCIPAL, request.body.doc.id, { status: 'rejected', decisionNote: 'Không đủ căn cứ.' })
    expect(res.status).toBe(200)
    expect((await t.payload.findByID({ collection: 'grades', id: grade.id, depth: 0 })).midterm).toBe(grade.midterm)
  })

  it('teachers, the gradebook administrator and the facilities vice principal cannot decide', async () => {
    const pending = (
      await t.payload.find({ collection: 'grade-corrections', where: { status: { equals: 'pending' } }, limit: 1 })
    ).docs[0]!
    for (const email of [
      TEACHER,
      'gv.van@haugiang.test',
      'sodiem@haugiang.test',
      'pht.csvc@haugiang.test',
      'totruong.toan@haugiang.test',
    ]) {
      const res = await decide(email, pending.id, { status: 'approved', decisionNote: 'OK' })
      expect(res.status, email).toBe(403)
    }
    const gql = await t.api.graphql(
      `mutation { updateGradeCorrection(id: ${pending.id}, data: { status: approved, decisionNote: "OK" }) { id } }`,
      { token: await t.api.login(TEACHER) },
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await t.payload.findByID({ collection: 'grade-corrections', id: pending.id })).status).toBe('pending')
  })

  it('two-person rule: a requester holding a deciding role still cannot decide their own request', async () => {
    // The principal also teaches Toán in 7A2 for this test: requester and decider would be one person.
    const principal = await userByEmail(t.payload, PRINCIPAL)
    const assignment = await t.payload.create({
      collection: 'teaching-assignments',
      data: { teacher: principal.id, class: ids.c7A2, subject: ids.toan },
    })
    try {
      const grade = (await lockedGrades())[9]!
      const token = await t.api.login(PRINCIPAL)
      const request = await t.api.rest('POST', '/grade-corrections', {
        token,
        body: { grade: grade.id, field: 'final', newValue: '2', reason: 'Tự đề nghị để thử.' },
      })
      expect(request.status, JSON.stringify(request.body)).toBe(201)
      expect(
        (
          await t.api.rest('PATCH', `/grade-corrections/${request.body.doc.id}`, {
            token,
            body: { status: 'approved', decisionNote: 'Tự duyệt.' },
          })
        ).status,
      ).toBe(403)
      const bulk = await t.api.rest('PATCH', '/grade-corrections', {
        token,
        query: { where: { id: { equals: request.body.doc.id } } },
        body: { status: 'approved', decisionNote: 'Tự duyệt.' },
      })
      expect(bulk.body.docs ?? []).toHaveLength(0)
      await expect(
        t.payload.update({
          collection: 'grade-corrections',
          id: request.body.doc.id,
          data: { status: 'approved', decisionNote: 'x' },
          user: principal,
        }),
      ).rejects.toThrow(/chính mình/)
      expect((await t.payload.findByID({ collection: 'grades', id: grade.id, depth: 0 })).final).toBe(grade.final)
      // Someone else may decide it.
      expect((await decide(VP, request.body.doc.id, { status: 'rejected', decisionNote: 'Không.' })).status).toBe(200)
    } finally {
      await t.payload.delete({ collection: 'teaching-assignments', id: assignment.id })
    }
  })
})

describe('who reads corrections', () => {
  it('the requester, leadership, the gradebook administrator and the subject’s department head; not other teachers', async () => {
    const total = (await t.payload.count({ collection: 'grade-corrections' })).totalDocs
    for (const email of [VP, PRINCIPAL, 'sodiem@haugiang.test', 'totruong.toan@haugiang.test']) {
      const res = await t.api.rest('GET', '/grade-corrections', {
        token: await t.api.login(email),
        query: { limit: 1 },
      })
      expect(res.body.totalDocs, email).toBe(total)
    }
    const mine = await t.api.rest('GET', '/grade-corrections', {
      token: await t.api.login(TEACHER),
      query: { limit: 1 },
    })
    expect(mine.body.totalDocs).toBe(
      (await t.payload.count({ collection: 'grade-corrections', where: { 'requestedBy.email': { equals: TEACHER } } }))
        .totalDocs,
    )
    for (const email of ['gv.van@haugiang.test', 'totruong.xahoi@haugiang.test', 'vanthu@haugiang.test']) {
      const res = await t.api.rest('GET', '/grade-corrections', {
        token: await t.api.login(email),
        query: { where: { newValue: { exists: true } } },
      })
      expect(res.status === 403 || res.body.totalDocs === 0, email).toBe(true)
    }
  })
})
