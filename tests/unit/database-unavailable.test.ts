import { describe, expect, it } from 'vitest'

import { databaseUnavailableAnswer, isDatabaseUnavailable } from '@/lib/errors/databaseUnavailable'

describe('the database down', () => {
  it('is recognised from the driver’s codes and messages, also wrapped as a cause', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(
      isDatabaseUnavailable(new Error('Failed query', { cause: new Error('Connection terminated unexpectedly') })),
    ).toBe(true)
    // Payload's transaction start rewraps the server's refusal without its code.
    expect(isDatabaseUnavailable(new Error('cannot begin transaction: the database system is shutting down'))).toBe(
      true,
    )
    // …and a BEGIN on a client whose connection broke, as drizzle words it, without the driver's cause.
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: Failed query: begin\nparams: '))).toBe(
      true,
    )
    // A database an administrator closed to connections (a failover, maintenance).
    expect(isDatabaseUnavailable(new Error('database "school" is not currently accepting connections'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('cannot begin transaction: Failed query: insert into grades'))).toBe(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false)
    expect(isDatabaseUnavailable(new Error('Something else'))).toBe(false)
    expect(isDatabaseUnavailable(null)).toBe(false)
  })

  it('answers 503 with a message saying nothing was done; any other error is left to Payload', async () => {
    const down = Object.assign(new Error('x'), { code: '57P03' })
    const answer = await databaseUnavailableAnswer({ error: down, result: { errors: [] } } as never)
    expect(answer).toMatchObject({
      status: 503,
      response: { errors: [{ message: expect.stringContaining('thử lại') }] },
    })
    expect(await databaseUnavailableAnswer({ error: new Error('x'), result: { errors: [] } } as never)).toBeUndefined()
  })
})
