/**
 * What the HTTP channels (SMS, Zalo ZNS) share: a JSON POST to a gateway configured by environment
 * variables (URL + token, read at each send so a change needs no rebuild), a time limit, and two
 * kinds of failure: a passing one (network, time-out, 5xx, a bad token: thrown as `Error`, the
 * delivery job retries it) and a permanent one (`PermanentDeliveryError`: wrong number, no account on the
 * service; recorded, never retried).
 */
export class PermanentDeliveryError extends Error {
  readonly permanent = true
}

export const isPermanentFailure = (error: unknown): error is PermanentDeliveryError =>
  error instanceof PermanentDeliveryError || (error as { permanent?: unknown } | null)?.permanent === true

export type GatewayConfig = { url: string; token: string; timeoutMs: number }

/** The gateway named by `<PREFIX>_URL` and `<PREFIX>_TOKEN`, or null when it is not configured. */
export const gatewayFromEnv = (prefix: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig | null => {
  const url = env[`${prefix}_URL`]?.trim()
  const token = env[`${prefix}_TOKEN`]?.trim()
  if (!url || !token) return null
  const timeoutMs = Number(env.MESSAGE_GATEWAY_TIMEOUT_MS) || 10_000
  return { url, token, timeoutMs }
}

/** POSTs JSON; answers the HTTP status and the parsed body (null when it is not JSON). Network errors are transient. */
export const postJson = async (
  config: GatewayConfig,
  body: unknown,
  headers: Record<string, string>,
  service: string,
): Promise<{ status: number; json: Record<string, unknown> | null }> => {
  let response: Response
  try {
    response = await fetch(config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(config.timeoutMs),
    })
  } catch (error) {
    throw new Error(`${service}: không kết nối được cổng gửi tin (${(error as Error).message}).`)
  }
  const text = await response.text().catch(() => '') // a body cut off: judged by the status alone
  let json: Record<string, unknown> | null = null
  try {
    const parsed: unknown = JSON.parse(text)
    json = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null
  } catch {
    // a gateway answering plain text or HTML: its status alone decides
    json = null
  }
  return { status: response.status, json }
}
