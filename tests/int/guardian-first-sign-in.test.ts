import { sql } from '@payloadcms/db-postgres/drizzle'
import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeGateway } from '../helpers/fakeGateway'
import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext } from '../helpers/payload'

/**
 * A guardian's first sign-in by phone, before any account exists, through the REST handlers: the
 * phone the school recorded on the current students' guardian entries receives a code; the right
 * code makes the account (placeholder e-mail and password) with links to those students, pending
 * until the school confirms them, so the portal shows no child before; a known and an unknown phone
 * get the same answers; 5 wrong codes lock the phone; the guardians' password sign-in is limited
 * per address (429 with Retry-After).
 */
let t: TestContext
const sms = await startFakeGateway({ ok: true })
const CLERK = 'vanthu@haugiang.test'
// The demo school's phones are all 09…: these 03… numbers are the test's own.
const MOTHER = { name: 'Nguyễn Thị Thử', phone: '0351234567', international: '84351234567' }
const LOCKED = { name: 'Võ Thị Khoá', phone: '0351234569', international: '84351234569' }
const SHARED = '0351234568' // on two entries with different names: signs nobody in
const UNKNOWN = '0351234599'
const ids = { childA: 0, childB: 0, shared1: 0, shared2: 0, formerPupil: 0, guardian: 0 }
let clientNo = 0
/** Each test comes from its own address, so that the per-address limits of one do not touch another. */
const from = () => ({ 'x-forwarded-for': `203.0.113.${++clientNo}` })

const db = () => (t.payload.db as any).drizzle as { execute: (q: unknown) => Promise<{ rows: any[] }> }
const requestCode = (phone: string, headers = from()) =>
  t.api.rest('POST', '/guardians/request-code', { body: { phone }, headers })
const loginCode = (phone: string, code: string, headers = from()) =>
  t.api.rest('POST', '/guardians/login-code', { body: { phone, code }, headers })
const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)?.[1] ?? ''
const smsCode = async (international: string, n: number) =>
  codeIn((await sms.waitFor((r) => r.body.to === international, n))[n - 1]!.body.text)
const sentTo = (international: string) => sms.requests.filter((r) => r.body.to === international).length
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))
const accountsWithPhone = async (phone: string) =>
  (await t.payload.find({ collection: 'guardians', where: { phone: { equals: phone } }, depth: 0 })).docs

/** Sets a guardian entry on a student (the rest of the record as seeded). */
const giveGuardian = async (studentId: number, name: string, phone: string, relationship = 'Mẹ') => {
  const student = await t.payload.findByID({ collection: 'students', id: studentId, depth: 0 })
  await t.payload.update({
    collection: 'students',
    id: studentId,
    data: { guardians: [...(student.guardians ?? []), { name, relationship, phone }] },
  })
}

beforeAll(async () => {
  process.env.SMS_GATEWAY_URL = sms.url
  process.env.SMS_GATEWAY_TOKEN = 'sms-secret'
  t = await bootPayload()
  const current = await t.payload.find({
    collection: 'students',
    where: { currentClass: { exists: true } },
    sort: 'studentCode',
    limit: 5,
    depth: 0,
  })
  const [a, b, s1, s2, l] = current.docs.map((s) => s.id)
  Object.assign(ids, { childA: a, childB: b, shared1: s1, shared2: s2 })
  // One mother of two pupils, her number typed two ways; a number the school wrote on two different people.
  await giveGuardian(ids.childA, MOTHER.name, '035 123 4567')
  await giveGuardian(ids.childB, ` ${MOTHER.name} `, '+84 35.123.4567')
  await giveGuardian(ids.shared1, 'Phạm Văn Chung', SHARED, 'Cha')
  await giveGuardian(ids.shared2, 'Đỗ Thị Chung', SHARED)
  await giveGuardian(l!, LOCKED.name, LOCKED.phone)
  // A pupil no longer in any class: the mother's number on that record links nothing.
  const former = await t.payload.create({
    collection: 'students',
    data: {
      studentCode: '7915009901',
      fullName: 'Học Sinh Đã Chuyển',
      dateOfBirth: '2013-01-02',
      gender: 'female',
      guardians: [{ name: MOTHER.name, relationship: 'Mẹ', phone: MOTHER.phone }],
    },
  })
  ids.formerPupil = former.id
})

afterAll(async () => {
  await shutdownPayload(t)
  await sms.close()
})

describe('first sign-in by phone (no account yet)', () => {
  it('a known, an unknown and a shared phone get the same answer; only the known one receives a code', async () => {
    const known = await requestCode(MOTHER.phone)
    const unknown = await requestCode(UNKNOWN)
    const shared = await requestCode(SHARED)
    expect(known.status).toBe(200)
    expect(unknown).toEqual(known)
    expect(shared).toEqual(known)
    const sent = await smsCode(MOTHER.international, 1)
    await settle()
    expect(sentTo(`84${UNKNOWN.slice(1)}`)).toBe(0)
    expect(sentTo(`84${SHARED.slice(1)}`)).toBe(0)
    // Only a keyed hash waits, keyed by the phone; no account yet.
    const { rows } = await db().execute(sql`select * from guardian_pending_codes where phone = ${MOTHER.phone}`)
    expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await accountsWithPhone(MOTHER.phone)).toHaveLength(0)
    // A wrong code, an unknown phone and a shared phone: the same 401.
    const wrongs = [await loginCode(MOTHER.phone, sent === '000000' ? '111111' : '000000')]
    wrongs.push(await loginCode(UNKNOWN, '123456'))
    wrongs.push(await loginCode(SHARED, '123456'))
    for (const wrong of wrongs) {
      expect(wrong.status).toBe(401)
      expect(wrong.body).toEqual(wrongs[0]!.body)
    }
    expect(await accountsWithPhone(SHARED)).toHaveLength(0)
  })

  it('the right code makes the account, links pending, and the portal shows no child yet', async () => {
    await db().execute(sql`delete from rate_limits where key like 'code-request-phone:%'`)
    await requestCode(MOTHER.phone)
    const code = await smsCode(MOTHER.international, 2) // the newer code replaced the first
    const res = await loginCode(MOTHER.phone, code)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const token = res.body.token as string
    const [account, ...others] = await accountsWithPhone(MOTHER.phone)
    expect(others).toHaveLength(0)
    ids.guardian = account!.id
    expect(res.body.user).toMatchObject({ id: account!.id, collection: 'guardians', fullName: MOTHER.name })
    expect(account).toMatchObject({ fullName: MOTHER.name, preferredChannel: 'sms', active: true })
    expect(account!.email).toMatch(/@chua-co-thu\.invalid$/)
    const links = await t.payload.find({
      collection: 'guardian-links',
      where: { guardian: { equals: account!.id } },
      depth: 0,
      sort: 'student',
    })
    expect(links.docs.map((l) => [l.student, l.status, l.relationship])).toEqual(
      [ids.childA, ids.childB].sort((x, y) => x - y).map((id) => [id, 'pending', 'Mẹ']),
    )
    expect(links.docs.every((l) => l.decidedBy == null && typeof l.guardianEntry === 'string')).toBe(true)
    // Nothing of the children until the school confirms.
    expect((await t.api.rest('GET', '/guardians/children', { token })).body.docs).toEqual([])
    expect((await t.api.rest('GET', `/guardians/children/${ids.childA}`, { token })).status).toBe(404)
    // The same code again: refused; and the placeholder account never opens by password.
    expect((await loginCode(MOTHER.phone, code)).status).toBe(401)
    const byPassword = await t.api.rest('POST', '/guardians/login', {
      body: { email: account!.email, password: DEMO_PASSWORD },
      headers: from(),
    })
    expect(byPassword.status).toBe(401)
  })

  it('once the school confirms one link, the portal shows that child only', async () => {
    const clerk = await t.api.login(CLERK)
    const link = (
      await t.payload.find({
        collection: 'guardian-links',
        where: { and: [{ guardian: { equals: ids.guardian } }, { student: { equals: ids.childA } }] },
        depth: 0,
      })
    ).docs[0]!
    const confirmed = await t.api.rest('PATCH', `/guardian-links/${link.id}`, {
      token: clerk,
      body: { status: 'confirmed' },
    })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    // A later sign-in by code goes to the account now (no second account).
    await db().execute(sql`delete from rate_limits where key like 'code-request-phone:%'`)
    await requestCode(MOTHER.phone)
    const res = await loginCode(MOTHER.phone, await smsCode(MOTHER.international, 3))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.user.id).toBe(ids.guardian)
    expect(await accountsWithPhone(MOTHER.phone)).toHaveLength(1)
    const token = res.body.token as string
    const children = await t.api.rest('GET', '/guardians/children', { token })
    expect(children.body.docs.map((c: { id: number }) => c.id)).toEqual([ids.childA])
    expect((await t.api.rest('GET', `/guardians/children/${ids.childA}`, { token })).status).toBe(200)
    expect((await t.api.rest('GET', `/guardians/children/${ids.childB}`, { token })).status).toBe(404)
    expect((await t.api.rest('GET', `/guardians/children/${ids.formerPupil}`, { token })).status).toBe(404)
  })

  it("the school's invitation later reaches the same account and gives it the real address", async () => {
    const clerk = await t.api.login(CLERK)
    const student = await t.payload.findByID({ collection: 'students', id: ids.childB, depth: 0 })
    const entry = student.guardians!.find((g) => g.name.trim() === MOTHER.name)!
    const invited = await t.api.rest('POST', '/guardians/invite', {
      token: clerk,
      body: { student: ids.childB, guardianEntry: entry.id, email: 'thu.nguyen@example.test' },
    })
    expect(invited.status, JSON.stringify(invited.body)).toBe(201)
    expect(invited.body.guardian).toBe(ids.guardian)
    const account = await t.payload.findByID({ collection: 'guardians', id: ids.guardian, depth: 0 })
    expect(account.email).toBe('thu.nguyen@example.test')
    const link = await t.payload.find({
      collection: 'guardian-links',
      where: { and: [{ guardian: { equals: ids.guardian } }, { student: { equals: ids.childB } }] },
      depth: 0,
    })
    expect(link.docs[0]!.status).toBe('confirmed')
  })

  it('5 wrong codes lock the phone and spend its code: the right code is refused, no new code sent, no account', async () => {
    await requestCode(LOCKED.phone)
    const code = await smsCode(LOCKED.international, 1)
    const wrong = code === '000000' ? '111111' : '000000'
    const client = from()
    for (let i = 0; i < 5; i++) expect((await loginCode(LOCKED.phone, wrong, client)).status).toBe(401)
    const { rows } = await db().execute(sql`select * from guardian_pending_codes where phone = ${LOCKED.phone}`)
    expect(rows[0].code_hash).toBeNull()
    expect(new Date(rows[0].lock_until).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000)
    const right = await loginCode(LOCKED.phone, code)
    expect(right.status).toBe(401)
    expect(right.body.errors[0].message).toBe('Số điện thoại hoặc mã đăng nhập không đúng, hoặc mã đã hết hạn.')
    expect((await requestCode(LOCKED.phone)).status).toBe(200)
    await settle()
    expect(sentTo(LOCKED.international)).toBe(1)
    expect(await accountsWithPhone(LOCKED.phone)).toHaveLength(0)
  })
})

describe("guardians' password sign-in", () => {
  it('failures from one address are limited: 429 with Retry-After, even for a right password', async () => {
    const client = from()
    for (let i = 0; i < 10; i++) {
      const wrong = await t.api.rest('POST', '/guardians/login', {
        body: { email: `khongco${i}@example.test`, password: 'SaiMatKhau@123' },
        headers: client,
      })
      expect(wrong.status).toBe(401)
    }
    // The raw handler's response, for the Retry-After header.
    const raw = await REST_POST(t.payload.config)(
      new Request('http://localhost:3000/api/guardians/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi', ...client },
        body: JSON.stringify({ email: 'phuhuynh@haugiang.test', password: DEMO_PASSWORD }),
      }),
      { params: Promise.resolve({ slug: ['guardians', 'login'] }) },
    )
    expect(raw.status).toBe(429)
    expect(Number(raw.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await raw.json()).errors[0].message).toMatch(/Quá nhiều lần thử/)
    // Another address is not affected, nor are the staff at this one.
    const elsewhere = await t.api.rest('POST', '/guardians/login', {
      body: { email: 'phuhuynh@haugiang.test', password: DEMO_PASSWORD },
      headers: from(),
    })
    expect(elsewhere.status).toBe(200)
    const staff = await t.api.rest('POST', '/users/login', {
      body: { email: CLERK, password: DEMO_PASSWORD },
      headers: client,
    })
    expect(staff.status).toBe(200)
  })
})
