import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
let hr: string
let teacherId: number
let yearId: number
const errorPath = (body: any) => body?.errors?.[0]?.data?.errors?.[0]?.path
const allRatings = (rating: string, except: number[] = []) =>
  Object.fromEntries(
    Array.from({ length: 15 }, (_, i) => i + 1)
      .filter((c) => !except.includes(c))
      .map((c) => [`c${c}`, rating]),
  )

beforeAll(async () => {
  t = await bootPayload()
  hr = await t.api.login('nhansu@haugiang.test')
  teacherId = (await userByEmail(t.payload, 'gv.toan@haugiang.test')).id
  yearId = (await t.payload.find({ collection: 'school-years', where: { name: { equals: '2026-2027' } } })).docs[0]!.id
})
afterAll(() => shutdownPayload(t))

describe('staff profiles', () => {
  let profileId: number
  beforeAll(async () => {
    const existing = await t.payload.find({ collection: 'staff-profiles', where: { user: { equals: teacherId } } })
    profileId =
      existing.docs[0]?.id ??
      (
        await t.api.rest('POST', '/staff-profiles', {
          token: hr,
          body: { user: teacherId, fullName: 'Giáo viên Toán', position: 'Giáo viên', citizenId: '079000000001' },
        })
      ).body.doc.id
  })

  it('each staff member reads their own profile only and cannot change it', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const list = await t.api.rest('GET', '/staff-profiles', { token, query: { depth: 0 } })
    expect(list.body.docs.map((d: any) => d.id)).toEqual([profileId])
    expect(
      (await t.api.rest('PATCH', `/staff-profiles/${profileId}`, { token, body: { position: 'Hiệu trưởng' } })).status,
    ).toBe(403)
    const other = await t.api.login('gv.van@haugiang.test')
    expect((await t.api.rest('GET', `/staff-profiles/${profileId}`, { token: other })).status).toBe(404)
    const gql = await t.api.graphql('{ StaffProfiles { docs { id citizenId } } }', { token: other })
    expect(gql.body.data.StaffProfiles.docs.map((d: any) => d.id)).not.toContain(profileId)
  })

  it('the HR officer keeps them, the principal reads all, nobody deletes', async () => {
    expect(
      (
        await t.api.rest('PATCH', `/staff-profiles/${profileId}`, {
          token: hr,
          body: { rank: 'Giáo viên THCS hạng II' },
        })
      ).status,
    ).toBe(200)
    const principal = await t.api.login('hieutruong@haugiang.test')
    expect((await t.api.rest('GET', `/staff-profiles/${profileId}`, { token: principal })).body.rank).toBe(
      'Giáo viên THCS hạng II',
    )
    expect(
      (await t.api.rest('PATCH', `/staff-profiles/${profileId}`, { token: principal, body: { rank: 'x' } })).status,
    ).toBe(403)
    expect((await t.api.rest('DELETE', `/staff-profiles/${profileId}`, { token: hr })).status).toBe(403)
  })
})

describe('staff evaluations: self-assessment → department → principal', () => {
  let id: number
  const stored = () => t.payload.findByID({ collection: 'staff-evaluations', id, depth: 0 })

  beforeAll(async () => {
    await t.payload.delete({
      collection: 'staff-evaluations',
      where: { and: [{ staff: { equals: teacherId } }, { schoolYear: { equals: yearId } }] },
    })
    const res = await t.api.rest('POST', '/staff-evaluations', {
      token: hr,
      body: { staff: teacherId, schoolYear: yearId, status: 'finalised', overallRating: 'tot' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    id = res.body.doc.id
  })

  it('opens at self-assessment whatever the body says, with no typed overall rating', async () => {
    const doc = await stored()
    expect(doc.status).toBe('self-assessment')
    expect(doc.overallRating ?? null).toBeNull()
    const dup = await t.api.rest('POST', '/staff-evaluations', {
      token: hr,
      body: { staff: teacherId, schoolYear: yearId },
    })
    expect(dup.status).toBe(400)
  })

  it('refuses to submit with a criterion missing: 400 naming it, nothing written', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const res = await t.api.rest('PATCH', `/staff-evaluations/${id}`, {
      token,
      body: { ratings: allRatings('tot', [9]), status: 'department-review' },
    })
    expect(res.status).toBe(400)
    expect(errorPath(res.body)).toBe('ratings.c9')
    const doc = await stored()
    expect(doc.status).toBe('self-assessment')
    expect(doc.ratings?.c1 ?? null).toBeNull()
  })

  it('the teacher submits a complete self-assessment; the overall rating is computed; then it leaves their hands', async () => {
    const token = await t.api.login('gv.toan@haugiang.test')
    const ratings = { ...allRatings('tot'), c1: 'kha', c2: 'kha' }
    const res = await t.api.rest('PATCH', `/staff-evaluations/${id}`, {
      token,
      body: { ratings, selfComment: 'Hoàn thành tốt', status: 'department-review', classification: 'excellent' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const doc = await stored()
    expect([doc.status, doc.overallRating, doc.classification ?? null]).toEqual(['department-review', 'tot', null])
    expect((await t.api.rest('GET', `/staff-evaluations/${id}`, { token })).status).toBe(404)
    expect((await t.api.rest('PATCH', `/staff-evaluations/${id}`, { token, body: { selfComment: 'x' } })).status).toBe(
      403,
    )
  })

  it('the department head gives input and passes it on; another teacher sees nothing', async () => {
    const other = await t.api.login('gv.van@haugiang.test')
    expect((await t.api.rest('GET', `/staff-evaluations/${id}`, { token: other })).status).toBe(404)
    const head = await t.api.login('totruong.toan@haugiang.test')
    const finalise = await t.api.rest('PATCH', `/staff-evaluations/${id}`, {
      token: head,
      body: { status: 'finalised' },
    })
    expect(finalise.status).toBe(400)
    expect(errorPath(finalise.body)).toBe('status')
    const res = await t.api.rest('PATCH', `/staff-evaluations/${id}`, {
      token: head,
      body: {
        departmentHeadComment: 'Đồng ý, tiêu chí 3 cần minh chứng thêm',
        ratings: { c3: 'kha' },
        status: 'principal-review',
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const doc = await stored()
    expect([doc.status, doc.ratings?.c3, doc.overallRating]).toEqual(['principal-review', 'kha', 'kha'])
  })

  it('the principal approves only with a classification; the teacher then reads the result', async () => {
    const principal = await t.api.login('hieutruong@haugiang.test')
    const without = await t.api.rest('PATCH', `/staff-evaluations/${id}`, {
      token: principal,
      body: { status: 'finalised' },
    })
    expect(without.status).toBe(400)
    expect(errorPath(without.body)).toBe('classification')
    const res = await t.api.rest('PATCH', `/staff-evaluations/${id}`, {
      token: principal,
      body: { status: 'finalised', classification: 'good', ratings: { c3: 'tot' } },
    })
    expect(res.status).toBe(200)
    const principalId = (await userByEmail(t.payload, 'hieutruong@haugiang.test')).id
    const doc = await stored()
    expect([doc.status, doc.classification, doc.approvedBy, doc.ratings?.c3]).toEqual([
      'finalised',
      'good',
      principalId,
      'kha',
    ])
    const token = await t.api.login('gv.toan@haugiang.test')
    const own = await t.api.graphql(`{ StaffEvaluation(id: ${id}) { status overallRating classification } }`, { token })
    expect(own.body.data.StaffEvaluation).toEqual({ status: 'finalised', overallRating: 'kha', classification: 'good' })
    // Finalised: nobody changes it any more, not even HR.
    await t.api.rest('PATCH', `/staff-evaluations/${id}`, {
      token: hr,
      body: { classification: 'excellent', status: 'self-assessment' },
    })
    expect((await stored()).classification).toBe('good')
  })
})
