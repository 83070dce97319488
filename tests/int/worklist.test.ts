import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'
import { classIdIn, currentYearId } from '../helpers/school'

let t: TestContext

const TEACHER = 'gv.toan@haugiang.test' // teaches Toán in 7A1, 7A2; homeroom teacher of 7A1
const VP = 'pht.chuyenmon@haugiang.test'
const PRINCIPAL = 'hieutruong@haugiang.test'
const CLERK = 'vanthu@haugiang.test'
const MEDICAL = 'yte@haugiang.test'
const WEB = 'web@haugiang.test'
const HOMEROOM_6A1 = 'gv.van@haugiang.test'
const SEATED = ['studying', 'transferred-in']

type Item = { key: string; count: number; href: string; title: string; detail?: string }
type Section = { duty: string; items: Item[] }

const worklist = async (email: string) => {
  const res = await t.api.rest('GET', '/worklist', { token: await t.api.login(email) })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.sections as Section[]
}
const itemsOf = (sections: Section[]) => sections.flatMap((s) => s.items)
const item = (sections: Section[], key: string) => itemsOf(sections).find((i) => i.key === key)
/** A REST read as that person; a list is read page by page (the API gives at most 200 a page). */
const rest = async (email: string, path: `/${string}`, query: Record<string, unknown>) => {
  const token = await t.api.login(email)
  const page = async (n: number) => {
    const res = await t.api.rest('GET', path, { token, query: { limit: 200, page: n, depth: 0, ...query } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const first = await page(1)
  if (!Array.isArray(first.docs)) return first
  for (let n = 2; n <= (first.totalPages ?? 1); n += 1) first.docs.push(...(await page(n)).docs)
  return first
}
/** The count REST gives the same person: totalDocs of a list query. */
const restCount = async (email: string, collection: string, where: object) =>
  (await rest(email, `/${collection}`, { where, limit: 1 })).totalDocs as number

beforeAll(async () => {
  t = await bootPayload()
})
/** Links this file made (never deletable through the API: removed as a system clean-up). */
const madeLinks: number[] = []

afterAll(async () => {
  if (t && madeLinks.length)
    await t.payload.delete({ collection: 'guardian-links', where: { id: { in: madeLinks } }, overrideAccess: true }) // test clean-up
  await shutdownPayload(t)
})

describe('GET /api/worklist', () => {
  it('needs a signed-in user', async () => {
    expect((await t.api.rest('GET', '/worklist')).status).toBe(401)
  })

  it("a teacher's sheets: each count is the empty cells of the sheet the sheet endpoint returns", async () => {
    const sections = await worklist(TEACHER)
    const sheets = itemsOf(sections).filter((i) => i.key.startsWith('sheet-'))
    expect(sheets.length).toBeGreaterThan(0)
    for (const sheet of sheets) {
      const query = Object.fromEntries(new URL(sheet.href, 'http://x').searchParams)
      const body = await rest(TEACHER, '/grades/sheet', query)
      const empty = (body.rows as any[])
        .filter((r) => SEATED.includes(r.status))
        .reduce((sum, r) => {
          const g = r.grade ?? {}
          const cells = [
            ...Array.from({ length: body.requiredRegular }, (_, i) => (g.regular ?? [])[i]),
            g.midterm,
            g.final,
          ]
          return sum + cells.filter((c) => c === null || c === undefined || c === '').length
        }, 0)
      expect(sheet.count, sheet.title).toBe(empty)
      expect(sheet.href).toMatch(/^\/admin\/so-diem\?/)
    }
    // Leadership's items are not a teacher's.
    expect(item(sections, 'corrections-to-decide')).toBeUndefined()
    expect(item(sections, 'entry-progress')).toBeUndefined()
    expect(item(sections, 'articles-to-publish')).toBeUndefined()
  })

  it("the homeroom teacher's month of attendance: students of the class without a record, as REST counts them", async () => {
    const sections = await worklist(TEACHER)
    const year = (await rest(TEACHER, '/school-years', { where: { isCurrent: { equals: true } } })).docs[0].id
    const klass = (
      await rest(TEACHER, '/classes', {
        where: { and: [{ name: { equals: '7A1' } }, { schoolYear: { equals: year } }] },
      })
    ).docs[0].id
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
    const students = (
      await rest(TEACHER, '/enrolments', {
        where: { and: [{ class: { equals: klass } }, { isLatest: { equals: true } }, { status: { in: SEATED } }] },
      })
    ).docs.map((e: any) => String(e.student))
    const recorded = new Set(
      (
        await rest(TEACHER, '/attendance', {
          where: { and: [{ class: { equals: klass } }, { month: { equals: month } }] },
        })
      ).docs.map((a: any) => String(a.student)),
    )
    expect(students.length).toBeGreaterThan(0)
    expect(item(sections, `attendance-${klass}`)?.count ?? 0).toBe(
      students.filter((s: string) => !recorded.has(s)).length,
    )
  })

  it('the academic vice principal: corrections to decide and entry progress equal the API', async () => {
    const sections = await worklist(VP)
    const me = (await rest(VP, '/users/me', {})).user.id
    const pending = await restCount(VP, 'grade-corrections', {
      and: [{ status: { equals: 'pending' } }, { requestedBy: { not_equals: me } }],
    })
    expect(item(sections, 'corrections-to-decide')?.count ?? 0).toBe(pending)
    const progressItem = item(sections, 'entry-progress')
    expect(progressItem).toBeDefined()
    const term = new URL(progressItem!.href, 'http://x').searchParams.get('term')
    const progress = await rest(VP, '/grades/progress', { term })
    expect(progressItem!.count).toBe((progress.rows as any[]).filter((r) => r.entered < r.required).length)
    // The vice principal is not the principal: no accounts, no year-end approval.
    expect(item(sections, 'accounts')).toBeUndefined()
    expect(item(sections, 'year-end-ready')).toBeUndefined()
  })

  it("the principal: year-end classes, each blocked one as the missing endpoint says; the term's anomalies", async () => {
    const sections = await worklist(PRINCIPAL)
    const blocked = item(sections, 'year-end-blocked')
    const ready = item(sections, 'year-end-ready')
    expect((blocked?.count ?? 0) + (ready?.count ?? 0)).toBeGreaterThan(0)
    if (blocked) {
      const [first] = blocked.detail!.split(', ')
      const name = first.split(' (')[0]
      const missingCount = Number(/thiếu (\d+) mục/.exec(first)![1])
      const klass = (await rest(PRINCIPAL, '/classes', { where: { name: { equals: name } } })).docs.find(
        (c: any) => c.schoolYear,
      )
      const missing = await rest(PRINCIPAL, '/year-end-results/missing', { class: klass.id })
      expect(missing.missing.length).toBe(missingCount)
    }
    const progressItem = item(sections, 'entry-progress')!
    const term = new URL(progressItem.href, 'http://x').searchParams.get('term')
    const progress = await rest(PRINCIPAL, '/grades/progress', { term })
    expect(item(sections, 'anomalies')?.count ?? 0).toBe(progress.anomalies.length)
  })

  it("the clerk's incoming documents overdue and due this week equal REST's counts", async () => {
    const sections = await worklist(CLERK)
    for (const key of ['documents-overdue', 'documents-due-soon']) {
      const found = item(sections, key)
      if (!found) continue
      const params = new URL(found.href, 'http://x').searchParams
      const and: object[] = []
      for (const [k, v] of params) {
        const [, field, op] = /^where\[(\w+)\]\[(\w+)\]$/.exec(k)!
        and.push({ [field]: { [op]: v } })
      }
      if (key === 'documents-due-soon') and.push({ deadline: { greater_than_equal: new Date().toISOString() } })
      expect(found.count, key).toBe(await restCount(CLERK, 'documents', { and }))
    }
    expect(itemsOf(sections).length).toBeGreaterThan(0)
  })

  it('medical staff: students without a check-up this school year, as REST lists them', async () => {
    const sections = await worklist(MEDICAL)
    const year = (await rest(MEDICAL, '/school-years', { where: { isCurrent: { equals: true } } })).docs[0].id
    const students = (
      await rest(MEDICAL, '/students', { where: { currentClass: { exists: true } }, select: { id: true } })
    ).docs.map((s: any) => s.id)
    const checked = new Set(
      (
        await rest(MEDICAL, '/health-records', { where: { schoolYear: { equals: year } }, select: { student: true } })
      ).docs.map((h: any) => h.student),
    )
    const expected = students.filter((id: number) => !checked.has(id)).length
    expect(item(sections, 'students-without-checkup')?.count ?? 0).toBe(expected)
  })

  it('the website administrator: approved articles not yet published, as REST counts them', async () => {
    const sections = await worklist(WEB)
    const approved = await restCount(WEB, 'articles', { reviewStage: { equals: 'approved' } })
    const waiting = await restCount(WEB, 'articles', {
      and: [{ reviewStage: { equals: 'approved' } }, { _status: { not_equals: 'published' } }],
    })
    // the demo has published articles (stage "approved") and approved drafts: only the drafts wait
    expect(waiting).toBeGreaterThan(0)
    expect(approved).toBeGreaterThan(waiting)
    expect(item(sections, 'articles-to-publish')?.count ?? 0).toBe(waiting)
    expect(sections.every((s) => ['website', 'handler'].includes(s.duty))).toBe(true)
  })
})

describe('guardian links awaiting confirmation', () => {
  const PENDING = { status: { equals: 'pending' } }

  it('the homeroom teacher of the child and the clerk see them, as REST counts them; another class does not', async () => {
    const before = item(await worklist(TEACHER), 'guardian-links-pending')?.count ?? 0
    // A pending link to a pupil of 7A1, as a first sign-in by phone leaves it, made by the clerk.
    const class7A1 = await classIdIn(t.payload, await currentYearId(t.payload), '7A1')
    const linked = (await t.payload.find({ collection: 'guardian-links', pagination: false, depth: 0 })).docs.map(
      (l) => l.student as number,
    )
    const pupil = (
      await t.payload.find({
        collection: 'students',
        where: { and: [{ currentClass: { equals: class7A1 } }, { id: { not_in: linked } }] },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!
    const guardian = (
      await t.payload.find({ collection: 'guardians', where: { email: { equals: 'phuhuynh.7a2@haugiang.test' } } })
    ).docs[0]!
    const link = await t.payload.create({
      collection: 'guardian-links',
      data: { guardian: guardian.id, student: pupil.id, relationship: 'Cha', status: 'pending' },
      user: await userByEmail(t.payload, CLERK),
      overrideAccess: false,
    })
    madeLinks.push(link.id)

    for (const email of [TEACHER, CLERK]) {
      const found = item(await worklist(email), 'guardian-links-pending')
      expect(found, email).toBeDefined()
      expect(found!.title).toBe('Liên kết phụ huynh chờ xác nhận')
      expect(found!.href).toBe('/admin/collections/guardian-links?where%5Bstatus%5D%5Bequals%5D=pending')
      expect(found!.count, email).toBe(await restCount(email, 'guardian-links', PENDING))
      const mine = await rest(email, '/guardian-links', { where: { and: [PENDING, { id: { equals: link.id } }] } })
      expect(mine.totalDocs, email).toBe(1)
    }
    expect(item(await worklist(TEACHER), 'guardian-links-pending')!.count).toBe(before + 1)
    // The clerk also sees the demo school's pending link of 8A1.
    expect(item(await worklist(CLERK), 'guardian-links-pending')!.count).toBeGreaterThanOrEqual(2)

    // The homeroom teacher of 6A1 neither sees the item nor reads the link.
    expect(item(await worklist(HOMEROOM_6A1), 'guardian-links-pending')).toBeUndefined()
    expect(await restCount(HOMEROOM_6A1, 'guardian-links', { id: { equals: link.id } })).toBe(0)
    // A worklist for the medical staff (no duty towards guardians) has no such item either.
    expect(item(await worklist(MEDICAL), 'guardian-links-pending')).toBeUndefined()
  })
})
