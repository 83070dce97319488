import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WRONG_CREDENTIALS } from '@/lib/auth/limits'

import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
const EMAIL = 'kiemthu.dangnhap@haugiang.test'
const OTHER = 'kiemthu.dangnhap2@haugiang.test'
const PASSWORD = 'KiemThu@2026-a'
let accountId: number
let otherId: number

const execute = (query: ReturnType<typeof sql>) =>
  (t.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: any[] }> } }).drizzle.execute(query)

/** Each test speaks from its own address, so the address limits of one do not touch another. */
let nextAddress = 1
const freshIp = () => `198.51.100.${nextAddress++}`

const login = (email: string, password: string, ip: string) =>
  t.api.rest('POST', '/users/login', { body: { email, password }, headers: { 'X-Forwarded-For': ip } })

const makeAccount = async (email: string) =>
  (
    await t.payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, fullName: 'Tài khoản kiểm thử', roles: ['teacher'] },
      overrideAccess: true,
    })
  ).id as number

const unlock = async (id: number) => {
  await t.payload.db.updateOne({ collection: 'users', id, data: { lockUntil: null, loginAttempts: 0 } })
  await execute(sql`delete from rate_limits where key like 'login-account:kiemthu.%' or key like 'reset-%'`)
}

const eventsOf = async (id: number) =>
  (
    await t.payload.find({
      collection: 'sign-in-events',
      where: { user: { equals: id } },
      sort: '-createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  t = await bootPayload()
  accountId = await makeAccount(EMAIL)
  otherId = await makeAccount(OTHER)
})

afterAll(async () => {
  if (t) {
    await t.payload.delete({ collection: 'sign-in-events', where: { user: { in: [accountId, otherId] } } })
    await t.payload.delete({ collection: 'users', where: { id: { in: [accountId, otherId] } } })
    await execute(sql`delete from rate_limits where key like 'login-%' or key like 'reset-%'`)
  }
  await shutdownPayload(t)
})

describe('finding 8: login gives nothing away', () => {
  it('an unknown account, a wrong password and a locked account get the same 401 and message', async () => {
    const unknown = await login('khongco.ai@haugiang.test', 'SaiMatKhau@123', freshIp())
    const wrong = await login(EMAIL, 'SaiMatKhau@123', freshIp())
    await t.payload.db.updateOne({
      collection: 'users',
      id: accountId,
      data: { lockUntil: new Date(Date.now() + 600_000).toISOString(), loginAttempts: 5 },
    })
    const locked = await login(EMAIL, PASSWORD, freshIp())
    await unlock(accountId)
    for (const answer of [unknown, wrong, locked]) {
      expect(answer.status).toBe(401)
      expect(answer.body.errors[0].message).toBe(WRONG_CREDENTIALS)
    }
    expect(JSON.stringify(locked.body)).not.toMatch(/lock|khoá|khóa/i)
    expect((await login(EMAIL, PASSWORD, freshIp())).status).toBe(200)
  })

  it('GraphQL loginUser gives the same message for an unknown account', async () => {
    const { body } = await t.api.graphql(
      `mutation { loginUser(email: "khongco.ai2@haugiang.test", password: "SaiMatKhau@123") { token } }`,
    )
    expect(body.errors[0].message).toBe(WRONG_CREDENTIALS)
  })

  it('failures from one address are limited: 429 with Retry-After, even for a right password', async () => {
    const ip = freshIp()
    for (let i = 0; i < 10; i++) {
      expect((await login(`khongco${i}@haugiang.test`, 'SaiMatKhau@123', ip)).status).toBe(401)
    }
    const refused = await t.api.rest('POST', '/users/login', {
      body: { email: OTHER, password: PASSWORD },
      headers: { 'X-Forwarded-For': ip },
    })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Quá nhiều lần thử/)
    // the Retry-After header: the raw handler's response
    const { REST_POST } = await import('@payloadcms/next/routes')
    const raw = await REST_POST(t.payload.config)(
      new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
        body: JSON.stringify({ email: OTHER, password: PASSWORD }),
      }),
      { params: Promise.resolve({ slug: ['users', 'login'] }) },
    )
    expect(raw.status).toBe(429)
    expect(Number(raw.headers.get('Retry-After'))).toBeGreaterThan(0)
    // another address is not affected
    expect((await login(OTHER, PASSWORD, freshIp())).status).toBe(200)
  })

  it('the address waits longer at each new block (exponential back-off)', async () => {
    const ip = freshIp()
    for (let i = 0; i < 10; i++) await login(`khongco${i}@haugiang.test`, 'SaiMatKhau@123', ip)
    const first = await execute(
      sql`select blocked_until - now() as wait, strikes from rate_limits where key = ${`login-ip:${ip}`}`,
    )
    expect(first.rows[0].strikes).toBe(1)
    // the block ends; ten more failures block it again, for twice as long
    await execute(
      sql`update rate_limits set blocked_until = now() - interval '1 second' where key = ${`login-ip:${ip}`}`,
    )
    for (let i = 0; i < 10; i++) await login(`khongco${i}@haugiang.test`, 'SaiMatKhau@123', ip)
    const second = await execute(
      sql`select extract(epoch from blocked_until - now()) as seconds, strikes from rate_limits where key = ${`login-ip:${ip}`}`,
    )
    expect(second.rows[0].strikes).toBe(2)
    expect(Number(second.rows[0].seconds)).toBeGreaterThan(60)
  })

  it('failures on one account from many addresses are limited too (429)', async () => {
    for (let i = 0; i < 10; i++) expect((await login(OTHER, 'SaiMatKhau@123', freshIp())).status).toBe(401)
    const refused = await login(OTHER, PASSWORD, freshIp())
    expect(refused.status).toBe(429)
    await unlock(otherId)
    expect((await login(OTHER, PASSWORD, freshIp())).status).toBe(200)
  })

  it('forgot-password answers the same 200 for a known and an unknown e-mail, even with no mail server', async () => {
    const known = await t.api.rest('POST', '/users/forgot-password', {
      body: { email: EMAIL },
      headers: { 'X-Forwarded-For': freshIp() },
    })
    const unknown = await t.api.rest('POST', '/users/forgot-password', {
      body: { email: 'khongco.ai@haugiang.test' },
      headers: { 'X-Forwarded-For': freshIp() },
    })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(known.body).toEqual(unknown.body)
  })

  it('forgot-password is limited per address (429)', async () => {
    const ip = freshIp()
    const answers = []
    for (let i = 0; i < 6; i++) {
      answers.push(
        (
          await t.api.rest('POST', '/users/forgot-password', {
            body: { email: `khongco${i}@haugiang.test` },
            headers: { 'X-Forwarded-For': ip },
          })
        ).status,
      )
    }
    expect(answers).toEqual([200, 200, 200, 200, 200, 429])
  })

  it('a password set with a reset token follows the password policy', async () => {
    await unlock(accountId)
    const asked = await t.api.rest('POST', '/users/forgot-password', {
      body: { email: EMAIL },
      headers: { 'X-Forwarded-For': freshIp() },
    })
    expect(asked.status).toBe(200)
    const stored = (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: accountId } } })) as {
      resetPasswordToken?: string
    }
    const weak = await t.api.rest('POST', '/users/reset-password', {
      body: { token: stored.resetPasswordToken, password: 'ngan' },
    })
    expect(weak.status).toBe(400)
    expect((await login(EMAIL, PASSWORD, freshIp())).status).toBe(200)
  })
})

describe('finding 9: credentials', () => {
  it('a password change needs the current password (REST and GraphQL)', async () => {
    const token = (await login(EMAIL, PASSWORD, freshIp())).body.token
    const none = await t.api.rest('PATCH', `/users/${accountId}`, { token, body: { password: 'MatKhauMoi@2026' } })
    expect(none.status).toBe(403)
    expect(none.body.errors[0].message).toMatch(/Mật khẩu hiện tại/)
    const wrong = await t.api.rest('PATCH', `/users/${accountId}`, {
      token,
      body: { password: 'MatKhauMoi@2026', currentPassword: 'KhongPhai@2026' },
    })
    expect(wrong.status).toBe(403)
    const { body } = await t.api.graphql(
      `mutation { updateUser(id: ${accountId}, data: { password: "MatKhauMoi@2026" }) { id } }`,
      { token },
    )
    expect(body.errors?.[0]?.message).toMatch(/Mật khẩu hiện tại/)
    expect((await login(EMAIL, 'MatKhauMoi@2026', freshIp())).status).toBe(401)
  })

  it('a password change ends the other sessions: tokens issued before it stop working', async () => {
    const older = (await login(EMAIL, PASSWORD, freshIp())).body.token
    const current = (await login(EMAIL, PASSWORD, freshIp())).body.token
    expect((await t.api.rest('GET', '/users/me', { token: older })).body.user?.id).toBe(accountId)
    const changed = await t.api.rest('PATCH', `/users/${accountId}`, {
      token: current,
      body: { password: 'MatKhauMoi@2026', currentPassword: PASSWORD },
    })
    expect(changed.status).toBe(200)
    expect((await t.api.rest('GET', '/users/me', { token: older })).body.user).toBeNull()
    expect((await t.api.rest('GET', '/articles', { token: older })).body.docs?.length ?? 0).toBeGreaterThanOrEqual(0)
    expect((await t.api.rest('GET', '/users/me', { token: current })).body.user?.id).toBe(accountId)
    expect((await login(EMAIL, 'MatKhauMoi@2026', freshIp())).status).toBe(200)
    // back to the first password, as a manager sets it (no current password needed, all sessions end)
    const principal = await t.api.login('hieutruong@haugiang.test')
    expect(
      (await t.api.rest('PATCH', `/users/${accountId}`, { token: principal, body: { password: PASSWORD } })).status,
    ).toBe(200)
    expect((await t.api.rest('GET', '/users/me', { token: current })).body.user).toBeNull()
  })

  it('wrong current passwords are limited per account: 429 with Retry-After, even for the right one', async () => {
    // another account than the file's: this one stays blocked for the rest of the file
    const teacher = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    const token = await t.api.login(teacher.email)
    const attempt = { password: 'MatKhauMoi@2026', currentPassword: DEMO_PASSWORD }
    const change = (currentPassword: string) =>
      t.api.rest('PATCH', `/users/${teacher.id}`, { token, body: { ...attempt, currentPassword } })
    for (let guess = 1; guess <= 5; guess++) expect((await change(`Doan${guess}@2026`)).status).toBe(403)
    const refused = await change(DEMO_PASSWORD)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Quá nhiều lần thử/)
    const { body } = await t.api.graphql(
      `mutation { updateUser(id: ${teacher.id}, data: { password: "${attempt.password}", currentPassword: "${DEMO_PASSWORD}" }) { id } }`,
      { token },
    )
    expect(body.errors?.[0]?.message).toMatch(/Quá nhiều lần thử/)
    const { REST_PATCH } = await import('@payloadcms/next/routes')
    const raw = await REST_PATCH(t.payload.config)(
      new Request(`http://localhost:3000/api/users/${teacher.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify(attempt),
      }),
      { params: Promise.resolve({ slug: ['users', String(teacher.id)] }) },
    )
    expect(raw.status).toBe(429)
    expect(Number(raw.headers.get('Retry-After'))).toBeGreaterThan(0)
    // nothing changed, and signing in is not what is limited
    expect((await login(teacher.email, DEMO_PASSWORD, freshIp())).status).toBe(200)
  })

  it('a user cannot change their own e-mail; the principal can', async () => {
    const token = (await login(EMAIL, PASSWORD, freshIp())).body.token
    const own = await t.api.rest('PATCH', `/users/${accountId}`, { token, body: { email: 'ke.gian@haugiang.test' } })
    expect(own.status).toBe(403)
    const { body } = await t.api.graphql(
      `mutation { updateUser(id: ${accountId}, data: { email: "ke.gian@haugiang.test" }) { id } }`,
      { token },
    )
    expect(body.errors?.length).toBeGreaterThan(0)
    const user = await userByEmail(t.payload, EMAIL)
    await expect(
      t.payload.update({
        collection: 'users',
        id: accountId,
        data: { email: 'ke.gian@haugiang.test' },
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await userByEmail(t.payload, EMAIL)).id).toBe(accountId)

    const principal = await t.api.login('hieutruong@haugiang.test')
    const moved = await t.api.rest('PATCH', `/users/${accountId}`, {
      token: principal,
      body: { email: 'kiemthu.dangnhap.moi@haugiang.test' },
    })
    expect(moved.status).toBe(200)
    await t.api.rest('PATCH', `/users/${accountId}`, { token: principal, body: { email: EMAIL } })
    expect((await userByEmail(t.payload, EMAIL)).id).toBe(accountId)
  })

  it('an expired password (over 180 days) must be changed before anything else', async () => {
    const token = (await login(EMAIL, PASSWORD, freshIp())).body.token
    const old = new Date(Date.now() - 200 * 24 * 3600 * 1000).toISOString()
    // straight to the database: an update through Payload would count as a password change
    await t.payload.db.updateOne({ collection: 'users', id: accountId, data: { passwordChangedAt: old } })
    const refused = await t.api.rest('GET', '/articles', { token })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/180 ngày/)
    const { body } = await t.api.graphql(`{ Articles { totalDocs } }`, { token })
    expect(body.errors?.[0]?.message).toMatch(/180 ngày/)
    // reading one's own account and changing the password are allowed
    expect((await t.api.rest('GET', `/users/${accountId}`, { token })).status).toBe(200)
    expect((await t.api.rest('GET', '/users/me', { token })).body.user?.id).toBe(accountId)
    const changed = await t.api.rest('PATCH', `/users/${accountId}`, {
      token,
      body: { password: 'MatKhauMoi@2026', currentPassword: PASSWORD },
    })
    expect(changed.status).toBe(200)
    expect((await t.api.rest('GET', '/articles', { token })).status).toBe(200)
    await t.payload.update({ collection: 'users', id: accountId, data: { password: PASSWORD }, overrideAccess: true })
  })
})

describe('sign-in events (regulation A4)', () => {
  it('success, failure, lock-out, password change and sign-out are recorded with time and address', async () => {
    await unlock(accountId)
    const ip = freshIp()
    for (let i = 0; i < 5; i++) await login(EMAIL, 'SaiMatKhau@123', ip)
    await unlock(accountId)
    const token = (await login(EMAIL, PASSWORD, ip)).body.token
    expect((await t.api.rest('POST', '/users/logout', { token })).status).toBe(200)
    const events = await eventsOf(accountId)
    const kinds = new Set(events.map((event) => event.event))
    for (const kind of ['success', 'failure', 'lockout', 'password-change', 'sign-out']) expect(kinds).toContain(kind)
    const fromIp = events.filter((event) => event.ip === ip)
    expect(fromIp.length).toBeGreaterThanOrEqual(7)
    expect(events.every((event) => event.createdAt)).toBe(true)
  })

  it('nobody writes sign-in events through any API; only the principal and sysadmin read them', async () => {
    const principal = await t.api.login('hieutruong@haugiang.test')
    const admin = await t.api.login('admin@haugiang.test')
    const teacher = await t.api.login('gv.toan@haugiang.test')
    expect((await t.api.rest('GET', '/sign-in-events', { token: teacher })).body.docs ?? []).toEqual([])
    expect((await t.api.rest('GET', '/sign-in-events', { token: principal })).body.totalDocs).toBeGreaterThan(0)
    const [first] = (await t.api.rest('GET', '/sign-in-events', { token: admin, query: { limit: 1 } })).body.docs
    for (const token of [principal, admin]) {
      const created = await t.api.rest('POST', '/sign-in-events', { token, body: { event: 'success', ip: '1.2.3.4' } })
      expect(created.status).toBe(403)
      expect(
        (await t.api.rest('PATCH', `/sign-in-events/${first.id}`, { token, body: { ip: '1.2.3.4' } })).status,
      ).toBe(403)
      expect((await t.api.rest('DELETE', `/sign-in-events/${first.id}`, { token })).status).toBe(403)
      const { body } = await t.api.graphql(`mutation { deleteSignInEvent(id: ${first.id}) { id } }`, { token })
      expect(body.errors?.length).toBeGreaterThan(0)
    }
    const user = await userByEmail(t.payload, 'hieutruong@haugiang.test')
    await expect(
      t.payload.create({ collection: 'sign-in-events', data: { event: 'success' }, user, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it("the security report shows each account's sign-in history to the principal", async () => {
    const principal = await t.api.login('hieutruong@haugiang.test')
    const { status, body } = await t.api.rest('GET', '/users/security-report', { token: principal })
    expect(status).toBe(200)
    const row = body.docs.find((doc: { id: number }) => doc.id === accountId)
    expect(row.recentSignIns.length).toBeGreaterThan(0)
    expect(row.recentSignIns[0]).toHaveProperty('ip')
    const history = await t.api.rest('GET', '/users/security-report', { token: principal, query: { user: accountId } })
    expect(history.body.signIns.length).toBeGreaterThanOrEqual(7)
    const teacher = await t.api.login('gv.toan@haugiang.test')
    expect(
      (await t.api.rest('GET', '/users/security-report', { token: teacher, query: { user: accountId } })).status,
    ).toBe(403)
  })
})

it('demo password still works for demo accounts (nothing here changed them)', async () => {
  expect((await login('gv.van@haugiang.test', DEMO_PASSWORD, freshIp())).status).toBe(200)
})

describe('finding 11: cookie-authenticated writes from another origin', () => {
  const multipartPost = async (origin: string, token: string) => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const form = new FormData()
    form.set('_payload', JSON.stringify({ title: `CSRF ${origin} ${Date.now()}` }))
    return REST_POST(t.payload.config)(
      new Request('http://localhost:3000/api/articles?draft=true', {
        method: 'POST',
        headers: { Cookie: `payload-token=${token}`, Origin: origin },
        body: form,
      }),
      { params: Promise.resolve({ slug: ['articles'] }) },
    )
  }

  it('a foreign Origin is refused, the app’s own origin passes', async () => {
    const token = (await login('gv.toan@haugiang.test', DEMO_PASSWORD, freshIp())).body.token
    const foreign = await multipartPost('https://ke-gian.example', token)
    expect([401, 403]).toContain(foreign.status)
    const own = await multipartPost('http://localhost:3000', token)
    expect(own.status).toBe(201)
    const { doc } = await own.json()
    await t.payload.delete({ collection: 'articles', id: doc.id })
  })
})
