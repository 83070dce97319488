import { describe, expect, it } from 'vitest'

import { DEFAULT_GRAPHQL_GUARD, graphQLProblem } from '@/lib/graphql/guard'
import { csrfOrigins } from '@/lib/security/origins'
import { securityHeaders } from '@/lib/security/headers'

describe('GraphQL guard', () => {
  const production = { ...DEFAULT_GRAPHQL_GUARD, maxIntrospection: 0 }

  it('refuses any introspection in production, one __schema is allowed elsewhere', () => {
    expect(graphQLProblem('{ __schema { types { name } } }', production)).toMatch(/introspection/)
    expect(graphQLProblem('{ __type(name: "User") { name } }', production)).toMatch(/introspection/)
    expect(graphQLProblem('{ __schema { types { name } } }', { ...production, maxIntrospection: 1 })).toBeNull()
    expect(
      graphQLProblem('{ a: __schema { types { name } } b: __schema { types { name } } }', {
        ...production,
        maxIntrospection: 1,
      }),
    ).toMatch(/introspection/)
  })

  it('introspection hidden in a fragment counts', () => {
    expect(graphQLProblem('query { ...F } fragment F on Query { __schema { types { name } } }', production)).toMatch(
      /introspection/,
    )
  })

  it('refuses fragment cycles, deep nesting, unparsable text', () => {
    expect(graphQLProblem('query { a { ...X } } fragment X on A { b { ...X } }')).toMatch(/fragment/)
    expect(graphQLProblem(`{ ${'a { '.repeat(20)}id${' }'.repeat(20)} }`)).toMatch(/sâu/)
    expect(graphQLProblem('{ a ')).toMatch(/không hợp lệ/)
    expect(graphQLProblem('{ Articles { docs { id title } } }')).toBeNull()
  })
})

describe('origins and headers', () => {
  it('CSRF origins come from SERVER_URL, or local addresses when unset', () => {
    expect(csrfOrigins('https://thcshaugiang.edu.vn/')).toEqual(['https://thcshaugiang.edu.vn'])
    expect(csrfOrigins(undefined, '3000')).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
  })

  it('HSTS only behind https', () => {
    const keys = (url?: string) => securityHeaders(url).map((header) => header.key)
    expect(keys('https://a.vn')).toContain('Strict-Transport-Security')
    expect(keys('http://a.vn')).not.toContain('Strict-Transport-Security')
    expect(keys(undefined)).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy']))
  })
})
