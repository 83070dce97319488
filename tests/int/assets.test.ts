import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext, userByEmail } from '../helpers/payload'

let t: TestContext
let officer: string
let accountant: string
let teacher: string
let assetId: number
const errorPath = (body: any) => body?.errors?.[0]?.data?.errors?.[0]?.path

const stored = (id: number) => t.payload.findByID({ collection: 'assets', id, depth: 0 })

/** An asset sent to REST by the holder of the token. */
const postAsset = (token: string, body: object) => t.api.rest('POST', '/assets', { token, body })

beforeAll(async () => {
  t = await bootPayload()
  officer = await t.api.login('thietbi@haugiang.test')
  accountant = await t.api.login('ketoan@haugiang.test')
  teacher = await t.api.login('gv.toan@haugiang.test')
  const created = await t.api.rest('POST', '/assets', {
    token: officer,
    body: {
      code: 'TEST-MC-01',
      name: 'Máy chiếu Epson',
      kind: 'teaching-equipment',
      room: 'Phòng 204',
      quantity: 3,
      condition: 'good',
      acquiredDate: '2024-08-15',
      originalCost: 12_000_000,
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  assetId = created.body.doc.id
})
afterAll(() => shutdownPayload(t))

describe('assets: the equipment officer and the accountant each write their own fields', () => {
  it('the equipment officer creates an asset but cannot set its financial fields', async () => {
    const doc = await stored(assetId)
    expect(doc.quantity).toBe(3)
    expect(doc.originalCost ?? null).toBeNull()
  })

  it('refuses a negative quantity: 400 naming `quantity`, nothing written', async () => {
    const before = (await t.payload.count({ collection: 'assets' })).totalDocs
    const bad = await postAsset(officer, { code: 'TEST-NEG', name: 'Bàn', kind: 'asset', quantity: -1 })
    expect(bad.status).toBe(400)
    expect(errorPath(bad.body)).toBe('quantity')
    expect((await t.payload.count({ collection: 'assets' })).totalDocs).toBe(before)
  })

  it('REST: the accountant changes only financial fields', async () => {
    const res = await t.api.rest('PATCH', `/assets/${assetId}`, {
      token: accountant,
      body: {
        originalCost: 15_000_000,
        fundingSource: 'state-budget',
        depreciationRate: 10,
        name: 'Đổi tên',
        quantity: 99,
      },
    })
    expect(res.status).toBe(200)
    const doc = await stored(assetId)
    expect([doc.originalCost, doc.fundingSource, doc.depreciationRate]).toEqual([15_000_000, 'state-budget', 10])
    expect([doc.name, doc.quantity]).toEqual(['Máy chiếu Epson', 3])
    expect((await postAsset(accountant, { code: 'X', name: 'X', kind: 'asset', quantity: 1 })).status).toBe(403)
  })

  it('REST: the equipment officer changes only the other fields', async () => {
    const res = await t.api.rest('PATCH', `/assets/${assetId}`, {
      token: officer,
      body: { originalCost: 1, fundingSource: 'other', room: 'Phòng 205' },
    })
    expect(res.status).toBe(200)
    const doc = await stored(assetId)
    expect([doc.originalCost, doc.fundingSource, doc.room]).toEqual([15_000_000, 'state-budget', 'Phòng 205'])
  })

  it('GraphQL: the same split holds', async () => {
    await t.api.graphql(
      `mutation { updateAsset(id: ${assetId}, data: { originalCost: 16000000, room: "Kho" }) { id } }`,
      { token: accountant },
    )
    let doc = await stored(assetId)
    expect([doc.originalCost, doc.room]).toEqual([16_000_000, 'Phòng 205'])
    await t.api.graphql(
      `mutation { updateAsset(id: ${assetId}, data: { originalCost: 2, room: "Phòng 206" }) { id } }`,
      { token: officer },
    )
    doc = await stored(assetId)
    expect([doc.originalCost, doc.room]).toEqual([16_000_000, 'Phòng 206'])
  })

  it('leadership reads everything; staff without the duty read nothing', async () => {
    const vp = await t.api.login('pht.csvc@haugiang.test')
    const res = await t.api.rest('GET', `/assets/${assetId}`, { token: vp })
    expect(res.body.originalCost).toBe(16_000_000)
    for (const email of ['vanthu@haugiang.test', 'thuvien@haugiang.test']) {
      expect((await t.api.rest('GET', '/assets', { token: await t.api.login(email) })).status, email).toBe(403)
    }
    expect((await t.api.rest('GET', '/assets')).status).toBe(403)
  })
})

describe('assets: a teacher reads name, location and condition only', () => {
  it('REST and GraphQL show nothing financial, no quantity or code', async () => {
    const res = await t.api.rest('GET', `/assets/${assetId}`, { token: teacher })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ name: 'Máy chiếu Epson', room: 'Phòng 206', condition: 'good' })
    for (const hidden of [
      'originalCost',
      'fundingSource',
      'depreciationRate',
      'accumulatedDepreciation',
      'quantity',
      'code',
    ]) {
      expect(res.body, hidden).not.toHaveProperty(hidden)
    }
    const gql = await t.api.graphql(`{ Asset(id: ${assetId}) { name room originalCost fundingSource quantity } }`, {
      token: teacher,
    })
    expect(gql.body.data.Asset).toMatchObject({
      name: 'Máy chiếu Epson',
      originalCost: null,
      fundingSource: null,
      quantity: null,
    })
  })

  it('cannot learn financial values through where or sort (REST, GraphQL, Local API)', async () => {
    const where = await t.api.rest('GET', '/assets', {
      token: teacher,
      query: { where: { originalCost: { greater_than: 15_000_000 } } },
    })
    expect(where.status).toBe(400)
    expect(where.body.docs).toBeUndefined()
    const sorted = await t.api.rest('GET', '/assets', { token: teacher, query: { sort: '-originalCost' } })
    expect(sorted.status).toBe(400)
    const gql = await t.api.graphql('{ Assets(where: { originalCost: { greater_than: 15000000 } }) { docs { id } } }', {
      token: teacher,
    })
    expect(gql.body.data?.Assets?.docs ?? []).toHaveLength(0)
    const user = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    await expect(
      t.payload.find({
        collection: 'assets',
        user,
        overrideAccess: false,
        where: { fundingSource: { equals: 'state-budget' } },
      }),
    ).rejects.toThrow()
  })

  it('lists assets to borrow (the default sort uses a field teachers read)', async () => {
    const list = await t.api.rest('GET', '/assets', { token: teacher, query: { limit: 100 } })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: any) => d.id)).toContain(assetId)
  })

  it('cannot write anything', async () => {
    expect((await t.api.rest('PATCH', `/assets/${assetId}`, { token: teacher, body: { name: 'x' } })).status).toBe(403)
    expect((await postAsset(teacher, { code: 'T', name: 'T', kind: 'asset', quantity: 1 })).status).toBe(403)
  })
})

describe('borrowing log', () => {
  const borrow = (token: string, quantity: number, extra: Record<string, unknown> = {}) =>
    t.api.rest('POST', '/asset-borrowings', {
      token,
      body: { asset: assetId, quantity, borrowedAt: '2026-11-20', dueDate: '2026-11-27', ...extra },
    })

  it('a teacher borrows for themselves, never past the stock', async () => {
    const self = await userByEmail(t.payload, 'gv.toan@haugiang.test')
    const other = await userByEmail(t.payload, 'gv.van@haugiang.test')
    const first = await borrow(teacher, 2, { borrower: other.id })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    const firstDoc = await t.payload.findByID({ collection: 'asset-borrowings', id: first.body.doc.id, depth: 0 })
    expect(firstDoc.borrower).toBe(self.id)

    const vanToken = await t.api.login('gv.van@haugiang.test')
    const before = (await t.payload.count({ collection: 'asset-borrowings' })).totalDocs
    const tooMany = await borrow(vanToken, 2)
    expect(tooMany.status).toBe(400)
    expect(errorPath(tooMany.body)).toBe('quantity')
    expect((await t.payload.count({ collection: 'asset-borrowings' })).totalDocs).toBe(before)

    // Returned: the items are free again.
    const returned = await t.api.rest('PATCH', `/asset-borrowings/${first.body.doc.id}`, {
      token: officer,
      body: { returnedAt: '2026-11-25' },
    })
    expect(returned.status).toBe(200)
    expect((await borrow(vanToken, 2)).status).toBe(201)

    // Each teacher reads their own borrowings only.
    const mine = await t.api.rest('GET', '/asset-borrowings', { token: teacher, query: { depth: 0 } })
    expect(mine.body.docs.length).toBeGreaterThan(0)
    expect(mine.body.docs.every((b: any) => b.borrower === self.id)).toBe(true)
    // Populating the borrowed asset does not bring its hidden fields along.
    const populated = await t.api.rest('GET', '/asset-borrowings', { token: teacher, query: { depth: 1 } })
    for (const b of populated.body.docs) {
      expect(b.asset).toHaveProperty('name')
      for (const hidden of ['originalCost', 'fundingSource', 'quantity', 'code'])
        expect(b.asset, hidden).not.toHaveProperty(hidden)
    }
    const gql = await t.api.graphql('{ AssetBorrowings { docs { asset { name originalCost quantity } } } }', {
      token: teacher,
    })
    expect(
      gql.body.data.AssetBorrowings.docs.every((b: any) => b.asset.originalCost === null && b.asset.quantity === null),
    ).toBe(true)
  })

  it('concurrent borrowings of the last items: only as many pass as are left', async () => {
    const created = await postAsset(officer, {
      code: 'TEST-KHV-01',
      name: 'Kính hiển vi',
      kind: 'lab-tool',
      quantity: 3,
    })
    const id = created.body.doc.id
    const tokens = await Promise.all(
      ['gv.toan', 'gv.van', 'totruong.toan'].map((n) => t.api.login(`${n}@haugiang.test`)),
    )
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => borrow(tokens[i % tokens.length]!, 1, { asset: id })),
    )
    expect(results.filter((r) => r.status === 201)).toHaveLength(3)
    expect(results.filter((r) => r.status === 400)).toHaveLength(5)
  })
})

describe('yearly stock-take', () => {
  it('records the book quantity and the difference of each line', async () => {
    const res = await t.api.rest('POST', '/asset-stock-takes', {
      token: officer,
      body: {
        title: 'Kiểm kê cuối năm 2026',
        year: 2026,
        date: '2026-12-20',
        lines: [{ asset: assetId, countedQuantity: 2, note: 'Thiếu 1' }],
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.lines[0]).toMatchObject({ bookQuantity: 3, countedQuantity: 2, difference: -1 })
    expect((await t.api.rest('GET', '/asset-stock-takes', { token: teacher })).status).toBe(403)
    expect((await t.api.rest('GET', '/asset-stock-takes', { token: accountant })).body.totalDocs).toBeGreaterThan(0)
  })
})
