import { APIError, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { readJsonBody } from '@/endpoints/readJsonBody'

const requestWith = (text: string, data?: unknown) => ({ text: async () => text, data }) as unknown as PayloadRequest

describe('readJsonBody', () => {
  it('reads a JSON object; no body is an empty one', async () => {
    expect(await readJsonBody(requestWith('{"class": 4}'))).toEqual({ class: 4 })
    expect(await readJsonBody(requestWith(''))).toEqual({})
    expect(await readJsonBody(requestWith('  '))).toEqual({})
  })

  it('answers JSON that is not an object as an empty one, so that each field check names what is missing', async () => {
    expect(await readJsonBody(requestWith('[1, 2]'))).toEqual({})
    expect(await readJsonBody(requestWith('null'))).toEqual({})
    expect(await readJsonBody(requestWith('"text"'))).toEqual({})
  })

  it('takes the body Payload already read (req.data)', async () => {
    expect(await readJsonBody(requestWith('', { term: 2 }))).toEqual({ term: 2 })
  })

  it('refuses a body that is not JSON with a 400 in Vietnamese', async () => {
    const error = await readJsonBody(requestWith('{"class": ')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(400)
    expect((error as APIError).message).toBe('Nội dung gửi lên không phải JSON hợp lệ.')
  })
})
