import { Writable } from 'node:stream'

import { pino } from 'pino'
import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'

import { currentRequestId, jsonLoggerOptions, withRequestId } from '@/lib/ops/logging'

/** A pino logger with the app's options, writing JSON lines into an array. */
const capture = () => {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: pino(jsonLoggerOptions('info'), stream), lines }
}

describe('structured logs with request ids', () => {
  it('tags every line written while a request is served with its id, and answers the id', async () => {
    const { logger, lines } = capture()
    const handler = withRequestId(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        logger.warn({ step: 'inside' }, 'working')
        return Response.json({ ok: true }, { status: 201 })
      },
      async () => logger,
    )
    const response = await handler(
      new Request('http://localhost/api/grades/sheet?x=1', { method: 'POST', headers: { 'x-request-id': 'abc-123' } }),
    )
    expect(response.status).toBe(201)
    expect(response.headers.get('x-request-id')).toBe('abc-123')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({ level: 'warn', msg: 'working', step: 'inside', reqId: 'abc-123' })
    expect(lines[1]).toMatchObject({
      level: 'info',
      msg: 'request',
      reqId: 'abc-123',
      method: 'POST',
      path: '/api/grades/sheet',
      status: 201,
    })
    expect(typeof lines[1]!.ms).toBe('number')
    expect(new Date(String(lines[0]!.time)).toISOString()).toBe(lines[0]!.time)
    expect(currentRequestId()).toBeUndefined()
  })

  it('makes up an id when the proxy sends none or an unsafe one, and keeps concurrent requests apart', async () => {
    const { logger, lines } = capture()
    const handler = withRequestId(
      async (request: Request) => {
        await new Promise((resolve) => setTimeout(resolve, Number(new URL(request.url).searchParams.get('wait'))))
        logger.info({ wait: new URL(request.url).searchParams.get('wait') }, 'done')
        return new Response(currentRequestId() ?? 'none')
      },
      async () => undefined,
    )
    const [slow, fast, unsafe] = await Promise.all([
      handler(new Request('http://localhost/a?wait=20')),
      handler(new Request('http://localhost/a?wait=1')),
      handler(new Request('http://localhost/a?wait=5', { headers: { 'x-request-id': 'bad id {"level":"fatal"}' } })),
    ])
    const ids = await Promise.all([slow.text(), fast.text(), unsafe.text()])
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(new Set(ids).size).toBe(3)
    expect(lines.find((l) => l.wait === '20')!.reqId).toBe(ids[0])
    expect(lines.find((l) => l.wait === '1')!.reqId).toBe(ids[1])
    expect(slow.headers.get('x-request-id')).toBe(ids[0])
  })

  it('writes no request id outside a request', () => {
    const { logger, lines } = capture()
    logger.info('boot')
    expect(lines[0]).not.toHaveProperty('reqId')
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'boot' })
  })

  it('logs a 4xx refusal at info with its message and status; a server error stays an error with its stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: new APIError('Bạn không dạy môn này ở lớp này.', 403) })
    logger.error({ err: new APIError('Cơ sở dữ liệu tạm thời không trả lời.', 503) })
    logger.error({ err: new Error('boom') })
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'Bạn không dạy môn này ở lớp này.', status: 403 })
    expect(lines[0]).not.toHaveProperty('err')
    expect(lines[1]).toMatchObject({ level: 'error', err: { message: 'Cơ sở dữ liệu tạm thời không trả lời.' } })
    expect(lines[2]).toMatchObject({ level: 'error', err: { message: 'boom' } })
    expect(String((lines[2]!.err as { stack: string }).stack)).toContain('boom')
  })
})
