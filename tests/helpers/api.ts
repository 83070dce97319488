import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import { guardGraphQL } from '@/lib/graphql/guard'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export type ApiResponse<T = any> = { status: number; body: T }

/**
 * Calls Payload's Next.js route handlers in-process, as Payload's own test suites do: the same
 * code path as a real HTTP request to /api/*, without a server.
 */
export const createApi = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const handlers: Record<Method, Handler> = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  // As the app's route does (src/app/(payload)/api/graphql/route.ts).
  const graphqlHandler = guardGraphQL(GRAPHQL_POST(config))
  const base = 'http://localhost:3000'

  const headersFor = (token?: string, extra?: Record<string, string>) => {
    const headers = new Headers({ 'Content-Type': 'application/json', 'Accept-Language': 'vi', ...extra })
    if (token) headers.set('Authorization', `JWT ${token}`)
    return headers
  }

  const parse = async (response: Response): Promise<ApiResponse> => {
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body }
  }

  type RestOptions = {
    token?: string
    body?: unknown
    query?: Record<string, unknown>
    headers?: Record<string, string>
  }
  const send = async (method: Method, path: `/${string}`, options: RestOptions): Promise<Response> => {
    const search = options.query ? qs.stringify(options.query, { addQueryPrefix: true }) : ''
    const request = new Request(`${base}/api${path}${search}`, {
      method,
      headers: headersFor(options.token, options.headers),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const slug = path.slice(1).split('/')
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }
  const rest = async (method: Method, path: `/${string}`, options: RestOptions = {}): Promise<ApiResponse> =>
    parse(await send(method, path, options))
  /** As `rest`, for a file answer (a PDF, a workbook): the bytes as they came, and their type. */
  const restBytes = async (method: Method, path: `/${string}`, options: RestOptions = {}) => {
    const response = await send(method, path, options)
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    }
  }

  const graphql = async (query: string, options: { token?: string; variables?: Record<string, unknown> } = {}) => {
    const request = new Request(`${base}/api/graphql`, {
      method: 'POST',
      headers: headersFor(options.token),
      body: JSON.stringify({ query, variables: options.variables }),
    })
    return parse(await graphqlHandler(request))
  }

  const tokens = new Map<string, string>()
  /** Logs in through REST once per e-mail and keeps the token for the file. */
  const login = async (email: string, password = process.env.DEMO_PASSWORD || 'HauGiang@2026') => {
    const cached = tokens.get(email)
    if (cached) return cached
    const { status, body } = await rest('POST', '/users/login', { body: { email, password } })
    if (status !== 200) throw new Error(`Login as ${email} failed: ${status} ${JSON.stringify(body)}`)
    tokens.set(email, body.token)
    return body.token as string
  }

  return { rest, restBytes, graphql, login }
}

export type Api = ReturnType<typeof createApi>
