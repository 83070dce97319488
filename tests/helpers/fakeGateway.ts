import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type GatewayRequest = { headers: IncomingHttpHeaders; body: Record<string, any> }
export type GatewayAnswer = { status: number; body: Record<string, unknown> }

/**
 * A message gateway on loopback for the tests (no network): records every request and answers
 * with what `answer` says for it (default: 200 and the success body). A `GET` answers the bodies
 * received so far, for a browser test whose gateway runs in the global setup's process.
 */
export const startFakeGateway = async (success: Record<string, unknown>) => {
  const requests: GatewayRequest[] = []
  let answer: (request: GatewayRequest) => GatewayAnswer = () => ({ status: 200, body: success })
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(requests.map((request) => request.body)))
      return
    }
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      let body: Record<string, any> = {}
      try {
        body = JSON.parse(raw)
      } catch {
        body = { raw }
      }
      const request = { headers: req.headers, body }
      requests.push(request)
      const { status, body: out } = answer(request)
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(out))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`
  return {
    url,
    requests,
    answerWith: (fn: typeof answer) => {
      answer = fn
    },
    /** Waits until `count` requests matching `match` arrived (the code is sent after the answer). */
    waitFor: async (match: (r: GatewayRequest) => boolean, count = 1, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (requests.filter(match).length < count) {
        if (Date.now() > deadline) throw new Error(`gateway: ${count} matching request(s) did not arrive`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      return requests.filter(match)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
