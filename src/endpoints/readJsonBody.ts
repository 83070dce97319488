import { APIError, type PayloadRequest } from 'payload'

type JsonBody = Record<string, unknown>

/**
 * The request's JSON object: `{}` when there is no body (or it is not an object, so that each field
 * check answers), a 400 when it is not JSON at all. Payload leaves a custom endpoint's body unread;
 * `req.data` is used when something (`addDataAndFileToRequest`) already read it.
 */
export const readJsonBody = async (req: PayloadRequest): Promise<JsonBody> => {
  if (req.data && typeof req.data === 'object') return req.data as JsonBody
  const text = req.text ? await req.text() : ''
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new APIError('Nội dung gửi lên không phải JSON hợp lệ.', 400)
  }
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as JsonBody) : {}
}
