import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS } from '@/seed/data/people'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
beforeAll(async () => {
  t = await bootPayload()
})
afterAll(() => shutdownPayload(t))

const rolesOf = async (email: string) => (await userByEmail(t.payload, email)).roles

describe('demo accounts', () => {
  it('GET /api/users/me answers each demo account with its roles', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const token = await t.api.login(account.email)
      const { status, body } = await t.api.rest('GET', '/users/me', { token })
      expect(status, account.email).toBe(200)
      expect([...body.user.roles].sort(), account.email).toEqual([...account.roles].sort())
      if (account.viceArea) expect(body.user.viceArea).toBe(account.viceArea)
    }
  })
})

describe('nobody raises their own privileges', () => {
  const teacher = 'gv.toan@haugiang.test'

  it('REST: a teacher PATCHing their own roles is refused and nothing changes', async () => {
    const token = await t.api.login(teacher)
    const me = await userByEmail(t.payload, teacher)
    const { status, body } = await t.api.rest('PATCH', `/users/${me.id}`, { token, body: { roles: ['principal'] } })
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toMatch(/vai trò/)
    expect(await rolesOf(teacher)).toEqual(['teacher'])
  })

  it('REST: a teacher cannot set viceArea either', async () => {
    const token = await t.api.login(teacher)
    const me = await userByEmail(t.payload, teacher)
    const { status } = await t.api.rest('PATCH', `/users/${me.id}`, { token, body: { viceArea: 'academic' } })
    expect(status).toBe(403)
    expect((await userByEmail(t.payload, teacher)).viceArea ?? null).toBeNull()
  })

  it('REST: a bulk PATCH with a where matching oneself is refused', async () => {
    const token = await t.api.login(teacher)
    await t.api.rest('PATCH', '/users', {
      token,
      query: { where: { email: { equals: teacher } } },
      body: { roles: ['sysadmin'] },
    })
    expect(await rolesOf(teacher)).toEqual(['teacher'])
  })

  it('GraphQL: updateUser on oneself with new roles is refused', async () => {
    const token = await t.api.login(teacher)
    const me = await userByEmail(t.payload, teacher)
    const { body } = await t.api.graphql(
      `mutation { updateUser(id: ${me.id}, data: { roles: [principal, sysadmin] }) { id roles } }`,
      { token },
    )
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(await rolesOf(teacher)).toEqual(['teacher'])
  })

  it('Local API with overrideAccess: false refuses the same change', async () => {
    const user = await userByEmail(t.payload, teacher)
    await expect(
      t.payload.update({
        collection: 'users',
        id: user.id,
        data: { roles: ['principal'] },
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect(await rolesOf(teacher)).toEqual(['teacher'])
  })

  it('the principal cannot change their own roles, but can change another account', async () => {
    const principal = await userByEmail(t.payload, 'hieutruong@haugiang.test')
    const token = await t.api.login('hieutruong@haugiang.test')
    const own = await t.api.rest('PATCH', `/users/${principal.id}`, {
      token,
      body: { roles: ['principal', 'sysadmin'] },
    })
    expect(own.status).toBe(403)
    expect(await rolesOf('hieutruong@haugiang.test')).toEqual(['principal', 'editorial-board'])

    const librarian = await userByEmail(t.payload, 'thuvien@haugiang.test')
    const other = await t.api.rest('PATCH', `/users/${librarian.id}`, {
      token,
      body: { roles: ['librarian', 'teacher'] },
    })
    expect(other.status).toBe(200)
    expect(await rolesOf('thuvien@haugiang.test')).toEqual(['librarian', 'teacher'])
    await t.api.rest('PATCH', `/users/${librarian.id}`, { token, body: { roles: ['librarian'] } })
  })

  it('a teacher may change their own name and phone', async () => {
    const token = await t.api.login(teacher)
    const me = await userByEmail(t.payload, teacher)
    const { status } = await t.api.rest('PATCH', `/users/${me.id}`, { token, body: { phone: '0901234567' } })
    expect(status).toBe(200)
    expect((await userByEmail(t.payload, teacher)).phone).toBe('0901234567')
  })

  it('only sysadmin and principal create accounts', async () => {
    const data = { email: 'moi@haugiang.test', password: 'MatKhau2026x', fullName: 'Người Mới', roles: ['teacher'] }
    const teacherToken = await t.api.login(teacher)
    expect((await t.api.rest('POST', '/users', { token: teacherToken, body: data })).status).toBe(403)
    const gradebookToken = await t.api.login('sodiem@haugiang.test')
    expect((await t.api.rest('POST', '/users', { token: gradebookToken, body: data })).status).toBe(403)
    const adminToken = await t.api.login('admin@haugiang.test')
    const created = await t.api.rest('POST', '/users', { token: adminToken, body: data })
    expect(created.status).toBe(201)
    expect(created.body.doc.roles).toEqual(['teacher'])
  })
})

describe('private user fields', () => {
  it('a teacher reads colleagues’ names and roles, not their e-mail, phone or security fields', async () => {
    const token = await t.api.login('gv.van@haugiang.test')
    const { status, body } = await t.api.rest('GET', '/users', { token, query: { limit: 100 } })
    expect(status).toBe(200)
    const principal = body.docs.find((u: { fullName: string }) => u.fullName === 'Nguyễn Văn Hùng')
    expect(principal.roles).toContain('principal')
    expect(principal.email).toBeUndefined()
    expect(principal.lastLoginAt).toBeUndefined()
    const self = body.docs.find((u: { email?: string }) => u.email === 'gv.van@haugiang.test')
    expect(self).toBeDefined()
  })

  it('where and sort on a hidden e-mail do not reveal it', async () => {
    const token = await t.api.login('gv.van@haugiang.test')
    const probe = await t.api.rest('GET', '/users', {
      token,
      query: { where: { email: { like: 'hieutruong' } } },
    })
    const found = (probe.body.docs ?? []) as Array<{ fullName: string }>
    expect(found.some((u) => u.fullName === 'Nguyễn Văn Hùng')).toBe(false)

    const gql = await t.api.graphql(`{ Users(where: { email: { like: "hieutruong" } }) { docs { fullName email } } }`, {
      token,
    })
    const gqlDocs = (gql.body.data?.Users?.docs ?? []) as Array<{ fullName: string }>
    expect(gqlDocs.some((u) => u.fullName === 'Nguyễn Văn Hùng')).toBe(false)
  })

  it('the principal sees e-mails and the security report; a teacher does not', async () => {
    const principalToken = await t.api.login('hieutruong@haugiang.test')
    const report = await t.api.rest('GET', '/users/security-report', { token: principalToken })
    expect(report.status).toBe(200)
    const row = report.body.docs.find((r: { email: string }) => r.email === 'gv.van@haugiang.test')
    expect(row.lastLoginAt).toBeTruthy()
    expect(row.passwordAgeDays).toBe(0)
    const teacherToken = await t.api.login('gv.van@haugiang.test')
    expect((await t.api.rest('GET', '/users/security-report', { token: teacherToken })).status).toBe(403)
  })
})

describe('passwords and lock-out', () => {
  it('a weak password is refused server-side with a Vietnamese message naming the field', async () => {
    const token = await t.api.login('admin@haugiang.test')
    const { status, body } = await t.api.rest('POST', '/users', {
      token,
      body: { email: 'yeu@haugiang.test', password: 'abcdefghij', fullName: 'Mật Khẩu Yếu', roles: ['teacher'] },
    })
    expect(status).toBe(400)
    const errors = body.errors[0].data.errors
    expect(errors[0].path).toBe('password')
    expect(errors[0].message).toMatch(/chữ cái và chữ số/)
  })

  it('changing one’s password to a short one is refused too', async () => {
    const token = await t.api.login('gv.van@haugiang.test')
    const me = await userByEmail(t.payload, 'gv.van@haugiang.test')
    const { status } = await t.api.rest('PATCH', `/users/${me.id}`, {
      token,
      body: { password: 'ngan123', currentPassword: process.env.DEMO_PASSWORD || 'HauGiang@2026' },
    })
    expect(status).toBe(400)
  })

  it('wrong e-mail and wrong password get the same generic message', async () => {
    const wrongPassword = await t.api.rest('POST', '/users/login', {
      body: { email: 'gv.van@haugiang.test', password: 'SaiMatKhau123' },
    })
    const wrongEmail = await t.api.rest('POST', '/users/login', {
      body: { email: 'khongco@haugiang.test', password: 'SaiMatKhau123' },
    })
    expect(wrongPassword.status).toBe(401)
    expect(wrongEmail.status).toBe(401)
    expect(wrongPassword.body.errors[0].message).toBe(wrongEmail.body.errors[0].message)
    expect(wrongPassword.body.errors[0].message).toMatch(/[ăâđêôơưàảãáạ]/)
  })

  it('five failures lock the account for ten minutes, even with the right password', async () => {
    const adminToken = await t.api.login('admin@haugiang.test')
    const email = 'khoa.thu@haugiang.test'
    const password = 'DungMatKhau2026'
    await t.api.rest('POST', '/users', {
      token: adminToken,
      body: { email, password, fullName: 'Thử Khoá', roles: ['teacher'] },
    })
    for (let i = 0; i < 5; i++) {
      const attempt = await t.api.rest('POST', '/users/login', { body: { email, password: `Sai${i}MatKhau99` } })
      expect(attempt.status).toBe(401)
    }
    const locked = await t.api.rest('POST', '/users/login', { body: { email, password } })
    expect(locked.status).not.toBe(200)
    expect(locked.body.token).toBeUndefined()

    const report = await t.api.rest('GET', '/users/security-report', {
      token: await t.api.login('hieutruong@haugiang.test'),
    })
    const row = report.body.docs.find((r: { email: string }) => r.email === email)
    const minutes = (new Date(row.lockedUntil).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(9)
    expect(minutes).toBeLessThanOrEqual(10)
  })

  it('unlocking is for sysadmin and principal only', async () => {
    const teacherToken = await t.api.login('gv.van@haugiang.test')
    const refused = await t.api.rest('POST', '/users/unlock', {
      token: teacherToken,
      body: { email: 'khoa.thu@haugiang.test' },
    })
    expect(refused.status).toBe(403)
    const principalToken = await t.api.login('hieutruong@haugiang.test')
    const unlocked = await t.api.rest('POST', '/users/unlock', {
      token: principalToken,
      body: { email: 'khoa.thu@haugiang.test' },
    })
    expect(unlocked.status).toBe(200)
    const login = await t.api.rest('POST', '/users/login', {
      body: { email: 'khoa.thu@haugiang.test', password: 'DungMatKhau2026' },
    })
    expect(login.status).toBe(200)
  })
})
