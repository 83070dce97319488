import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, shutdownPayload, type TestContext } from '../helpers/payload'

let t: TestContext
beforeAll(async () => {
  t = await bootPayload()
})
afterAll(() => shutdownPayload(t))

describe('finding 7: GraphQL', () => {
  it('anonymous introspection aliased ten times is refused with 400 before it runs', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`)
    const started = Date.now()
    const { status, body } = await t.api.graphql(`{ ${aliases.join(' ')} }`)
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/introspection/)
    // refused on its shape, not after the work (the finding's query took 9 s)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('a recursive fragment is a 400, not a 500', async () => {
    const { status, body } = await t.api.graphql(
      `query { Articles { docs { ...A } } } fragment A on Article { id category { ...B } } fragment B on Category { id ...A }`,
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/fragment/)
  })

  it('a document with many aliases or a fragment fan-out is refused', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')
    expect((await t.api.graphql(`{ ${many} }`)).status).toBe(400)
    const fanOut = [
      'query { Articles { docs { ...F5 } } }',
      'fragment F0 on Article { id title slug }',
      ...[1, 2, 3, 4, 5].map(
        (i) => `fragment F${i} on Article { ...F${i - 1} ...F${i - 1} ...F${i - 1} ...F${i - 1} ...F${i - 1} }`,
      ),
    ].join('\n')
    expect((await t.api.graphql(fanOut)).status).toBe(400)
  })

  it('an ordinary query still works', async () => {
    const { status, body } = await t.api.graphql(`{ Articles(limit: 2) { docs { id title } } }`)
    expect(status).toBe(200)
    expect(Array.isArray(body.data.Articles.docs)).toBe(true)
  })
})
