import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasPublicationConsent } from '@/access/consent'

import { bootPayload, DEMO_PASSWORD, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { classIdIn, currentYearId } from '../helpers/school'
import { mailbox, mailText } from '../helpers/mailbox'
import { acceptExpiredInvite } from '../helpers/invitations'

/** A local SMTP server keeping the invitations it receives. */
const { received, start: startMailbox, stop: stopMailbox } = mailbox()

const GUARDIAN = 'phuhuynh@haugiang.test'
const OTHER_GUARDIAN = 'phuhuynh.7a2@haugiang.test'
const HOMEROOM_7A1 = 'gv.toan@haugiang.test'
const HOMEROOM_6A1 = 'gv.van@haugiang.test'
const INVITED = 'moi.phuhuynh@example.test'

let t: TestContext
let token = ''
let otherToken = ''
const ids = { guardian: 0, children: [] as number[], child7A1: 0, child6A1: 0, foreign: 0, class7A1: 0 }
const made = { guardians: [] as number[], messages: [] as number[], attachments: [] as number[] }

const guardianLogin = async (email: string, password = DEMO_PASSWORD) =>
  t.api.rest('POST', '/guardians/login', { body: { email, password } })

const classOf = async (name: string) => classIdIn(t.payload, await currentYearId(t.payload), name)

const guardianUser = async (email: string) => {
  const { docs } = await t.payload.find({ collection: 'guardians', where: { email: { equals: email } }, limit: 1 })
  return { ...docs[0]!, collection: 'guardians' as const }
}

/** The field message of a refused write (a ValidationError names the field and says why). */
const refusal = async (work: Promise<unknown>): Promise<string> => {
  try {
    await work
  } catch (error: any) {
    return (error?.data?.errors ?? []).map((e: { message: string }) => e.message).join(' ') || String(error?.message)
  }
  return 'accepted'
}

const relation = (value: any) => (typeof value === 'object' && value ? value.id : value)

/** An invitation sent through REST by the holder of the token. */
const invite = (token: string, body: Record<string, unknown>) =>
  t.api.rest('POST', '/guardians/invite', { token, body })

/** Refused or empty: a guardian learns nothing from the answer. */
const nothing = (response: { status: number; body: any }) =>
  response.status === 403 ||
  response.status === 401 ||
  response.status === 404 ||
  (response.status === 200 && response.body.docs?.length === 0 && response.body.totalDocs === 0)

beforeAll(async () => {
  await startMailbox()
  t = await bootPayload()
  const login = await guardianLogin(GUARDIAN)
  expect(login.status).toBe(200)
  token = login.body.token
  otherToken = (await guardianLogin(OTHER_GUARDIAN)).body.token
  const guardian = await guardianUser(GUARDIAN)
  ids.guardian = guardian.id
  const links = await t.payload.find({
    collection: 'guardian-links',
    where: { and: [{ guardian: { equals: guardian.id } }, { status: { equals: 'confirmed' } }] },
    depth: 0,
  })
  ids.children = links.docs.map((l) => l.student as number).sort((a, b) => a - b)
  ids.class7A1 = await classOf('7A1')
  const class6A1 = await classOf('6A1')
  for (const id of ids.children) {
    const student = await t.payload.findByID({ collection: 'students', id, depth: 0 })
    if (student.currentClass === ids.class7A1) ids.child7A1 = id
    if (student.currentClass === class6A1) ids.child6A1 = id
  }
  const others = await t.payload.find({
    collection: 'students',
    where: { and: [{ currentClass: { equals: ids.class7A1 } }, { id: { not_in: ids.children } }] },
    limit: 1,
    depth: 0,
  })
  ids.foreign = others.docs[0]!.id
}, 180_000)

afterAll(async () => {
  if (t) {
    const gone = { overrideAccess: true } as const
    if (made.messages.length)
      await t.payload.delete({ collection: 'guardian-messages', where: { id: { in: made.messages } }, ...gone })
    await t.payload.delete({ collection: 'guardian-messages', where: { guardian: { equals: ids.guardian } }, ...gone })
    await t.payload.delete({ collection: 'message-attachments', where: { guardian: { exists: true } }, ...gone })
    await t.payload.delete({ collection: 'consent-withdrawals', where: { id: { exists: true } }, ...gone })
    if (made.guardians.length) {
      await t.payload.delete({ collection: 'guardian-links', where: { guardian: { in: made.guardians } }, ...gone })
      await t.payload.delete({ collection: 'guardians', where: { id: { in: made.guardians } }, ...gone })
    }
  }
  await shutdownPayload(t)
  await stopMailbox()
})

describe('guardian accounts', () => {
  it('are their own auth collection: the admin stays with users and a guardian cannot sign in as staff', async () => {
    expect(t.payload.config.admin.user).toBe('users')
    expect(
      (await t.api.rest('POST', '/users/login', { body: { email: GUARDIAN, password: DEMO_PASSWORD } })).status,
    ).toBe(401)
    const guardians = t.payload.collections.guardians.config
    expect(await (guardians.access.admin as any)({ req: { user: await guardianUser(GUARDIAN) } })).toBe(false)
    // The admin's own "me" does not know a guardian.
    const me = await t.api.rest('GET', '/users/me', { token })
    expect(me.body.user ?? null).toBeNull()
  })

  it('get nothing from staff collections through REST, GraphQL or the Local API', async () => {
    for (const collection of ['students', 'grades', 'health-records', 'users', 'audit-log', 'attendance', 'conduct']) {
      const list = await t.api.rest('GET', `/${collection}`, { token })
      expect(nothing(list), `${collection}: ${list.status}`).toBe(true)
    }
    expect(nothing(await t.api.rest('GET', `/students/${ids.child7A1}`, { token }))).toBe(true)
    expect(
      nothing(await t.api.rest('GET', `/students`, { token, query: { where: { id: { in: ids.children } } } })),
    ).toBe(true)
    expect(nothing(await t.api.rest('GET', `/parent-messages`, { token }))).toBe(true)
    // Payload's own collections, which let any signed-in user in by default.
    expect(nothing(await t.api.rest('GET', `/payload-locked-documents`, { token }))).toBe(true)
    expect(nothing(await t.api.rest('GET', `/payload-jobs`, { token }))).toBe(true)
    const gql = await t.api.graphql(
      '{ Students { docs { id fullName } } Grades { docs { id average } } Users { docs { id email } } HealthRecords { docs { id diagnosis } } }',
      { token },
    )
    expect(gql.body.data?.Students?.docs ?? []).toEqual([])
    expect(gql.body.data?.Grades?.docs ?? []).toEqual([])
    expect(gql.body.data?.Users?.docs ?? []).toEqual([])
    expect(gql.body.data?.HealthRecords?.docs ?? []).toEqual([])
    const user = await guardianUser(GUARDIAN)
    await expect(
      t.payload.find({ collection: 'students', user, overrideAccess: false, where: { id: { in: ids.children } } }),
    ).rejects.toThrow()
    await expect(t.payload.find({ collection: 'grades', user, overrideAccess: false })).rejects.toThrow()
    // Writes too.
    const write = await t.api.rest('PATCH', `/students/${ids.child7A1}`, { token, body: { fullName: 'X' } })
    expect([401, 403, 404]).toContain(write.status)
  })

  it('read only their own account and links', async () => {
    const guardians = await t.api.rest('GET', '/guardians', { token })
    expect(guardians.body.docs.map((g: any) => g.id)).toEqual([ids.guardian])
    const links = await t.api.graphql('{ GuardianLinks { docs { id status student { id } } } }', { token })
    expect(links.body.data.GuardianLinks.docs).toHaveLength(2)
    // The linked student comes back as nothing more than it was: a guardian cannot read students.
    for (const link of links.body.data.GuardianLinks.docs) expect(link.student?.fullName).toBeUndefined()
    const create = await t.api.rest('POST', '/guardian-links', {
      token,
      body: { guardian: ids.guardian, student: ids.foreign, status: 'confirmed' },
    })
    expect([401, 403]).toContain(create.status)
  })
})

describe('sessions', () => {
  it('the clerk disables an account: its sessions end at once and it cannot sign in', async () => {
    const session = (await guardianLogin(OTHER_GUARDIAN)).body.token
    expect((await t.api.rest('GET', '/guardians/children', { token: session })).status).toBe(200)
    const other = await guardianUser(OTHER_GUARDIAN)
    const clerk = await t.api.login('vanthu@haugiang.test')
    // The guardian cannot re-enable themself.
    expect(
      (await t.api.rest('PATCH', `/guardians/${other.id}`, { token: session, body: { active: false } })).body.doc
        ?.active,
    ).not.toBe(false)
    const off = await t.api.rest('PATCH', `/guardians/${other.id}`, { token: clerk, body: { active: false } })
    expect(off.status).toBe(200)
    expect((await t.api.rest('GET', '/guardians/children', { token: session })).status).toBe(401)
    const refused = await guardianLogin(OTHER_GUARDIAN)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toMatch(/đã bị khoá/)
    await t.api.rest('PATCH', `/guardians/${other.id}`, { token: clerk, body: { active: true } })
    otherToken = (await guardianLogin(OTHER_GUARDIAN)).body.token
    expect((await t.api.rest('GET', '/guardians/children', { token: otherToken })).status).toBe(200)
  })
})

describe('the portal summary', () => {
  it('a guardian of two children sees both, and nothing else', async () => {
    expect(ids.children).toHaveLength(2)
    expect(ids.child7A1).toBeGreaterThan(0)
    expect(ids.child6A1).toBeGreaterThan(0)
    const { status, body } = await t.api.rest('GET', '/guardians/children', { token })
    expect(status).toBe(200)
    expect(body.docs.map((c: any) => c.id).sort((a: number, b: number) => a - b)).toEqual(ids.children)
    expect(body.docs.map((c: any) => c.className).sort()).toEqual(['6A1', '7A1'])
    for (const id of ids.children)
      expect((await t.api.rest('GET', `/guardians/children/${id}`, { token })).status).toBe(200)
  })

  it('a foreign or unknown student answers 404, another guardian’s children too', async () => {
    for (const id of [ids.foreign, 99_999_999, 'abc']) {
      const answer = await t.api.rest('GET', `/guardians/children/${id}`, { token })
      expect(answer.status).toBe(404)
      expect(answer.body.errors[0].message).toBe('Không tìm thấy học sinh.')
    }
    expect((await t.api.rest('GET', `/guardians/children/${ids.child7A1}`, { token: otherToken })).status).toBe(404)
    const staff = await t.api.login(HOMEROOM_7A1)
    expect((await t.api.rest('GET', `/guardians/children/${ids.child7A1}`, { token: staff })).status).toBe(401)
    expect((await t.api.rest('GET', `/guardians/children/${ids.child7A1}`)).status).toBe(401)
  })

  it('shows locked terms only, measurements without diagnoses, the homeroom teacher’s name only', async () => {
    const { body } = await t.api.rest('GET', `/guardians/children/${ids.child7A1}`, { token })
    const open = await t.payload.find({ collection: 'terms', where: { status: { equals: 'open' } }, depth: 0 })
    const openIds = open.docs.map((d) => d.id)
    expect(body.terms.length).toBeGreaterThan(0)
    for (const term of body.terms) expect(openIds).not.toContain(term.id)
    expect(body.terms[0].subjects.length).toBeGreaterThan(0)
    expect(body.homeroomTeacher).toBeTruthy()
    expect(body.attendance.length).toBeGreaterThan(0)
    const records = await t.payload.find({
      collection: 'health-records',
      where: { student: { equals: ids.child7A1 } },
      depth: 0,
    })
    expect(body.health).toHaveLength(records.docs.length)
    const text = JSON.stringify(body)
    for (const key of [
      'diagnosis',
      'medicalNotes',
      'notesForTeachers',
      'email',
      'guardians',
      'citizenId',
      'permanentAddress',
    ])
      expect(text).not.toContain(`"${key}"`)
    for (const record of records.docs) if (record.diagnosis) expect(text).not.toContain(record.diagnosis)
    // The open term's grades exist, yet none shows.
    const openGrades = await t.payload.count({
      collection: 'grades',
      where: { and: [{ student: { equals: ids.child7A1 } }, { term: { in: openIds } }] },
    })
    expect(openGrades.totalDocs).toBeGreaterThan(0)
  })
})

describe('invitations', () => {
  let student = 0
  let entry = ''
  let inviteToken = ''
  /** The invitation token from a raw e-mail, whether its text is quoted-printable or base64. */
  const tokenOf = (raw: string) => decodeURIComponent(/token=([A-Za-z0-9_%-]+)/.exec(mailText(raw))![1]!)

  beforeAll(async () => {
    const found = await t.payload.find({
      collection: 'students',
      where: { and: [{ currentClass: { equals: ids.class7A1 } }, { id: { not_in: ids.children } }] },
      limit: 1,
      page: 2,
      depth: 0,
    })
    student = found.docs[0]!.id
    entry = found.docs[0]!.guardians![0]!.id!
  })

  it('the homeroom teacher of another class cannot invite; a guardian cannot', async () => {
    const other = await t.api.login(HOMEROOM_6A1)
    const refused = await invite(other, { student, guardianEntry: entry, email: INVITED })
    expect(refused.status).toBe(403)
    expect((await invite(token, { student, guardianEntry: entry })).status).toBe(403)
    expect(await t.payload.count({ collection: 'guardians', where: { email: { equals: INVITED } } })).toMatchObject({
      totalDocs: 0,
    })
  })

  it('the homeroom teacher invites from the guardian entry; the link is e-mailed, works once, sets a good password', async () => {
    const teacher = await t.api.login(HOMEROOM_7A1)
    const invited = await invite(teacher, { student, guardianEntry: entry, email: INVITED })
    expect(invited.status).toBe(201)
    expect(invited.body.emailSent).toBe(true)
    made.guardians.push(invited.body.guardian)
    const mail = received.find((m) => m.to.includes(INVITED))!
    inviteToken = tokenOf(mail.raw)
    const stored = await t.payload.findByID({
      collection: 'guardians',
      id: invited.body.guardian,
      showHiddenFields: true,
    })
    expect((stored as any).inviteTokenHash).not.toContain(inviteToken)

    const weak = await t.api.rest('POST', '/guardians/accept-invite', {
      body: { token: inviteToken, password: 'ngan' },
    })
    expect(weak.status).toBe(400)
    expect(weak.body.errors[0].message).toMatch(/Mật khẩu/)
    const ok = await t.api.rest('POST', '/guardians/accept-invite', {
      body: { token: inviteToken, password: 'PhuHuynh2026' },
    })
    expect(ok.status).toBe(200)
    const again = await t.api.rest('POST', '/guardians/accept-invite', {
      body: { token: inviteToken, password: 'Khac12345678' },
    })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].message).toMatch(/đã được sử dụng/)
    expect((await guardianLogin(INVITED, 'Khac12345678')).status).toBe(401)
    const login = await guardianLogin(INVITED, 'PhuHuynh2026')
    expect(login.status).toBe(200)
    const children = await t.api.rest('GET', '/guardians/children', { token: login.body.token })
    expect(children.body.docs.map((c: any) => c.id)).toEqual([student])
  })

  it('an expired invitation is refused and changes nothing', async () => {
    const clerk = await t.api.login('vanthu@haugiang.test')
    const invited = await invite(clerk, { student, guardianEntry: entry, email: INVITED })
    expect(invited.status).toBe(201)
    const mail = received.filter((m) => m.to.includes(INVITED)).pop()!
    const fresh = tokenOf(mail.raw)
    const expired = await acceptExpiredInvite(t, invited.body.guardian, fresh)
    expect(expired.status).toBe(400)
    expect(expired.body.errors[0].message).toMatch(/hết hạn/)
    expect((await guardianLogin(INVITED, 'PhuHuynh2026')).status).toBe(200)
  })

  it('locks the account after 5 wrong passwords', async () => {
    for (let i = 0; i < 5; i++) expect((await guardianLogin(INVITED, `Sai${i}23456789`)).status).toBe(401)
    const locked = await guardianLogin(INVITED, 'PhuHuynh2026')
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/lock|khoá|khóa/i)
  })
})

describe('two-way messages', () => {
  it('a guardian writes to the homeroom teacher about their child, never about another', async () => {
    const sent = await t.api.rest('POST', '/guardian-messages', {
      token,
      body: {
        student: ids.child7A1,
        body: 'Cháu bị sốt, xin phép nghỉ học hôm nay.',
        guardian: 1,
        direction: 'from-school',
      },
    })
    expect(sent.status).toBe(201)
    made.messages.push(sent.body.doc.id)
    expect(sent.body.doc.guardian.id ?? sent.body.doc.guardian).toBe(ids.guardian)
    expect(sent.body.doc.direction).toBe('from-guardian')
    const foreign = await t.api.rest('POST', '/guardian-messages', { token, body: { student: ids.foreign, body: 'x' } })
    expect(foreign.status).toBe(404)
    expect(foreign.body.errors[0].message).toBe('Không tìm thấy học sinh.')
    const long = await t.api.rest('POST', '/guardian-messages', {
      token,
      body: { student: ids.child7A1, body: 'a'.repeat(2001) },
    })
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toMatch(/2000 ký tự/)
    expect(
      (await t.payload.count({ collection: 'guardian-messages', where: { guardian: { equals: ids.guardian } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('the homeroom teacher reads and answers; another teacher sees nothing; the principal reads', async () => {
    const teacher = await t.api.login(HOMEROOM_7A1)
    const inbox = await t.api.rest('GET', '/guardian-messages', { token: teacher })
    expect(inbox.body.docs.map((m: any) => m.id)).toContain(made.messages[0])
    const other = await t.api.login(HOMEROOM_6A1)
    expect((await t.api.rest('GET', '/guardian-messages', { token: other })).body.docs).toHaveLength(0)
    const principal = await t.api.login('hieutruong@haugiang.test')
    expect((await t.api.rest('GET', '/guardian-messages', { token: principal })).body.docs.length).toBeGreaterThan(0)
    const answer = await t.api.rest('POST', '/guardian-messages', {
      token: teacher,
      body: { student: ids.child7A1, guardian: ids.guardian, body: 'Cô đã ghi nhận, chúc cháu mau khỏe.' },
    })
    expect(answer.status).toBe(201)
    expect(answer.body.doc.direction).toBe('from-school')
    made.messages.push(answer.body.doc.id)
    // The 6A1 homeroom teacher cannot answer in a 7A1 thread.
    const wrong = await t.api.rest('POST', '/guardian-messages', {
      token: other,
      body: { student: ids.child7A1, guardian: ids.guardian, body: 'x' },
    })
    expect(wrong.status).toBe(404)
    // The guardian sees the thread through GraphQL, only theirs; nobody edits or deletes.
    const thread = await t.api.graphql('{ GuardianMessages { docs { id direction body } } }', { token })
    expect(thread.body.data.GuardianMessages.docs.map((m: any) => m.id).sort()).toEqual([...made.messages].sort())
    const otherThread = await t.api.graphql('{ GuardianMessages { docs { id } } }', { token: otherToken })
    expect(otherThread.body.data.GuardianMessages.docs).toEqual([])
    expect([401, 403, 404]).toContain(
      (await t.api.rest('PATCH', `/guardian-messages/${made.messages[0]}`, { token, body: { body: 'sửa' } })).status,
    )
    expect([401, 403, 404]).toContain(
      (await t.api.rest('DELETE', `/guardian-messages/${made.messages[0]}`, { token: teacher })).status,
    )
    const audited = await t.payload.count({
      collection: 'audit-log',
      where: {
        and: [{ collection: { equals: 'guardian-messages' } }, { actor: { equals: `guardians:${ids.guardian}` } }],
      },
    })
    expect(audited.totalDocs).toBeGreaterThan(0)
  })

  it('the homeroom teacher answers with "Trả lời" from "Việc cần làm"; nobody else can', async () => {
    const teacher = await t.api.login(HOMEROOM_7A1)
    const asked = await t.api.rest('POST', '/guardian-messages', {
      token,
      body: { student: ids.child7A1, body: 'Xin cô cho biết lịch thi học kỳ.' },
    })
    expect(asked.status).toBe(201)
    const id = asked.body.doc.id as number
    made.messages.push(id)
    const unanswered = { direction: { equals: 'from-guardian' }, readAt: { exists: false } }
    const waiting = async () =>
      ((await t.api.rest('GET', '/worklist', { token: teacher })).body.sections as any[])
        .flatMap((s) => s.items)
        .find((i) => i.key === 'guardian-messages')
    const before = await waiting()
    const restCount = (await t.api.rest('GET', '/guardian-messages', { token: teacher, query: { where: unanswered } }))
      .body.totalDocs
    expect(before.count).toBe(restCount)
    expect(before.href).toMatch(/^\/admin\/collections\/guardian-messages\?/)

    const other = await t.api.login(HOMEROOM_6A1)
    const reply = (who: string | undefined, body: unknown, message = id) =>
      t.api.rest('POST', `/guardian-messages/${message}/reply`, { token: who, body: { body } })
    expect((await reply(other, 'Không phải lớp tôi.')).status).toBe(404)
    expect((await reply(token, 'Phụ huynh tự trả lời.')).status).toBe(401)
    expect((await reply(undefined, 'Khách.')).status).toBe(401)
    const empty = await reply(teacher, '   ')
    expect(empty.status).toBe(400)
    const long = await reply(teacher, 'a'.repeat(2001))
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toMatch(/2000 ký tự/)

    const answered = await reply(teacher, 'Lịch thi có trên bảng tin của lớp, cô gửi kèm ạ.')
    expect(answered.status, JSON.stringify(answered.body)).toBe(201)
    made.messages.push(answered.body.doc.id)
    expect(answered.body.doc).toMatchObject({ direction: 'from-school' })
    expect(relation(answered.body.doc.student)).toBe(ids.child7A1)
    expect(relation(answered.body.doc.guardian)).toBe(ids.guardian)
    expect((await t.payload.findByID({ collection: 'guardian-messages', id, depth: 0 })).readAt).toBeTruthy()
    // The thread's questions are answered: gone from the worklist, which still counts as REST does.
    const left = await t.api.rest('GET', '/guardian-messages', { token: teacher, query: { where: unanswered } })
    expect(left.body.docs.map((m: any) => m.id)).not.toContain(id)
    expect(left.body.totalDocs).toBeLessThan(restCount)
    expect((await waiting())?.count ?? 0).toBe(left.body.totalDocs)
    // An answer is not answered again.
    expect((await reply(teacher, 'x', answered.body.doc.id)).status).toBe(400)
    // The guardian sees it in the child's thread.
    const child = await t.api.rest('GET', `/guardians/children/${ids.child7A1}`, { token })
    expect(child.body.messages.thread.map((m: any) => m.body)).toContain(
      'Lịch thi có trên bảng tin của lớp, cô gửi kèm ạ.',
    )
  })

  it('attachments: images and PDFs by content only', async () => {
    const user = await guardianUser(GUARDIAN)
    // An attachment uploaded by the guardian, with their access.
    const attach = (data: Buffer, mimetype: string, name: string) =>
      t.payload.create({
        collection: 'message-attachments',
        data: {},
        file: { data, mimetype, name, size: data.length },
        user,
        overrideAccess: false,
      })
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    expect(await refusal(attach(svg, 'image/png', 'anh.png'))).toMatch(/JPEG, PNG, WebP/)
    const exe = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary')
    expect(await refusal(attach(exe, 'application/pdf', 'don.pdf'))).toMatch(/JPEG, PNG, WebP/)
    expect(await t.payload.count({ collection: 'message-attachments' })).toMatchObject({ totalDocs: 0 })
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 1\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n',
    )
    const ok = await attach(pdf, 'application/pdf', 'giay-phep.pdf')
    const other = await guardianUser(OTHER_GUARDIAN)
    expect(
      (await t.payload.find({ collection: 'message-attachments', user: other, overrideAccess: false })).docs,
    ).toHaveLength(0)
    const sent = await t.api.rest('POST', '/guardian-messages', {
      token,
      body: { student: ids.child7A1, body: 'Giấy xin phép đính kèm.', attachments: [ok.id] },
    })
    expect(sent.status).toBe(201)
    made.messages.push(sent.body.doc.id)
    const teacher = await userByEmail(t.payload, HOMEROOM_7A1)
    const seen = await t.payload.find({ collection: 'message-attachments', user: teacher, overrideAccess: false })
    expect(seen.docs.map((d) => d.id)).toContain(ok.id)
  })

  it('is rate-limited: the 11th message within an hour is refused', async () => {
    const before = (
      await t.payload.count({ collection: 'guardian-messages', where: { guardian: { equals: ids.guardian } } })
    ).totalDocs
    let status = 0
    for (let i = 0; i < 12 && status !== 429; i++) {
      const r = await t.api.rest('POST', '/guardian-messages', {
        token,
        body: { student: ids.child6A1, body: `Tin ${i}` },
      })
      status = r.status
      if (r.status === 201) made.messages.push(r.body.doc.id)
    }
    expect(status).toBe(429)
    const after = (
      await t.payload.count({ collection: 'guardian-messages', where: { guardian: { equals: ids.guardian } } })
    ).totalDocs
    expect(after - before).toBeLessThanOrEqual(10)
  })
})

describe('consent', () => {
  it('a guardian withdraws and gives the child’s consent; new publications see it at once', async () => {
    const before = await t.payload.findByID({ collection: 'students', id: ids.child6A1, depth: 0 })
    const withdrawn = await t.api.rest('POST', '/guardians/consent', {
      token,
      body: { student: ids.child6A1, consent: false },
    })
    expect(withdrawn.status).toBe(200)
    expect(Array.isArray(withdrawn.body.published)).toBe(true)
    expect(await hasPublicationConsent(t.payload, ids.child6A1)).toBe(false)
    const review = await t.payload.find({
      collection: 'consent-withdrawals',
      where: { student: { equals: ids.child6A1 } },
    })
    expect(review.docs).toHaveLength(1)
    const web = await userByEmail(t.payload, 'web@haugiang.test')
    expect(
      (await t.payload.find({ collection: 'consent-withdrawals', user: web, overrideAccess: false })).docs.length,
    ).toBe(1)
    expect(
      (await t.api.rest('POST', '/guardians/consent', { token, body: { student: ids.foreign, consent: false } }))
        .status,
    ).toBe(404)
    expect((await t.api.rest('POST', '/guardians/consent', { token, body: { student: ids.child6A1 } })).status).toBe(
      400,
    )
    const given = await t.api.rest('POST', '/guardians/consent', {
      token,
      body: { student: ids.child6A1, consent: true },
    })
    expect(given.status).toBe(200)
    const after = await t.payload.findByID({ collection: 'students', id: ids.child6A1, depth: 0 })
    expect(after.publicationConsent?.guardianConsent).toBe(true)
    expect(after.publicationConsent?.recordedBy ?? null).toBeNull()
    // Put the demo data back as seeded.
    await t.payload.update({
      collection: 'students',
      id: ids.child6A1,
      data: { publicationConsent: before.publicationConsent },
    })
  })
})
