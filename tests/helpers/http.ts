/** Real HTTP against the app under test (the browser tests' server): JSON in and out, JWT sign-in. */
export const httpApi = (baseURL: string) => {
  const api = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${baseURL}/api${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: await response.json() }
  }
  const login = async (email: string, password = process.env.DEMO_PASSWORD || 'HauGiang@2026') =>
    (await api('POST', '/users/login', undefined, { email, password })).body.token as string
  return { api, login }
}
